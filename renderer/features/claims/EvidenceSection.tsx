/** A claim's evidence: each linked source with its stance, quoted passage and note, and a quick form to add one. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import type { Stance } from '../../../shared';
import { stances, STANCE_LABELS } from '../../../shared';
import { useAnalyst } from '../../app/analyst-context';
import { db } from '../../db/database';
import { claimEvidence, updateEvidence, type EvidenceWithSource } from '../../db/evidence';
import { platform } from '../../platform';
import { linkSource, unlinkSource } from './claim-actions';
import { SavedField } from './SavedField';

function EvidenceItem({ link }: { link: EvidenceWithSource }) {
  const analyst = useAnalyst();
  const stanceId = useId();
  const { evidence, source } = link;
  return (
    <li className={`evidence-item stance-${evidence.stance}`}>
      <div className="evidence-head">
        <select
          id={stanceId}
          aria-label={`Stance of ${source.title}`}
          value={evidence.stance}
          onChange={(event) => void updateEvidence(db, evidence.id, { stance: event.target.value as Stance }, analyst)}
        >
          {stances.map((value) => (
            <option key={value} value={value}>
              {STANCE_LABELS[value]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="link-button source-title"
          onClick={() => void platform.openExternal(source.url)}
          title={`Open ${source.url}`}
        >
          {source.title}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove source ${source.title}`}
          onClick={() => void unlinkSource(evidence.id, analyst)}
        >
          ×
        </button>
      </div>
      <span className="source-url">{source.url}</span>
      <details>
        <summary>Quoted passage and note{evidence.quote || evidence.note ? ' ✓' : ''}</summary>
        <SavedField
          label="Quoted passage"
          multiline
          value={evidence.quote}
          onSave={(quote) => void updateEvidence(db, evidence.id, { quote }, analyst)}
          maxLength={20_000}
        />
        <SavedField
          label="Note"
          multiline
          value={evidence.note}
          onSave={(note) => void updateEvidence(db, evidence.id, { note }, analyst)}
          maxLength={20_000}
        />
      </details>
    </li>
  );
}

export function EvidenceSection({ claimId }: { claimId: string }) {
  const analyst = useAnalyst();
  const links = useLiveQuery(() => claimEvidence(db, claimId), [claimId]);
  const library = useLiveQuery(() => db.sources.filter((source) => !source.deleted).toArray(), []);
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [stance, setStance] = useState<Stance>('supports');
  const [error, setError] = useState<string | null>(null);
  const ids = { url: useId(), title: useId(), stance: useId(), error: useId(), list: useId() };
  const known = library?.find((source) => source.url === url.trim());

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await linkSource(claimId, { url, title: title || known?.title || '', stance }, analyst);
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
      {links && links.length === 0 && (
        <p className="empty-state small">No sources yet. A final verdict needs at least one.</p>
      )}
      <ul className="evidence-list">
        {links?.map((link) => (
          <EvidenceItem key={link.evidence.id} link={link} />
        ))}
      </ul>
      <form className="add-source" onSubmit={submit} aria-label="Add a source" noValidate>
        <div className="field">
          <label htmlFor={ids.url}>Source URL</label>
          <input
            id={ids.url}
            type="url"
            inputMode="url"
            list={ids.list}
            value={url}
            placeholder="Paste a link or pick a saved source"
            onChange={(event) => {
              setUrl(event.target.value);
              setError(null);
            }}
            aria-invalid={error !== null}
            aria-describedby={error ? ids.error : undefined}
          />
          <datalist id={ids.list}>
            {library?.map((source) => (
              <option key={source.id} value={source.url}>
                {source.title}
              </option>
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={ids.title}>Source title</label>
          <input
            id={ids.title}
            type="text"
            value={title}
            placeholder={known ? known.title : 'What the source is'}
            onChange={(event) => setTitle(event.target.value)}
            maxLength={2000}
          />
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
        <button type="submit">{known ? 'Link source' : 'Add source'}</button>
        {error && (
          <p id={ids.error} className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
