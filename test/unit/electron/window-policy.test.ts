// The window's security preferences and the navigation, new-window and permission rules, checked with fake web contents.
import { describe, expect, it, vi } from 'vitest';
import type { PermissionSession, PolicedWebContents } from '../../../electron/main/window-policy';
import { applyWebContentsPolicy, createMainWindowOptions, denyAllPermissions } from '../../../electron/main/window-policy';

describe('createMainWindowOptions', () => {
  const options = createMainWindowOptions('/app/out/preload/index.cjs');
  const prefs = options.webPreferences ?? {};

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
  ] as const)('sets %s to %s', (preference, expected) => {
    expect(prefs[preference]).toBe(expected);
  });

  it('loads the given preload script', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('opens a hidden 1280x860 window of at least 900x600 with a background colour', () => {
    expect(options).toMatchObject({ width: 1280, height: 860, minWidth: 900, minHeight: 600, show: false });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
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

describe('denyAllPermissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies the %s permission on request and on check',
    (permission) => {
      let requestHandler: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
      let checkHandler: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
      denyAllPermissions({
        setPermissionRequestHandler: (handler) => (requestHandler = handler),
        setPermissionCheckHandler: (handler) => (checkHandler = handler),
      });
      const callback = vi.fn();
      requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(checkHandler?.({}, permission)).toBe(false);
    },
  );
});
