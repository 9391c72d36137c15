/** The top bar: where you are, the file commands and who is working. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { BackupsButton } from '../features/backups/BackupsButton';
import { ConflictsButton } from '../features/conflicts/ConflictsButton';
import { exportOpenDocument, importBundleFile, openArticleFile } from '../features/exchange/exchange-actions';
import { ImportProgressBar } from '../features/exchange/ImportProgressBar';
import { InteropMenu } from '../features/interop/InteropMenu';
import { HeldFilesButton } from '../features/trust/HeldFilesButton';
import { useUiStore } from '../store/ui-store';
import { useAnalyst } from './analyst-context';

export function AppHeader() {
  const analyst = useAnalyst();
  const openDocumentId = useUiStore((state) => state.openDocumentId);
  const screen = useUiStore((state) => state.screen);
  const showScreen = useUiStore((state) => state.showScreen);
  const openIdentity = useUiStore((state) => state.openIdentity);
  const title = useLiveQuery(
    async () => (openDocumentId ? (await db.documents.get(openDocumentId))?.title : undefined),
    [openDocumentId],
  );

  return (
    <header className="app-header">
      <nav className="breadcrumbs" aria-label="Location">
        <span className="app-name">Factcheck Desk</span>
        <button
          type="button"
          className="link-button"
          onClick={() => showScreen('library')}
          aria-current={!openDocumentId && screen === 'library' ? 'page' : undefined}
        >
          Library
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => showScreen('sources')}
          aria-current={!openDocumentId && screen === 'sources' ? 'page' : undefined}
        >
          Sources
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
        <ImportProgressBar />
        <HeldFilesButton />
        <ConflictsButton />
        <button
          type="button"
          onClick={() => void openArticleFile(analyst)}
          aria-keyshortcuts="Control+O"
          title="Open a .txt, .md or .html article (Ctrl+O)"
        >
          Open article…
        </button>
        <button
          type="button"
          onClick={() => void importBundleFile()}
          aria-keyshortcuts="Control+I"
          title="Import a .factcheck.json bundle (Ctrl+I)"
        >
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
        <InteropMenu documentId={openDocumentId} />
        <BackupsButton />
        <button
          type="button"
          className="analyst-name"
          onClick={openIdentity}
          title="Your name is stamped on your changes. Your identity, signing key and teammates’ keys"
          aria-haspopup="dialog"
        >
          {analyst.name}
        </button>
      </div>
    </header>
  );
}
