// Serves the built renderer over the privileged app:// scheme: files only from inside its folder, with MIME types and a strict CSP.
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_SCHEME, isAppUrl } from './security';

/**
 * `standard` gives app:// real origins and relative URL resolution, `secure` makes it a secure
 * context, `supportFetchAPI` lets the renderer fetch its own assets. Must be registered before ready.
 */
export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** The policy every HTML page of the app is served with: nothing inline, nothing evaluated, nothing remote. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a served file; unknown extensions are served as opaque bytes. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// eslint-disable-next-line no-control-regex -- control characters (a decoded %00 above all) are what we refuse.
const FORBIDDEN_IN_PATH = /[\u0000-\u001f\u007f\\:]/u;
// eslint-disable-next-line no-control-regex -- the URL parser silently drops tabs and newlines, so any is refused.
const WHITESPACE_OR_CONTROL = /[\u0000-\u0020\u007f]/u;

/** The path as the request wrote it, before the URL parser removed dot segments from it. */
function writtenPath(requestUrl: string): string {
  const afterAuthority = requestUrl.replace(/^[^:]*:\/\/[^/?#\\]*/u, '');
  return afterAuthority.split(/[?#]/u)[0] ?? '';
}

/**
 * Maps an app:// request URL to a file inside `root`, or null when the URL is not ours or tries to
 * leave the folder. Dot segments (plain or percent-encoded, even ones the URL parser would clamp),
 * encoded slashes, backslashes, drive letters and null bytes are refused, and the result is checked
 * to lie strictly inside the root. `pathApi` is injectable so Windows rules can be tested anywhere.
 */
export function resolveAppFilePath(requestUrl: string, root: string, pathApi: path.PlatformPath = path): string | null {
  if (!isAppUrl(requestUrl) || WHITESPACE_OR_CONTROL.test(requestUrl)) return null;
  const written = writtenPath(requestUrl);
  if (/%2f|%5c|\\/iu.test(written)) return null;
  const writtenSegments = written.replace(/%2e/giu, '.').split('/');
  if (writtenSegments.some((segment) => segment === '.' || segment === '..')) return null;
  const rawPath = new URL(requestUrl).pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (FORBIDDEN_IN_PATH.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return null;
  const resolvedRoot = pathApi.resolve(root);
  const target = pathApi.resolve(resolvedRoot, ...(segments.length === 0 ? ['index.html'] : segments));
  const relative = pathApi.relative(resolvedRoot, target);
  if (relative === '' || relative === '..' || relative.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(relative)) {
    return null;
  }
  return target;
}

/** Reads a file's bytes; rejects (for example with ENOENT or EISDIR) when there is none to serve. */
export type ReadFile = (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** Builds the app:// request handler over a renderer folder; `readFile` is injected for tests. */
export function createAppProtocolHandler(root: string, readFile: ReadFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
    const filePath = resolveAppFilePath(request.url, root);
    if (filePath === null) return plainResponse(404, 'Not found');
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(filePath);
    } catch {
      return plainResponse(404, 'Not found');
    }
    const contentType = mimeTypeFor(filePath);
    const headers: Record<string, string> = { 'Content-Type': contentType, 'X-Content-Type-Options': 'nosniff' };
    // The scanner evaluates only a literal here; the policy is CONTENT_SECURITY_POLICY above, asserted by the real-shell test.
    // prettier-ignore
    if (contentType.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY; /* eng-disable CSP_GLOBAL_CHECK -- a constant the scanner cannot read, see above */
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}

/** The part of Electron's `protocol` module this file needs. */
export interface ProtocolRegistry {
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

/** Starts serving app:// from `root`; call once the app is ready. */
export function registerAppProtocol(protocol: ProtocolRegistry, root: string, readFile: ReadFile): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root, readFile));
}
