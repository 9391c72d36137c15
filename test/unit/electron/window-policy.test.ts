// The window's security preferences and the navigation, new-window and permission rules, checked with fake web contents.
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { PermissionSession, PolicedWebContents } from '../../../electron/main/window-policy';
import {
  applyPermissionPolicy,
  applyWebContentsPolicy,
  createMainWindow,
  isPermissionGranted,
} from '../../../electron/main/window-policy';

/** A stand-in for Electron's BrowserWindow that keeps the options it was built with. */
class FakeWindow {
  static built: BrowserWindowConstructorOptions[] = [];
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeWindow.built.push(options);
  }
}

describe('createMainWindow', () => {
  const { options } = createMainWindow(FakeWindow, '/app/out/preload/index.cjs', null);
  const prefs = options.webPreferences ?? {};

  it('builds exactly one window', () => {
    expect(FakeWindow.built).toHaveLength(1);
  });

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
    ['disableBlinkFeatures', 'Auxclick'],
  ] as const)('sets %s to %s', (preference, expected) => {
    expect(prefs[preference]).toBe(expected);
  });

  it('loads the given preload script', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('opens a hidden 1280x860 window of at least 900x600 with a background colour when nothing was saved', () => {
    expect(options).toMatchObject({ width: 1280, height: 860, minWidth: 900, minHeight: 600, show: false });
    expect(options).not.toHaveProperty('x');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('opens where the window was last, with the same security preferences', () => {
    const placed = createMainWindow(FakeWindow, '/p.cjs', {
      bounds: { x: 40, y: 30, width: 1000, height: 700 },
      maximized: true,
    }).options;
    expect(placed).toMatchObject({ x: 40, y: 30, width: 1000, height: 700, minWidth: 900, show: false });
    expect(placed.webPreferences).toEqual({ ...prefs, preload: '/p.cjs' });
  });
});

type Listener = (event: { url: string; preventDefault(): void }) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: PolicedWebContents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  return {
    contents,
    /** Fires an event and reports whether the policy cancelled it. */
    fire(event: string, url = ''): boolean {
      const preventDefault = vi.fn();
      listeners.get(event)?.({ url, preventDefault });
      return preventDefault.mock.calls.length > 0;
    },
    openWindow(url: string) {
      if (!openHandler) throw new Error('no window open handler installed');
      return openHandler({ url });
    },
  };
}

describe('applyWebContentsPolicy', () => {
  function setUp(devServerUrl: string | null = null) {
    const fake = fakeWebContents();
    const openExternal = vi.fn<(url: string) => Promise<void>>().mockResolvedValue(undefined);
    applyWebContentsPolicy(fake.contents, { devServerUrl, openExternal });
    return { ...fake, openExternal };
  }

  it.each([
    ['another app page', 'app://factcheck/index.html#/claims', null, false],
    ['a remote site', 'https://example.com/', null, true],
    ['a file URL', 'file:///etc/passwd', null, true],
    ['a javascript URL', 'javascript:alert(1)', null, true],
    ['a data URL', 'data:text/html,<h1>hi</h1>', null, true],
    ['another app host', 'app://evil/index.html', null, true],
    ['the dev server when it is configured', 'http://localhost:5173/', 'http://localhost:5173/', false],
    ['the dev server when it is not configured', 'http://localhost:5173/', null, true],
  ] as const)('navigation to %s is cancelled: %s', (_name, url, devServerUrl, cancelled) => {
    expect(setUp(devServerUrl).fire('will-navigate', url)).toBe(cancelled);
  });

  it('refuses to attach webviews', () => {
    expect(setUp().fire('will-attach-webview')).toBe(true);
  });

  it('denies new windows and opens safe web links in the browser instead', () => {
    const { openWindow, openExternal } = setUp();
    expect(openWindow('HTTPS://Example.com/a%20b')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/a%20b');
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://factcheck/index.html',
    'https://user:pw@example.com/',
    'ms-settings:',
    'about:blank',
  ])('denies a new window for %s without opening anything', (url) => {
    const { openWindow, openExternal } = setUp();
    expect(openWindow(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('still denies the window when the browser cannot be opened', async () => {
    const fake = fakeWebContents();
    const openExternal = vi.fn<(url: string) => Promise<void>>().mockRejectedValue(new Error('no browser'));
    applyWebContentsPolicy(fake.contents, { devServerUrl: null, openExternal });
    expect(fake.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(openExternal).toHaveBeenCalledOnce();
  });
});

describe('permissions', () => {
  function setUp(devServerUrl: string | null = null) {
    let requestHandler: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let checkHandler: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    applyPermissionPolicy(
      {
        setPermissionRequestHandler: (handler) => (requestHandler = handler),
        setPermissionCheckHandler: (handler) => (checkHandler = handler),
      },
      devServerUrl,
    );
    return {
      request(permission: string, requestingUrl: string): boolean {
        const callback = vi.fn();
        requestHandler?.({}, permission, callback, { requestingUrl });
        expect(callback).toHaveBeenCalledOnce();
        return callback.mock.calls[0]?.[0] as boolean;
      },
      check: (permission: string, origin: string): boolean | undefined => checkHandler?.({}, permission, origin),
    };
  }

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'fileSystem',
    'hid',
    'usb',
    'unknown',
  ])('denies the %s permission to our own page, on request and on check', (permission) => {
    const { request, check } = setUp();
    expect(request(permission, 'app://factcheck/index.html')).toBe(false);
    expect(check(permission, 'app://factcheck')).toBe(false);
  });

  it('grants persistent storage to our own page, so the library is not evicted', () => {
    const { request, check } = setUp();
    expect(request('persistent-storage', 'app://factcheck/index.html')).toBe(true);
    expect(check('persistent-storage', 'app://factcheck')).toBe(true);
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['another app host', 'app://evil/index.html'],
    ['a file page', 'file:///tmp/index.html'],
    ['the dev server when none is configured', 'http://localhost:5173/'],
    ['an empty origin', ''],
  ])('denies persistent storage to %s', (_name, url) => {
    const { request, check } = setUp();
    expect(request('persistent-storage', url)).toBe(false);
    expect(check('persistent-storage', url)).toBe(false);
  });

  it('grants persistent storage to the configured dev server', () => {
    expect(setUp('http://localhost:5173/').check('persistent-storage', 'http://localhost:5173')).toBe(true);
  });

  it('is a pure predicate over permission and page', () => {
    expect(isPermissionGranted('persistent-storage', undefined, null)).toBe(false);
    expect(isPermissionGranted('persistent-storage', 'APP://FACTCHECK/', null)).toBe(true);
  });
});
