/** The scale editor: copy a preset or start a team scale, edit its steps (label, colour, value), save. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { VerdictScale } from '../../../shared';
import { isPresetScale, newId, scaleProblems, stepIdFor } from '../../../shared';
import { db } from '../../db/database';
import { getDefaultScaleId, saveScale, setDefaultScaleId } from '../../db/scales';
import { useUiStore } from '../../store/ui-store';

function blankScale(): VerdictScale {
  return {
    id: `scale-${newId()}`,
    name: 'Team scale',
    bestValue: 3,
    worstValue: 1,
    steps: [
      { id: 'accurate', label: 'Accurate', color: '#1a7f37', value: 3 },
      { id: 'inaccurate', label: 'Inaccurate', color: '#cf222e', value: 1 },
    ],
  };
}

function copyOf(scale: VerdictScale): VerdictScale {
  return { ...structuredClone(scale), id: `scale-${newId()}`, name: `${scale.name} (team copy)` };
}

export function ScaleEditor({ scales, onClose }: { scales: readonly VerdictScale[]; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const notify = useUiStore((state) => state.notify);
  const teamScales = scales.filter((scale) => !isPresetScale(scale.id));
  const [draft, setDraft] = useState<VerdictScale | null>(teamScales[0] ? structuredClone(teamScales[0]) : null);
  const [error, setError] = useState<string | null>(null);
  const defaultScaleId = useLiveQuery(() => getDefaultScaleId(db), []);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const problems = draft ? scaleProblems(draft) : [];
  const setStep = (index: number, change: Partial<VerdictScale['steps'][number]>) =>
    draft &&
    setDraft({ ...draft, steps: draft.steps.map((step, at) => (at === index ? { ...step, ...change } : step)) });

  async function save() {
    if (!draft) return;
    try {
      await saveScale(db, draft);
      setError(null);
      notify(`Saved the scale “${draft.name}”.`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <dialog ref={dialog} className="scale-editor" aria-labelledby="scale-editor-title" onClose={onClose}>
      <h2 id="scale-editor-title">Verdict scales</h2>
      <label className="inline default-scale">
        Library default for new documents
        <select
          value={defaultScaleId ?? ''}
          disabled={defaultScaleId === undefined}
          onChange={(event) =>
            void setDefaultScaleId(db, event.target.value)
              .then(() => notify('New documents will use this scale; documents already in the library keep theirs.'))
              .catch((caught: unknown) =>
                notify(caught instanceof Error ? caught.message : String(caught), { tone: 'error' }),
              )
          }
        >
          {defaultScaleId === undefined && <option value="">Loading…</option>}
          {scales.map((scale) => (
            <option key={scale.id} value={scale.id}>
              {scale.name}
            </option>
          ))}
        </select>
      </label>
      <div className="scale-sources">
        <label>
          Edit a team scale{' '}
          <select
            aria-label="Team scale to edit"
            value={draft?.id ?? ''}
            onChange={(event) =>
              setDraft(structuredClone(teamScales.find((scale) => scale.id === event.target.value) ?? null))
            }
          >
            <option value="" disabled>
              {teamScales.length === 0 ? 'No team scales yet' : 'Choose…'}
            </option>
            {teamScales.map((scale) => (
              <option key={scale.id} value={scale.id}>
                {scale.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setDraft(blankScale())}>
          New scale
        </button>
        {scales
          .filter((scale) => isPresetScale(scale.id))
          .map((scale) => (
            <button key={scale.id} type="button" onClick={() => setDraft(copyOf(scale))}>
              Copy “{scale.name}”
            </button>
          ))}
      </div>
      {draft && (
        <form
          className="scale-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          noValidate
        >
          <div className="field-row">
            <label className="field">
              <span>Name</span>
              <input value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
            </label>
            <label className="field">
              <span>Best value</span>
              <input
                type="number"
                value={draft.bestValue}
                onChange={(event) => setDraft({ ...draft, bestValue: Number(event.target.value) })}
              />
            </label>
            <label className="field">
              <span>Worst value</span>
              <input
                type="number"
                value={draft.worstValue}
                onChange={(event) => setDraft({ ...draft, worstValue: Number(event.target.value) })}
              />
            </label>
          </div>
          <table className="scale-steps">
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col">Colour</th>
                <th scope="col">Rating value</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.steps.map((step, index) => (
                <tr key={step.id}>
                  <td>
                    <input
                      aria-label={`Label of step ${index + 1}`}
                      value={step.label}
                      onChange={(event) => setStep(index, { label: event.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="color"
                      aria-label={`Colour of ${step.label}`}
                      value={step.color}
                      onChange={(event) => setStep(index, { color: event.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="number"
                      aria-label={`Rating value of ${step.label}`}
                      value={step.value}
                      onChange={(event) => setStep(index, { value: Number(event.target.value) })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Remove ${step.label}`}
                      onClick={() => setDraft({ ...draft, steps: draft.steps.filter((_, at) => at !== index) })}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            onClick={() =>
              setDraft({
                ...draft,
                steps: [
                  ...draft.steps,
                  {
                    id: stepIdFor(
                      'New step',
                      draft.steps.map((step) => step.id),
                    ),
                    label: 'New step',
                    color: '#6e7781',
                    value: draft.worstValue,
                  },
                ],
              })
            }
          >
            Add step
          </button>
          {problems.length > 0 && (
            <ul className="field-error" aria-live="polite">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="card-actions">
            <button type="submit" className="primary" disabled={problems.length > 0}>
              Save scale
            </button>
          </div>
        </form>
      )}
      <form method="dialog" className="card-actions">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
