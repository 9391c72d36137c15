/** Identifiers and links as exports write them: stable `urn:uuid:` ids for records, and http(s) URLs in their normal form. */
import { isHttpUrl } from '../model/url';
import { hashText } from '../text/hash';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The UUID of a record id: the id itself when it is a UUID (the app makes random ones), else a
 * version-8 UUID (RFC 9562) from the SHA-256 of the id, so the same record always gets the same one.
 */
export function uuidFor(id: string): string {
  if (UUID.test(id)) return id.toLowerCase();
  const hex = hashText(`factcheck-desk:${id}`);
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function uuidUrn(id: string): string {
  return `urn:uuid:${uuidFor(id)}`;
}

/** The UUID a `urn:uuid:` names, lower-cased, or null for any other identifier. */
export function uuidFromUrn(value: string): string | null {
  const match = /^urn:uuid:(.+)$/i.exec(value.trim());
  return match && UUID.test(match[1] as string) ? (match[1] as string).toLowerCase() : null;
}

/** The normal form of an http(s) URL, or null for anything else (javascript:, data:, text that is no URL). */
export function exportUrl(value: string | null | undefined): string | null {
  if (!value || !isHttpUrl(value)) return null;
  return new URL(value.trim()).href;
}
