/** The source library: every source the team has cited, its details, and the claims that use it. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { SourceType } from '../../../shared';
import { isHttpUrl, sourceTypes } from '../../../shared';
import { useAnalyst } from '../../app/analyst-context';
import { db } from '../../db/database';
import { listSources, updateSource, type SourceChange, type SourceWithUses } from '../../db/sources';
import { useUiStore } from '../../store/ui-store';
import { SOURCE_TYPE_LABELS, STANCE_LABELS } from '../../../shared';
import { SavedField } from '../claims/SavedField';

function SourceDetails({ entry }: { entry: SourceWithUses }) {
  const analyst = useAnalyst();
  const notify = useUiStore((state) => state.notify);
  const openDocument = useUiStore((state) => state.openDocument);
  const selectClaim = useUiStore((state) => state.selectClaim);
  const typeId = useId();
  const { source, uses } = entry;
  const save = (change: SourceChange) =>
    updateSource(db, source.id, change, analyst).catch((error: unknown) =>
      notify(String(error instanceof Error ? error.message : error), { tone: 'error' }),
    );
  const urlProblem = (value: string) =>
    isHttpUrl(value) ? null : 'Enter a web address starting with http:// or https://.';

  return (
    <div className="source-details">
      <SavedField label="Title" value={source.title} onSave={(title) => void save({ title })} maxLength={2000} />
      <SavedField
        label="URL"
        type="url"
        value={source.url}
        onSave={(url) => void save({ url: url.trim() })}
        validate={urlProblem}
      />
      <div className="field-row">
        <SavedField
          label="Publisher"
          value={source.publisher ?? ''}
          onSave={(publisher) => void save({ publisher: publisher || null })}
          maxLength={500}
        />
        <SavedField
          label="Author"
          value={source.author ?? ''}
          onSave={(author) => void save({ author: author || null })}
          maxLength={500}
        />
      </div>
      <div className="field-row">
        <SavedField
          label="Published"
          type="date"
          value={source.publishedAt ?? ''}
          onSave={(publishedAt) => void save({ publishedAt: publishedAt || null })}
        />
        <div className="field">
          <label htmlFor={typeId}>Source type</label>
          <select
            id={typeId}
            value={source.sourceType ?? ''}
            onChange={(event) => void save({ sourceType: (event.target.value || null) as SourceType | null })}
          >
            <option value="">Not set</option>
            {sourceTypes.map((type) => (
              <option key={type} value={type}>
                {SOURCE_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <SavedField
        label="Archived copy"
        type="url"
        value={source.archiveUrl ?? ''}
        placeholder="https://web.archive.org/…"
        onSave={(archiveUrl) => void save({ archiveUrl: archiveUrl.trim() || null })}
        validate={(value) => (value.trim() === '' ? null : urlProblem(value))}
      />
      <SavedField
        label="Reliability note"
        multiline
        value={source.reliabilityNote}
        onSave={(reliabilityNote) => void save({ reliabilityNote })}
        maxLength={5000}
      />
      <p className="claim-stamp">
        Accessed {new Date(source.accessedAt).toLocaleDateString()}; added by {source.createdBy.name}.
      </p>
      <h3>Used by {uses.length === 1 ? 'one claim' : `${uses.length} claims`}</h3>
      {uses.length === 0 ? (
        <p className="empty-state small">No claim cites this source at the moment.</p>
      ) : (
        <ul className="source-uses">
          {uses.map(({ claim, document, stance }) => (
            <li key={claim.id}>
              <span className={`stance-label stance-${stance}`}>
                {STANCE_LABELS[stance as keyof typeof STANCE_LABELS]}
              </span>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  openDocument(claim.documentId);
                  selectClaim(claim.id, { reveal: true });
                }}
              >
                “{claim.target.exact.length > 90 ? `${claim.target.exact.slice(0, 87)}…` : claim.target.exact}”
              </button>{' '}
              <span className="muted">in {document?.title ?? 'a removed document'}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function SourcesScreen() {
  const entries = useLiveQuery(() => listSources(db), []);
  const [search, setSearch] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = (entries ?? []).filter(({ source }) =>
    words.every((word) => `${source.title} ${source.url} ${source.publisher ?? ''}`.toLowerCase().includes(word)),
  );

  return (
    <section className="sources-screen" aria-labelledby="sources-title">
      <h1 id="sources-title">Sources</h1>
      <input
        type="search"
        aria-label="Search sources"
        placeholder="Search by title, address or publisher"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {!entries ? (
        <p className="empty-state" aria-busy="true">
          Loading sources…
        </p>
      ) : entries.length === 0 ? (
        <p className="empty-state">
          No sources yet. Add one from a claim’s card: paste its address and give it a title.
        </p>
      ) : (
        <ul className="source-list">
          {shown.map((entry) => (
            <li key={entry.source.id} className="source-item">
              <button
                type="button"
                className="source-summary"
                aria-expanded={openId === entry.source.id}
                onClick={() => setOpenId(openId === entry.source.id ? null : entry.source.id)}
              >
                <span className="document-title">{entry.source.title}</span>
                <span className="document-meta">
                  {[
                    entry.source.publisher,
                    entry.source.sourceType ? SOURCE_TYPE_LABELS[entry.source.sourceType] : null,
                    `${entry.uses.length} claim${entry.uses.length === 1 ? '' : 's'}`,
                    entry.source.url,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
              {openId === entry.source.id && <SourceDetails entry={entry} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
