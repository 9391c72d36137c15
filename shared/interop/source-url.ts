/**
 * Whether an imported annotation is about the document it is imported into: the document's URL and the
 * annotation's target source compared in a normal form (normalize-url: scheme, `www.`, trailing slash,
 * fragment, parameter order and tracking parameters ignored), or the URN our export names a document
 * without a URL by.
 */
import normalizeUrl from 'normalize-url';
import type { FactDocument } from '../model/schema';
import { isHttpUrl } from '../model/url';
import { uuidUrn } from './identifiers';

/** Query parameters that track a click and never change the page. */
const TRACKING_PARAMETERS: readonly (RegExp | string)[] = [
  /^utm_\w+/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ref_src|oly_anon_id|oly_enc_id)$/i,
];

/** Keys already worked out: an import names the same few pages thousands of times. */
const known = new Map<string, string>();

/** The form two URLs of the same page share; other identifiers (URNs) as written, in lower case. */
export function sourceKey(value: string): string {
  let key = known.get(value);
  if (key === undefined) {
    if (known.size >= 1000) known.clear();
    key = normalForm(value);
    known.set(value, key);
  }
  return key;
}

function normalForm(value: string): string {
  const trimmed = value.trim();
  if (!isHttpUrl(trimmed)) return trimmed.toLowerCase();
  try {
    return normalizeUrl(trimmed, {
      stripProtocol: true,
      stripWWW: true,
      stripHash: true,
      removeQueryParameters: TRACKING_PARAMETERS,
      removeTrailingSlash: true,
      removeSingleSlash: true,
      removeExplicitPort: true,
      sortQueryParameters: true,
    });
  } catch {
    return trimmed.toLowerCase();
  }
}

/** `same`: the annotation names the document (or names nothing); `other`: it names another page or file. */
export type SourceRelation = 'same' | 'other';

/** How an annotation's target source relates to the document it is imported into. */
export function sourceRelation(document: Pick<FactDocument, 'id' | 'url'>, source: string | null): SourceRelation {
  if (source === null || source.trim() === '') return 'same';
  const key = sourceKey(source);
  if (key === sourceKey(uuidUrn(document.id))) return 'same';
  return document.url && key === sourceKey(document.url) ? 'same' : 'other';
}
