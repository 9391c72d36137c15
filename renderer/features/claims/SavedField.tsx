/** A text field that saves every valid edit at once, and follows the stored value when it changes elsewhere. */
import { useEffect, useId, useState } from 'react';

interface SavedFieldProps {
  label: string;
  value: string;
  onSave: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'date' | 'url';
  placeholder?: string;
  maxLength?: number;
  /** A soft limit shown as a counter (for example 75 characters for ClaimReview). */
  recommendedLength?: number;
  /** Suggestions offered while typing. */
  suggestions?: readonly string[];
  /** Returns a message when the value cannot be saved; such a value stays in the field unsaved. */
  validate?: (value: string) => string | null;
  autoFocus?: boolean;
}

export function SavedField(props: SavedFieldProps) {
  const {
    label,
    value,
    onSave,
    multiline,
    type = 'text',
    placeholder,
    maxLength,
    recommendedLength,
    suggestions,
    validate,
    autoFocus,
  } = props;
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!editing) {
      setDraft(value);
      setError(null);
    }
  }, [value, editing]);

  const describedBy =
    [recommendedLength !== undefined ? `${id}-count` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const common = {
    id,
    value: draft,
    placeholder,
    maxLength,
    autoFocus,
    onFocus: () => setEditing(true),
    onBlur: () => setEditing(false),
    'aria-describedby': describedBy,
    'aria-invalid': error !== null,
  };
  const change = (next: string) => {
    setDraft(next);
    const problem = validate?.(next) ?? null;
    setError(problem);
    if (!problem) onSave(next);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(event) => change(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          list={suggestions ? `${id}-list` : undefined}
          onChange={(event) => change(event.target.value)}
        />
      )}
      {suggestions && (
        <datalist id={`${id}-list`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      {recommendedLength !== undefined && (
        <span id={`${id}-count`} className={`counter${draft.length > recommendedLength ? ' over' : ''}`}>
          {draft.length}/{recommendedLength}
          {draft.length > recommendedLength ? ' — ClaimReview wants 75 or fewer' : ''}
        </span>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
