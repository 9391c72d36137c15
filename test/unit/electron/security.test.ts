// Adversarial tables for the URL predicates that decide what the main process trusts and what it hands to the OS.
import { describe, expect, it } from 'vitest';
import {
  isAppUrl,
  isSafeExternalUrl,
  isTrustedRendererUrl,
  trustedDevServerUrl,
} from '../../../electron/main/security';

const safeExternal: string[] = [
  'https://example.com',
  'https://example.com/',
  'http://example.com/path',
  'https://www.example.org/news/2024/05/article.html?ref=feed#para-3',
  'HTTPS://EXAMPLE.COM/Upper',
  'HtTp://example.com/',
  'https://example.com:8443/port',
  'https://sub.domain.example.co.uk/a/b/c',
  'https://example.com/search?q=claim%20check&lang=en',
  'https://xn--bcher-kva.example/',
  'https://bücher.example/',
  'https://203.0.113.7/report',
  'https://[2001:db8::1]/ipv6',
  'https://example.com/path%2Fwith%2Fencoded',
  'https://web.archive.org/web/2024/https://example.com/',
  'https://example.com/@user',
];

const unsafeExternal: Array<[string, unknown]> = [
  ['javascript scheme', 'javascript:alert(1)'],
  ['mixed-case javascript scheme', 'JaVaScRiPt:alert(1)'],
  ['javascript with leading space', ' javascript:alert(1)'],
  ['javascript with tab inside the scheme', 'java\tscript:alert(1)'],
  ['javascript with newline inside the scheme', 'java\nscript:alert(1)'],
  ['javascript with carriage return', 'java\rscript:alert(1)'],
  ['javascript with a leading null byte', '\u0000javascript:alert(1)'],
  ['javascript through an entity-looking prefix', '&#106;avascript:alert(1)'],
  ['vbscript scheme', 'vbscript:msgbox(1)'],
  ['file URL', 'file:///etc/passwd'],
  ['file URL to a Windows share', 'file://server/share/evil.exe'],
  ['uppercase file URL', 'FILE:///C:/Windows/system32/calc.exe'],
  ['data URL with HTML', 'data:text/html,<script>alert(1)</script>'],
  ['data URL in base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['blob URL', 'blob:https://example.com/550e8400-e29b-41d4-a716-446655440000'],
  ['about:blank', 'about:blank'],
  ['ftp URL', 'ftp://example.com/file'],
  ['ws URL', 'ws://example.com/socket'],
  ['mailto link', 'mailto:someone@example.com'],
  ['tel link', 'tel:+15555550100'],
  ['custom app scheme', 'slack://open'],
  ['ms-msdt scheme', 'ms-msdt:/id PCWDiagnostic'],
  ['search-ms scheme', 'search-ms:query=invoice&crumb=location:\\\\evil\\share'],
  ['smb scheme', 'smb://attacker/share'],
  ['our own app scheme', 'app://factcheck/index.html'],
  ['chrome internal page', 'chrome://settings'],
  ['devtools page', 'devtools://devtools/bundled/inspector.html'],
  ['view-source', 'view-source:https://example.com'],
  ['username in the URL', 'https://user@example.com/'],
  ['username and password in the URL', 'https://user:pass@example.com/'],
  ['empty credentials before the host', 'https://@example.com/'],
  ['host spoofing through credentials', 'https://trusted.example.com@evil.example/'],
  ['encoded at-sign in credentials', 'https://trusted.example.com%40evil.example@evil.example/'],
  ['backslash authority', 'https:\\\\evil.example'],
  ['backslash in the path', 'https://example.com\\@evil.example/'],
  ['missing slashes', 'https:evil.example'],
  ['single slash', 'https:/evil.example'],
  ['three slashes', 'https:///evil.example'],
  ['scheme-relative URL', '//evil.example/'],
  ['relative path', '/local/path'],
  ['bare host', 'example.com'],
  ['leading space', ' https://example.com'],
  ['trailing space', 'https://example.com '],
  ['space inside', 'https://exa mple.com'],
  ['tab inside the host', 'https://exa\tmple.com'],
  ['newline in the path', 'https://example.com/\nSet-Cookie:x'],
  ['no-break space', 'https://example.com/\u00a0'],
  ['zero-width space in the host', 'https://exa\u200bmple.com'],
  ['right-to-left override', 'https://example.com/\u202egnp.exe'],
  ['byte-order mark prefix', '\ufeffhttps://example.com'],
  ['DEL character', 'https://example.com/\u007f'],
  ['empty string', ''],
  ['only a scheme', 'https://'],
  ['not a string: number', 42],
  ['not a string: object', { href: 'https://example.com' }],
  ['not a string: null', null],
  ['not a string: undefined', undefined],
  ['far too long', `https://example.com/${'a'.repeat(5000)}`],
];

describe('isSafeExternalUrl', () => {
  it('has an adversarial table of at least 50 URLs', () => {
    expect(safeExternal.length + unsafeExternal.length).toBeGreaterThanOrEqual(50);
  });

  it.each(safeExternal)('opens plain web link %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each(unsafeExternal)('refuses %s', (_name, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('isAppUrl', () => {
  it.each([
    'app://factcheck/index.html',
    'app://factcheck/',
    'app://factcheck',
    'app://factcheck/assets/index-abc123.js',
    'app://factcheck/index.html?x=1#claims',
    'APP://FACTCHECK/index.html',
  ])('recognises our page %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    ['another host on our scheme', 'app://evil/index.html'],
    ['a look-alike host', 'app://factcheck.evil/index.html'],
    ['a host with our name as a prefix', 'app://factcheckx/'],
    ['a trailing-dot host', 'app://factcheck./index.html'],
    ['a Cyrillic look-alike host', 'app://f\u0430ctcheck/index.html'],
    ['a percent-encoded look-alike host', 'app://factcheck%2eevil/index.html'],
    ['a subdomain of our host', 'app://evil.factcheck/index.html'],
    ['an empty host', 'app:///index.html'],
    ['a look-alike scheme', 'apps://factcheck/index.html'],
    ['a port', 'app://factcheck:8080/index.html'],
    ['credentials', 'app://user@factcheck/index.html'],
    ['the http scheme', 'http://factcheck/index.html'],
    ['a file URL', 'file:///app/out/renderer/index.html'],
    ['a null origin page', 'about:blank'],
    ['a data URL', 'data:text/html,app://factcheck/'],
    ['a javascript URL', 'javascript:app://factcheck/'],
    ['not a URL', 'factcheck'],
    ['not a string', undefined],
  ])('refuses %s', (_name, url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('trustedDevServerUrl', () => {
  it.each([
    ['http://localhost:5173/', 'http://localhost:5173/'],
    ['http://127.0.0.1:5173', 'http://127.0.0.1:5173/'],
    ['http://[::1]:5173/', 'http://[::1]:5173/'],
    ['https://LOCALHOST:5173/', 'https://localhost:5173/'],
  ])('uses the local dev server %s', (candidate, expected) => {
    expect(trustedDevServerUrl(candidate, false)).toBe(expected);
  });

  it.each([
    ['a remote host', 'http://example.com:5173/'],
    ['a host that only starts with localhost', 'http://localhost.evil.example/'],
    ['a loopback look-alike through DNS', 'http://127.0.0.1.nip.io:5173/'],
    ['an encoded dot after localhost', 'http://localhost%2eevil.example/'],
    ['a websocket URL', 'ws://localhost:5173/'],
    ['credentials', 'http://user@localhost:5173/'],
    ['a file URL', 'file:///tmp/index.html'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['garbage', 'not a url'],
    ['nothing', undefined],
  ])('ignores %s', (_name, candidate) => {
    expect(trustedDevServerUrl(candidate, false)).toBeNull();
  });

  it('ignores even a local dev server in a packaged app', () => {
    expect(trustedDevServerUrl('http://localhost:5173/', true)).toBeNull();
  });
});

describe('isTrustedRendererUrl', () => {
  const dev = 'http://localhost:5173/';

  it.each([
    ['our app page without a dev server', 'app://factcheck/index.html', null, true],
    ['our app page with a dev server', 'app://factcheck/index.html', dev, true],
    ['a dev server page', 'http://localhost:5173/src/index.html', dev, true],
    ['a dev server page when none is configured', 'http://localhost:5173/', null, false],
    ['another port on localhost', 'http://localhost:5174/', dev, false],
    ['https instead of http', 'https://localhost:5173/', dev, false],
    ['a remote page', 'https://example.com/', dev, false],
    ['a missing sender URL', undefined, dev, false],
  ] as const)('%s → %s', (_name, url, devServerUrl, expected) => {
    expect(isTrustedRendererUrl(url, devServerUrl)).toBe(expected);
  });
});
