// One instance of the desktop app per user: a second launch hands its files to the first and quits, so
// one process, one window and one renderer ever write the library.
import type { ArgvLayout } from './open-files';

/** The parts of Electron's `app` this uses. */
export interface InstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
}

export interface SingleInstanceHandlers {
  isDefaultApp: boolean;
  /** The files a launch names (resolved against its folder) go to the open-file queue. */
  openFiles(argv: readonly string[], layout: ArgvLayout): void;
  /** Brings the app's window to the front. */
  focus(): void;
}

/**
 * Takes the single-instance lock. When another instance holds it, this one quits and returns false;
 * otherwise every later launch's files are opened here and the window comes to the front.
 */
export function claimSingleInstance(app: InstanceApp, handlers: SingleInstanceHandlers): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    handlers.openFiles(argv, { cwd: workingDirectory, isDefaultApp: handlers.isDefaultApp });
    handlers.focus();
  });
  return true;
}
