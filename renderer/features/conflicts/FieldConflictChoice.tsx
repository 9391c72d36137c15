/** One conflicting field: each competing value with who wrote it, a button to keep it, and a hand edit for text. */
import { useId, useState } from 'react';
import type { FieldConflict, RecordKind, VerdictScale } from '../../../shared';
import { richTextFromPlain } from '../../../shared';
import { describeValue, editableText, fieldLabel, handEditKind } from './conflict-values';
import { writersOf } from './analyst-names';

interface FieldConflictChoiceProps {
  table: RecordKind;
  conflict: FieldConflict;
  names: ReadonlyMap<string, string>;
  scales: ReadonlyMap<string, VerdictScale>;
  onResolve: (value: unknown) => void;
}

export function FieldConflictChoice({ table, conflict, names, scales, onResolve }: FieldConflictChoiceProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const editId = useId();
  const { field, values } = conflict;
  const editKind = handEditKind(table, field, values[0]?.value);
  return (
    <fieldset className="conflict-field" data-conflict-field={field}>
      <legend>{fieldLabel(field)}</legend>
      <ul className="conflict-values">
        {values.map((choice, index) => {
          const text = describeValue(field, choice.value, scales);
          return (
            <li key={index} className="conflict-value">
              <span className="conflict-value-text">{text}</span>
              <span className="conflict-value-by">by {writersOf(choice.writes, names)}</span>
              <button
                type="button"
                onClick={() => onResolve(choice.value)}
                aria-label={`Keep “${text}” for ${fieldLabel(field)}`}
              >
                Keep this
              </button>
            </li>
          );
        })}
      </ul>
      {editKind &&
        (draft === null ? (
          <button
            type="button"
            className="link-button"
            onClick={() => setDraft(editableText(field, values[values.length - 1]?.value))}
          >
            Merge by hand…
          </button>
        ) : (
          <div className="conflict-edit">
            <label htmlFor={editId}>Your version of {fieldLabel(field).toLowerCase()}</label>
            <textarea
              id={editId}
              value={draft}
              rows={editKind === 'rich' ? 4 : 2}
              onChange={(event) => setDraft(event.target.value)}
            />
            <div className="conflict-edit-actions">
              <button
                type="button"
                className="primary"
                onClick={() => onResolve(editKind === 'rich' ? richTextFromPlain(draft) : draft.trim())}
              >
                Save my version
              </button>
              <button type="button" onClick={() => setDraft(null)}>
                Cancel
              </button>
            </div>
          </div>
        ))}
    </fieldset>
  );
}
