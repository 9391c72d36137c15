/** The app shell: asks for the analyst's name once, seeds the sample, and shows the library or a document. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '../db/database';
import { ensureScales, seedSampleArticle } from '../db/documents';
import { ensureLibraryIdentity, getAnalyst, getAuthor } from '../db/identity';
import { DocumentScreen } from '../features/document/DocumentScreen';
import { AppHeader } from './AppHeader';
import { BackupService } from '../features/backups/BackupService';
import { useMenuCommands } from './use-menu-commands';
import { ImportLayer } from '../features/import/ImportLayer';
import { LibraryScreen } from '../features/library/LibraryScreen';
import sampleArticle from '../features/library/sample/putin-negotiations.txt?raw';
import { Notices } from '../features/messages/Notices';
import { VersionDialog } from '../features/exchange/VersionDialog';
import { ProblemDialog } from '../features/messages/ProblemDialog';
import { AnalystNameDialog } from '../features/onboarding/AnalystNameDialog';
import { useScaleStyles } from '../features/scales/use-scale-styles';
import { SourcesScreen } from '../features/sources/SourcesScreen';
import { TrustLayer } from '../features/trust/TrustLayer';
import { useUiStore } from '../store/ui-store';
import { AnalystContext } from './analyst-context';

/** The author of this library's changes; 'incomplete' for a library that still lacks its writer id or key (one from before them). */
async function loadAuthor() {
  if (!(await getAnalyst(db))) return null;
  return (await getAuthor(db)) ?? 'incomplete';
}

export function App() {
  const loaded = useLiveQuery(loadAuthor, [], undefined);
  const analyst = loaded === 'incomplete' ? undefined : loaded;
  const openDocumentId = useUiStore((state) => state.openDocumentId);
  const notify = useUiStore((state) => state.notify);

  useEffect(() => {
    if (loaded !== 'incomplete') return;
    ensureLibraryIdentity(db).catch((error: unknown) =>
      notify(`Your signing key could not be made: ${String(error)}`, { tone: 'error' }),
    );
  }, [loaded, notify]);

  useEffect(() => {
    if (!analyst) return;
    ensureScales(db)
      .then(() => seedSampleArticle(db, sampleArticle, analyst))
      .catch((error: unknown) => notify(`The sample article could not be added: ${String(error)}`, { tone: 'error' }));
  }, [analyst, notify]);

  if (analyst === undefined) return <div className="app-loading" aria-busy="true" />;
  if (analyst === null) return <AnalystNameDialog />;
  return (
    <AnalystContext.Provider value={analyst}>
      <Shell openDocumentId={openDocumentId} />
    </AnalystContext.Provider>
  );
}

function Shell({ openDocumentId }: { openDocumentId: string | null }) {
  const screen = useUiStore((state) => state.screen);
  useMenuCommands();
  useScaleStyles();
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        {openDocumentId ? (
          <DocumentScreen documentId={openDocumentId} />
        ) : screen === 'sources' ? (
          <SourcesScreen />
        ) : (
          <LibraryScreen />
        )}
      </main>
      <Notices />
      <ProblemDialog />
      <VersionDialog />
      <ImportLayer />
      <TrustLayer />
      <BackupService />
    </div>
  );
}
