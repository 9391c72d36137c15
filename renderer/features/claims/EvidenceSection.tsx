/** A claim's sources: the linked evidence with its stance, and a quick form to add a source by URL and title. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import type { Stance } from '../../../shared';
import { stances } from '../../../shared';
import { useAnalyst } from '../../app/analyst-context';
import { db } from '../../db/database';
import { addSourceToClaim, claimEvidence, removeEvidence } from '../../db/evidence';
import { platform } from '../../platform';
import { STANCE_LABELS } from './labels';

export function EvidenceSection({ claimId }: { claimId: string }) {
  const analyst = useAnalyst();
  const links = useLiveQuery(() => claimEvidence(db, claimId), [claimId]);
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [stance, setStance] = useState<Stance>('supports');
  const [error, setError] = useState<string | null>(null);
  const ids = { url: useId(), title: useId(), stance: useId(), error: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await addSourceToClaim(db, claimId, { url, title, stance }, analyst);
      setUrl('');
      setTitle('');
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <section className="evidence" aria-label="Sources">
      <h3>Sources</h3>
      {links && links.length === 0 && <p className="empty-state small">No sources yet. A final verdict needs at least one.</p>}
      <ul className="evidence-list">
        {links?.map(({ evidence, source }) => (
          <li key={evidence.id} className={`evidence-item stance-${evidence.stance}`}>
            <span className="stance">{STANCE_LABELS[evidence.stance]}</span>
            <button type="button" className="link-button source-title" onClick={() => void platform.openExternal(source.url)} title={source.url}>
              {source.title}
            </button>
            <span className="source-url">{source.url}</span>
            <button type="button" className="icon-button" aria-label={`Remove source ${source.title}`} onClick={() => void removeEvidence(db, evidence.id, analyst)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="add-source" onSubmit={submit} aria-label="Add a source" noValidate>
        <div className="field">
          <label htmlFor={ids.url}>Source URL</label>
          <input
            id={ids.url}
            type="url"
            inputMode="url"
            value={url}
            placeholder="https://…"
            onChange={(event) => {
              setUrl(event.target.value);
              setError(null);
            }}
            aria-invalid={error !== null}
            aria-describedby={error ? ids.error : undefined}
            required
          />
        </div>
        <div className="field">
          <label htmlFor={ids.title}>Source title</label>
          <input id={ids.title} type="text" value={title} placeholder="What the source is" onChange={(event) => setTitle(event.target.value)} maxLength={2000} />
        </div>
        <div className="field">
          <label htmlFor={ids.stance}>Stance</label>
          <select id={ids.stance} value={stance} onChange={(event) => setStance(event.target.value as Stance)}>
            {stances.map((value) => (
              <option key={value} value={value}>
                {STANCE_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Add source</button>
        {error && (
          <p id={ids.error} className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
