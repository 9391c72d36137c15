// The app:// protocol: which request URLs map to which files, and what the handler answers with.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appScheme,
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  mimeTypeFor,
  resolveAppFilePath,
} from '../../../electron/main/protocol';

const root = path.resolve(os.tmpdir(), 'factcheck-protocol-root', 'out', 'renderer');

describe('resolveAppFilePath', () => {
  it.each([
    ['the bare origin', 'app://factcheck', 'index.html'],
    ['the root path', 'app://factcheck/', 'index.html'],
    ['the entry page', 'app://factcheck/index.html', 'index.html'],
    ['an asset', 'app://factcheck/assets/index-abc.js', 'assets/index-abc.js'],
    ['a query and a fragment', 'app://factcheck/index.html?mode=1#claims', 'index.html'],
    ['an encoded space', 'app://factcheck/assets/my%20font.woff2', 'assets/my font.woff2'],
    ['repeated slashes', 'app://factcheck//assets///a.css', 'assets/a.css'],
    ['an uppercase host', 'APP://FACTCHECK/index.html', 'index.html'],
    ['double-encoded dots, decoded once into a literal name', 'app://factcheck/%252e%252e/secret', '%2e%2e/secret'],
  ])('serves %s', (_name, url, relative) => {
    expect(resolveAppFilePath(url, root)).toBe(path.join(root, relative));
  });

  it.each([
    ['parent segments', 'app://factcheck/../../../etc/passwd'],
    ['parent segments that would stay inside', 'app://factcheck/assets/../index.html'],
    ['a single-dot segment', 'app://factcheck/./index.html'],
    ['half-encoded parent segments', 'app://factcheck/.%2e/secret'],
    ['a tab hidden between the dots', 'app://factcheck/.\t./secret'],
    ['encoded parent segments', 'app://factcheck/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dots', 'app://factcheck/%2E%2e/secret'],
    ['encoded slashes around dots', 'app://factcheck/..%2f..%2fetc%2fpasswd'],
    ['encoded slash and encoded dots', 'app://factcheck/assets%2f%2e%2e%2f%2e%2e%2fsecret'],
    ['backslashes', 'app://factcheck/..\\..\\secret'],
    ['encoded backslashes', 'app://factcheck/..%5c..%5csecret'],
    ['an absolute path in the URL', 'app://factcheck/%2Fetc%2Fpasswd'],
    ['a Windows drive letter', 'app://factcheck/C:%5CWindows%5Cwin.ini'],
    ['an encoded drive letter', 'app://factcheck/C%3A/Windows/win.ini'],
    ['a null byte', 'app://factcheck/index.html%00.png'],
    ['another control character', 'app://factcheck/index%0A.html'],
    ['broken percent-encoding', 'app://factcheck/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['an http URL', 'http://factcheck/index.html'],
    ['not a URL at all', 'index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppFilePath(url, root)).toBeNull();
  });

  it('keeps Windows paths inside the root as well', () => {
    const windowsRoot = 'C:\\Program Files\\Factcheck Desk\\resources\\app.asar\\out\\renderer';
    expect(resolveAppFilePath('app://factcheck/assets/a.js', windowsRoot, path.win32)).toBe(
      `${windowsRoot}\\assets\\a.js`,
    );
    expect(resolveAppFilePath('app://factcheck/..%5C..%5Csecret', windowsRoot, path.win32)).toBeNull();
    expect(resolveAppFilePath('app://factcheck/D%3A%5Csecret', windowsRoot, path.win32)).toBeNull();
    expect(resolveAppFilePath('app://factcheck/%5C%5Cserver%5Cshare', windowsRoot, path.win32)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/b/app.JS', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['photo.png', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['module.wasm', 'application/wasm'],
    ['no-extension', 'application/octet-stream'],
    ['archive.exe', 'application/octet-stream'],
  ])('%s is served as %s', (file, mime) => {
    expect(mimeTypeFor(file)).toBe(mime);
  });
});

describe('the app:// scheme', () => {
  it('is registered as a standard, secure scheme that supports fetch', () => {
    expect(appScheme).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
  });

  it('has a CSP with no inline scripts, no eval and no remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'factcheck-protocol-'));
    const served = path.join(dir, 'renderer');
    await mkdir(path.join(served, 'assets'), { recursive: true });
    await writeFile(path.join(served, 'index.html'), '<!doctype html><title>Factcheck Desk</title>');
    await writeFile(path.join(served, 'assets', 'app.js'), 'export const answer = 42;');
    await writeFile(path.join(dir, 'secret.txt'), 'outside the renderer folder');
    handle = createAppProtocolHandler(served, (file) => readFile(file));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the entry page with its MIME type and the CSP header', async () => {
    const response = await handle(new Request('app://factcheck/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Factcheck Desk</title>');
  });

  it('serves the origin itself as the entry page', async () => {
    const response = await handle(new Request('app://factcheck/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handle(new Request('app://factcheck/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('export const answer = 42;');
  });

  it('answers HEAD with headers and no body', async () => {
    const response = await handle(new Request('app://factcheck/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['a missing file', 'app://factcheck/missing.js'],
    ['a directory', 'app://factcheck/assets/'],
    ['a file outside the folder', 'app://factcheck/..%2fsecret.txt'],
    ['a file outside the folder via encoded dots', 'app://factcheck/%2e%2e/secret.txt'],
    ['another host', 'app://other/index.html'],
  ])('answers 404 for %s', async (_name, url) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer folder');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handle(new Request('app://factcheck/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
