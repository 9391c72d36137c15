// Queues the bundle and article files the OS asks us to open (command line, open-file event, a second launch) until the renderer takes them.
import path from 'node:path';
import { hasExtension, OPEN_FORMATS } from '../../shared/formats/file-formats';
import type { OpenedFileEvent } from '../../shared/ipc/channels';
import { FileAccessError, readUserTextFile } from './file-dialogs';
import type { FileSystem, RecentDocuments } from './file-dialogs';

/**
 * What a file the OS hands over is opened as: a bundle (`*.factcheck.json`, and any other `.json` the
 * analyst chose to open with us), an article (imported the way Open article… imports it), or nothing.
 */
function openedAs(filePath: string): 'bundle' | 'article' | null {
  if (hasExtension(filePath, OPEN_FORMATS.bundle.extensions)) return 'bundle';
  return hasExtension(filePath, OPEN_FORMATS.article.extensions) ? 'article' : null;
}

/** Whether a file can be opened this way: a bundle or an article. */
function isOpenable(filePath: string): boolean {
  return openedAs(filePath) !== null;
}

export interface ArgvLayout {
  /** The folder the launch happened in; relative paths are resolved against it. */
  cwd: string;
  /** True in development, where argv[1] is the app's own folder rather than a file (process.defaultApp). */
  isDefaultApp: boolean;
}

/**
 * The files named on a command line: everything after the executable (and the app folder in development)
 * that is not a switch and names a bundle or article file, resolved to an absolute path. Chromium adds switches of its
 * own to a second instance's argv, so every argument starting with "-" is ignored.
 */
export function bundlePathsFromArgv(argv: readonly string[], layout: ArgvLayout): string[] {
  const first = layout.isDefaultApp ? 2 : 1;
  return argv
    .slice(first)
    .filter((argument) => argument !== '' && !argument.startsWith('-') && isOpenable(argument))
    .map((argument) => path.resolve(layout.cwd, argument));
}

export interface OpenFileQueueDeps {
  fs: FileSystem;
  recentDocuments: RecentDocuments;
  /** Tells the renderer that files are waiting (a message on FILE_OPENED_CHANNEL); harmless when no window listens yet. */
  notify(): void;
}

function reasonOf(error: unknown): string {
  return error instanceof FileAccessError
    ? error.message
    : `Could not open it: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Files wait here until the renderer takes them, so a file that arrives before the window exists, or
 * while the analyst is still entering their name, is opened as soon as the app can import it.
 */
export function createOpenFileQueue(deps: OpenFileQueueDeps) {
  const pending: string[] = [];

  /** Adds files (duplicates of files still waiting are dropped) and tells the renderer. */
  function add(filePaths: readonly string[]): void {
    let added = false;
    for (const filePath of filePaths) {
      if (!isOpenable(filePath) || pending.includes(filePath)) continue;
      pending.push(filePath);
      added = true;
    }
    if (added) deps.notify();
  }

  /** Reads and hands over every waiting file in arrival order; a file that cannot be read becomes its reason. */
  async function take(): Promise<OpenedFileEvent[]> {
    const taken = pending.splice(0, pending.length);
    const events: OpenedFileEvent[] = [];
    for (const filePath of taken) {
      try {
        const file = await readUserTextFile(deps.fs, filePath, openedAs(filePath) ?? 'article');
        deps.recentDocuments.add(filePath);
        events.push({ ok: true, file });
      } catch (error) {
        events.push({ ok: false, name: path.basename(filePath), message: reasonOf(error) });
      }
    }
    return events;
  }

  return {
    add,
    take,
    get size() {
      return pending.length;
    },
  };
}

export type OpenFileQueue = ReturnType<typeof createOpenFileQueue>;
