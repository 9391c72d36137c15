// Opens the application window where it was last, saves its place when it closes, and holds the close for the last backup.
import { BrowserWindow } from 'electron';
import { BACKUP_FLUSH_CHANNEL } from '../../shared/ipc/channels';
import { createCloseGuard } from './close-guard';
import type { CloseGuard } from './close-guard';
import { createMainWindow } from './window-policy';
import { placeWindow } from './window-state';
import type { Rectangle, WindowStateStore } from './window-state';

export interface MainWindowOptions {
  preloadPath: string;
  /** app://factcheck/index.html, or the dev server in development. */
  url: string;
  stateStore: WindowStateStore;
  /** The work areas of today's displays (screen.getAllDisplays()). */
  workAreas(): Rectangle[];
  onLoadFailed(error: unknown): void;
}

export interface MainWindow {
  window: BrowserWindow;
  /** Holds the window's close, and the app's quit, until the renderer has written its last backup. */
  closeGuard: CloseGuard;
}

/** Asks the page for its last backup; false when there is no live page to ask, so closing goes ahead at once. */
function requestFlush(window: BrowserWindow): boolean {
  const contents = window.webContents;
  if (window.isDestroyed() || contents.isDestroyed() || contents.isCrashed() || contents.isLoadingMainFrame())
    return false;
  contents.send(BACKUP_FLUSH_CHANNEL);
  return true;
}

export function openMainWindow(options: MainWindowOptions): MainWindow {
  const placement = placeWindow(options.stateStore.load(), options.workAreas());
  const window = createMainWindow(BrowserWindow, options.preloadPath, placement);
  const closeGuard = createCloseGuard({
    requestFlush: () => requestFlush(window),
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  });

  window.once('ready-to-show', () => {
    if (placement?.maximized) window.maximize();
    window.show();
  });
  window.on('close', (event) => {
    if (closeGuard.intercept(event, () => window.close())) return;
    options.stateStore.save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.loadURL(options.url).catch(options.onLoadFailed);
  return { window, closeGuard };
}
