/** A text field that saves every edit at once, and follows the stored value when it changes elsewhere. */
import { useEffect, useId, useState } from 'react';

interface SavedFieldProps {
  label: string;
  value: string;
  onSave: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  maxLength?: number;
  /** A soft limit shown as a counter (for example 75 characters for ClaimReview). */
  recommendedLength?: number;
  autoFocus?: boolean;
}

export function SavedField({ label, value, onSave, multiline, placeholder, maxLength, recommendedLength, autoFocus }: SavedFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);

  const common = {
    id,
    value: draft,
    placeholder,
    maxLength,
    autoFocus,
    onFocus: () => setEditing(true),
    onBlur: () => setEditing(false),
    'aria-describedby': recommendedLength ? `${id}-count` : undefined,
  };
  const change = (next: string) => {
    setDraft(next);
    onSave(next);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => change(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => change(event.target.value)} />
      )}
      {recommendedLength !== undefined && (
        <span id={`${id}-count`} className={`counter${draft.length > recommendedLength ? ' over' : ''}`}>
          {draft.length}/{recommendedLength}
        </span>
      )}
    </div>
  );
}
