/** Runs the file commands from the application menu (desktop) or their keyboard shortcuts (web). */
import { useEffect } from 'react';
import type { Analyst } from '../../shared';
import { exportChoiceOf, isExportAsCommand, parseMenuCommand, type MenuCommand } from '../../shared/ipc/channels';
import { useAnalyst } from './analyst-context';
import { platform } from '../platform';
import { useUiStore } from '../store/ui-store';
import { importAnnotationFile } from '../features/interop/interop-actions';
import { exportOpenDocument, importBundleFile, openArticleFile } from '../features/exchange/exchange-actions';

const SHORTCUTS: Record<string, MenuCommand> = { o: 'open-article', i: 'import-bundle', e: 'export-bundle' };

/** What a command that needs a document says when none is open. */
const NEEDS_DOCUMENT = {
  export: 'Open a document to export it.',
  annotations: 'Open a document to import annotations into it.',
} as const;

/**
 * Runs one menu command. The set is closed: anything that is not a command of the contract is refused
 * (false) and nothing happens. Commands about a document say so when none is open.
 */
export function runMenuCommand(value: unknown, analyst: Analyst): boolean {
  const command = parseMenuCommand(value);
  if (command === null) return false;
  const ui = useUiStore.getState();
  const documentId = ui.openDocumentId;
  // File > Export as: each command opens Export as… with its format chosen (and, for ClaimReview, the field check).
  if (isExportAsCommand(command)) {
    if (documentId) ui.showInteropDialog({ kind: 'export', format: exportChoiceOf(command) });
    else ui.notify(NEEDS_DOCUMENT.export);
    return true;
  }
  switch (command) {
    case 'open-article':
      void openArticleFile(analyst);
      return true;
    case 'import-bundle':
      void importBundleFile();
      return true;
    case 'show-backups':
      ui.setBackupsOpen(true);
      return true;
    case 'import-annotations':
      if (documentId) void importAnnotationFile(documentId, analyst);
      else ui.notify(NEEDS_DOCUMENT.annotations);
      return true;
    case 'export-bundle':
      if (documentId) void exportOpenDocument(documentId, analyst);
      else ui.notify(NEEDS_DOCUMENT.export);
      return true;
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
}

export function useMenuCommands(): void {
  const analyst = useAnalyst();

  useEffect(() => {
    const unsubscribe = platform.onMenuCommand((command) => runMenuCommand(command, analyst));
    // In the desktop app the menu's accelerators deliver these; the web page listens itself.
    const onKeyDown = (event: KeyboardEvent) => {
      if (platform.kind !== 'web' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      const command = SHORTCUTS[event.key.toLowerCase()];
      if (!command) return;
      event.preventDefault();
      runMenuCommand(command, analyst);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [analyst]);
}
