/** The library: every document with its outlet, date and verdict progress; search, open, rename, details, trash and restore. */
import { useState } from 'react';
import { useUiStore } from '../../store/ui-store';
import { useLibraryPaste } from '../import/use-library-paste';
import { DocumentRow } from './DocumentRow';
import { LibraryEmptyState } from './LibraryEmptyState';
import { MetadataDialog } from './MetadataDialog';
import { TrashRow } from './TrashRow';
import { useLibrary, useSettled, type LibraryView } from './use-library';
import './library.css';

export function LibraryScreen() {
  const [view, setView] = useState<LibraryView>('library');
  const [query, setQuery] = useState('');
  const settledQuery = useSettled(query);
  const data = useLibrary(view, settledQuery);
  const [detailsFor, setDetailsFor] = useState<string | null>(null);
  const openPaste = useUiStore((state) => state.openPaste);
  useLibraryPaste();

  const details = data?.entries.find((entry) => entry.document.id === detailsFor)?.document;
  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library-head">
        <h1 id="library-title">Library</h1>
        <button type="button" onClick={openPaste}>
          Paste article…
        </button>
      </div>
      <p className="library-hint">
        Add articles with Open article… (.txt, .md or .html), Paste article…, or by dropping a file onto the window.
      </p>
      <div className="library-bar">
        <div className="view-tabs" role="group" aria-label="Show">
          <button type="button" aria-pressed={view === 'library'} onClick={() => setView('library')}>
            Documents{data ? ` (${data.sizes.library})` : ''}
          </button>
          <button type="button" aria-pressed={view === 'trash'} onClick={() => setView('trash')}>
            Trash{data ? ` (${data.sizes.trash})` : ''}
          </button>
        </div>
        <input
          type="search"
          className="library-search"
          aria-label="Search documents"
          placeholder="Search titles, article text and claims"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {!data ? (
        <p className="empty-state" aria-busy="true">
          Loading the library…
        </p>
      ) : data.entries.length === 0 ? (
        <LibraryEmptyState view={view} query={settledQuery} sizes={data.sizes} onClearSearch={() => setQuery('')} />
      ) : (
        <ul
          className="document-list"
          aria-label={view === 'trash' ? 'Documents in the trash' : 'Documents'}
          aria-busy={query !== settledQuery}
        >
          {data.entries.map((entry) =>
            view === 'trash' ? (
              <TrashRow key={entry.document.id} entry={entry} />
            ) : (
              <DocumentRow key={entry.document.id} entry={entry} onDetails={() => setDetailsFor(entry.document.id)} />
            ),
          )}
        </ul>
      )}
      {details && <MetadataDialog key={details.id} document={details} onClose={() => setDetailsFor(null)} />}
    </section>
  );
}
