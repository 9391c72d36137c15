/** Runs the file commands from the application menu (desktop) or their keyboard shortcuts (web). */
import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { useAnalyst } from '../../app/analyst-context';
import { platform } from '../../platform';
import { useUiStore } from '../../store/ui-store';
import { exportOpenDocument, importBundleFile, openArticleFile } from './exchange-actions';

const SHORTCUTS: Record<string, MenuCommand> = { o: 'open-article', i: 'import-bundle', e: 'export-bundle' };

export function useMenuCommands(): void {
  const analyst = useAnalyst();

  useEffect(() => {
    const run = (command: MenuCommand) => {
      const documentId = useUiStore.getState().openDocumentId;
      if (command === 'open-article') void openArticleFile(analyst);
      else if (command === 'import-bundle') void importBundleFile();
      else if (documentId) void exportOpenDocument(documentId, analyst);
      else useUiStore.getState().notify('Open a document to export it.');
    };
    const unsubscribe = platform.onMenuCommand(run);
    // In the desktop app the menu's accelerators deliver these; the web page listens itself.
    const onKeyDown = (event: KeyboardEvent) => {
      if (platform.kind !== 'web' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      const command = SHORTCUTS[event.key.toLowerCase()];
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [analyst]);
}
