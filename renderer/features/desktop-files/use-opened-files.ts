/** Imports the bundles the OS asks the desktop app to open: double-clicked in the file manager, named on the command line, or sent to a second launch. */
import { useEffect } from 'react';
import type { OpenedFileEvent } from '../../../shared/ipc/contract';
import { platform } from '../../platform';
import { useUiStore } from '../../store/ui-store';
import { importBundleText } from './import-bundle-text';

/** Files arrive one after another; each import waits for the one before, so two files never race in one transaction. */
let queue: Promise<unknown> = Promise.resolve();

export function handleOpenedFile(event: OpenedFileEvent): Promise<unknown> {
  queue = queue.then(() => {
    if (!event.ok) {
      useUiStore.getState().notify(`“${event.name}” was not opened: ${event.message}`, { tone: 'error' });
      return false;
    }
    return importBundleText(event.file, { openFirstDocument: true, label: `“${event.file.name}”` });
  });
  return queue;
}

/** Mounted once the analyst is known, so files that arrived earlier wait in the main process until then. */
export function useOpenedFiles(): void {
  useEffect(() => platform.onFileOpened((event) => void handleOpenedFile(event)), []);
}
