/** The library: every document with its outlet, claim count and date; open one to work on it. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { listDocuments } from '../../db/documents';
import { useUiStore } from '../../store/ui-store';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function LibraryScreen() {
  const summaries = useLiveQuery(() => listDocuments(db), []);
  const openDocument = useUiStore((state) => state.openDocument);

  if (!summaries) return <p className="empty-state" aria-busy="true">Loading the library…</p>;
  return (
    <section className="library" aria-labelledby="library-title">
      <h1 id="library-title">Library</h1>
      {summaries.length === 0 ? (
        <p className="empty-state">The library is empty. Use “Open article…” to add a .txt or .md article, or “Import…” to add a teammate’s bundle.</p>
      ) : (
        <ul className="document-list">
          {summaries.map(({ document, claimCount }) => (
            <li key={document.id}>
              <button type="button" className="document-item" onClick={() => openDocument(document.id)}>
                <span className="document-title">{document.title}</span>
                <span className="document-meta">
                  {[document.outlet, `${claimCount} claim${claimCount === 1 ? '' : 's'}`, `added ${dateFormat.format(new Date(document.importedAt))}`]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
