/** Chooses the verdict scale of the open document, and opens the scale editor. */
import { useId, useState } from 'react';
import type { FactDocument, VerdictScale } from '../../../shared';
import { useAnalyst } from '../../app/analyst-context';
import { db } from '../../db/database';
import { setDocumentScale } from '../../db/scales';
import { useUiStore } from '../../store/ui-store';
import { ScaleEditor } from './ScaleEditor';

export function ScalePicker({
  document: article,
  scales,
}: {
  document: FactDocument;
  scales: readonly VerdictScale[];
}) {
  const analyst = useAnalyst();
  const notify = useUiStore((state) => state.notify);
  const id = useId();
  const [editing, setEditing] = useState(false);

  return (
    <div className="scale-picker">
      <label htmlFor={id}>Scale</label>
      <select
        id={id}
        value={article.scaleId}
        onChange={(event) =>
          setDocumentScale(db, article.id, event.target.value, analyst)
            .then(() => notify('New verdicts use this scale; verdicts already given keep theirs.'))
            .catch((error: unknown) =>
              notify(error instanceof Error ? error.message : String(error), { tone: 'error' }),
            )
        }
      >
        {scales.map((scale) => (
          <option key={scale.id} value={scale.id}>
            {scale.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => setEditing(true)}>
        Scales…
      </button>
      {editing && <ScaleEditor scales={scales} onClose={() => setEditing(false)} />}
    </div>
  );
}
