// Pure predicates deciding which URLs the main process trusts: our own app:// pages, the dev server, and links safe to hand to the OS browser.

/** The custom scheme and host the packaged renderer is served from (see protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'factcheck';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Longest URL we hand to the OS; matches the IPC contract's limit. */
const MAX_EXTERNAL_URL_LENGTH = 4096;

/**
 * C0/C1 controls, spaces of every kind, zero-width and bidi-override characters. Browsers strip or
 * reinterpret them while parsing (`java\tscript:`), and they let a link look like something else.
 */
const INVISIBLE_OR_CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern.
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/u;

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The text between `scheme://` and the first path, query or fragment delimiter, as written. */
function rawAuthority(url: string): string {
  const afterSlashes = url.slice(url.indexOf('//') + 2);
  const end = afterSlashes.search(/[/?#\\]/);
  return end === -1 ? afterSlashes : afterSlashes.slice(0, end);
}

/**
 * Whether a link may be opened in the user's browser: only plain http(s) URLs, written out in full
 * (`https://host/...`), with no credentials, no backslashes and no hidden characters. Anything else
 * (javascript:, file:, data:, custom schemes that launch other programs) is refused.
 */
export function isSafeExternalUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  if (parsed === null || typeof url !== 'string') return false;
  if (INVISIBLE_OR_CONTROL.test(url) || url.includes('\\')) return false;
  if (!/^https?:\/\/[^/]/i.test(url)) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '' || rawAuthority(url).includes('@')) return false;
  return parsed.hostname !== '';
}

/**
 * Whether a URL belongs to our own renderer served over app://factcheck. Chromium lowercases the
 * host of standard schemes, so the host is compared case-insensitively; ports and credentials are refused.
 */
export function isAppUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL electron-vite passes in ELECTRON_RENDERER_URL, or null when it must not be used:
 * in a packaged app, or when it is not an http(s) URL on this machine. The window never loads a remote page.
 */
export function trustedDevServerUrl(candidate: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || candidate === undefined) return null;
  const parsed = parseUrl(candidate);
  if (parsed === null) return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return LOOPBACK_HOSTS.has(parsed.hostname.toLowerCase()) ? parsed.href : null;
}

/** Whether a page URL is ours: the app:// origin, or in development the dev server's origin. */
export function isTrustedRendererUrl(url: unknown, devServerUrl: string | null): boolean {
  if (isAppUrl(url)) return true;
  if (devServerUrl === null) return false;
  const parsed = parseUrl(url);
  return parsed !== null && parsed.origin === new URL(devServerUrl).origin;
}
