// The main window and the rules every web page lives under: no navigation away, no new windows, no permissions but persistent storage.
import type { BrowserWindowConstructorOptions } from 'electron';
import { isSafeExternalUrl, isTrustedRendererUrl } from './security';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from './window-state';
import type { WindowState } from './window-state';

/** Matches the renderer's background so the window does not flash white before the first paint. */
export const WINDOW_BACKGROUND = '#f6f5f1';

/** The part of Electron's BrowserWindow constructor the app uses; a fake in tests records the options. */
export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Opens the one application window, hidden until its first paint, where it was last (see placeWindow) or
 * at the default size. The renderer gets no Node.js, runs in Chromium's sandbox in an isolated context,
 * and reaches the main process only through the preload's bridge. The preferences are written out here,
 * at the constructor call, so Electronegativity's scan reads the values the app really uses.
 */
export function createMainWindow<W>(
  BrowserWindow: WindowConstructor<W>,
  preloadPath: string,
  placement: WindowState | null,
): W {
  return new BrowserWindow({
    title: 'Factcheck Desk',
    ...(placement ? placement.bounds : DEFAULT_WINDOW_SIZE),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: {
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK -- our own sandboxed preload: named bridge functions only, never ipcRenderer
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click must not open a link in a new window (new windows are refused anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

interface PreventableEvent {
  preventDefault(): void;
}

interface NavigationEvent extends PreventableEvent {
  url: string;
}

/** The part of Electron's WebContents the policy hooks into. */
export interface PolicedWebContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface WebContentsPolicyOptions {
  /** The dev server URL in development, else null (see trustedDevServerUrl). */
  devServerUrl: string | null;
  /** Opens a vetted http(s) link in the user's browser (shell.openExternal). */
  openExternal(url: string): Promise<void>;
}

/**
 * Keeps a web page on our own pages: navigating anywhere else is cancelled, webviews are refused, and
 * `window.open` / `target=_blank` never create a window; safe http(s) links go to the user's browser instead.
 */
export function applyWebContentsPolicy(contents: PolicedWebContents, options: WebContentsPolicyOptions): void {
  contents.on('will-navigate', (event) => {
    if (!isTrustedRendererUrl(event.url, options.devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      // prettier-ignore
      options.openExternal(new URL(url).href).catch(() => undefined); /* eng-disable OPEN_EXTERNAL_JS_CHECK -- only an http(s) URL that passed isSafeExternalUrl */
    }
    return { action: 'deny' };
  });
}

/** The part of Electron's Session that decides permissions. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
}

/** The one permission our own pages get: persistent storage, so Chromium never evicts the library under disk pressure. */
const GRANTED_TO_OUR_PAGES = new Set(['persistent-storage']);

/** Whether a page at `url` gets `permission`: only our own pages, and only the permissions the app needs. */
export function isPermissionGranted(permission: string, url: string | undefined, devServerUrl: string | null): boolean {
  return GRANTED_TO_OUR_PAGES.has(permission) && isTrustedRendererUrl(url, devServerUrl);
}

/**
 * The app needs no camera, microphone, location, notifications, clipboard reads, devices or anything
 * else a page may ask for: every request and check is answered no, except persistent storage for our pages.
 */
export function applyPermissionPolicy(session: PermissionSession, devServerUrl: string | null): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, devServerUrl)),
  );
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, devServerUrl),
  );
}
