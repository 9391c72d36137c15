/** The top bar: where you are, the file commands and who is working. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { exportOpenDocument, importBundleFile, openArticleFile } from '../features/exchange/exchange-actions';
import { useUiStore } from '../store/ui-store';
import { useAnalyst } from './analyst-context';

export function AppHeader() {
  const analyst = useAnalyst();
  const openDocumentId = useUiStore((state) => state.openDocumentId);
  const openDocument = useUiStore((state) => state.openDocument);
  const title = useLiveQuery(async () => (openDocumentId ? (await db.documents.get(openDocumentId))?.title : undefined), [openDocumentId]);

  return (
    <header className="app-header">
      <nav className="breadcrumbs" aria-label="Location">
        <span className="app-name">Factcheck Desk</span>
        <button type="button" className="link-button" onClick={() => openDocument(null)} aria-current={openDocumentId ? undefined : 'page'}>
          Library
        </button>
        {openDocumentId && (
          <>
            <span aria-hidden="true">/</span>
            <span className="breadcrumb-title" aria-current="page" title={title}>
              {title ?? '…'}
            </span>
          </>
        )}
      </nav>
      <div className="header-actions">
        <button type="button" onClick={() => void openArticleFile(analyst)} aria-keyshortcuts="Control+O" title="Open a .txt or .md article (Ctrl+O)">
          Open article…
        </button>
        <button type="button" onClick={() => void importBundleFile()} aria-keyshortcuts="Control+I" title="Import a .factcheck.json bundle (Ctrl+I)">
          Import…
        </button>
        <button
          type="button"
          onClick={() => openDocumentId && void exportOpenDocument(openDocumentId, analyst)}
          disabled={!openDocumentId}
          aria-keyshortcuts="Control+E"
          title="Export this document with its claims (Ctrl+E)"
        >
          Export…
        </button>
        <span className="analyst-name" title="Your name is stamped on your changes">
          {analyst.name}
        </span>
      </div>
    </header>
  );
}
