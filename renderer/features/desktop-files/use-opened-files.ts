/**
 * Opens the files the OS asks the desktop app to open (double-clicked in the file manager, named on the
 * command line, or sent to a second launch): an article (.txt, .md, .html) through the same import as
 * Open article… and a dropped file, a bundle through the same import as Import….
 */
import { useEffect } from 'react';
import type { OpenedFile, OpenedFileEvent } from '../../../shared/ipc/channels';
import { articleFormatOf } from '../../../shared/import';
import { db } from '../../db/database';
import { getAuthor } from '../../db/identity';
import { platform } from '../../platform';
import { useUiStore } from '../../store/ui-store';
import { importBundleContent } from '../exchange/import-bundle-flow';
import { importOpenedArticle } from '../import/import-actions';

/** Files arrive one after another; each import waits for the one before, so two files never race in one transaction. */
let queue: Promise<unknown> = Promise.resolve();

/** An article by its name, else a bundle (whose reader explains what is wrong with anything else). */
async function openFile(file: OpenedFile): Promise<boolean> {
  if (articleFormatOf(file.name) === null)
    return importBundleContent(file, { openFirstDocument: true, label: `“${file.name}”` });
  const author = await getAuthor(db);
  if (!author) return false;
  await importOpenedArticle(file, author);
  return true;
}

export function handleOpenedFile(event: OpenedFileEvent): Promise<unknown> {
  queue = queue.then(() => {
    if (!event.ok) {
      useUiStore.getState().notify(`“${event.name}” was not opened: ${event.message}`, { tone: 'error' });
      return false;
    }
    return openFile(event.file);
  });
  return queue;
}

/** Mounted once the analyst is known, so files that arrived earlier wait in the main process until then. */
export function useOpenedFiles(): void {
  useEffect(() => platform.onFileOpened((event) => void handleOpenedFile(event)), []);
}
