// The main window's options and the rules every web page lives under: no navigation away, no new windows, no permissions.
import type { BrowserWindowConstructorOptions } from 'electron';
import { isSafeExternalUrl, isTrustedRendererUrl } from './security';

/** Matches the renderer's background so the window does not flash white before the first paint. */
export const WINDOW_BACKGROUND = '#f6f5f1';

/**
 * Options for the one application window. The renderer gets no Node.js, runs in Chromium's sandbox
 * in an isolated context, and reaches the main process only through the preload's bridge.
 */
export function createMainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Factcheck Desk',
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: {
      preload: preloadPath,
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
    },
  };
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
      options.openExternal(new URL(url).href).catch(() => undefined);
    }
    return { action: 'deny' };
  });
}

/** The part of Electron's Session that decides permissions. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/**
 * The app needs no camera, microphone, location, notifications, clipboard reads, devices or
 * anything else a page may ask for, so every request and every check is answered no.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
