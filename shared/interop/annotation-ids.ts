/**
 * Makes importing the same annotation twice give the same claim. Each annotation is known by a key
 * that does not depend on how its id is written: the UUID it names (`urn:uuid:…`, a bare UUID, or a
 * `#fragment` UUID as Recogito writes), a Hypothesis id (`https://hypothes.is/a/ID` as its JSON-LD
 * writes, or `ID` in its API and exports), any other IRI, or, for an annotation without an id, a hash of
 * its content. The claim's id follows from the key and the document.
 */
import { canonicalJson } from '../text/canonical-json';
import { hashText } from '../text/hash';
import { uuidFor } from './identifiers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HYPOTHESIS_IRI = /^https?:\/\/hypothes\.is\/a\/([A-Za-z0-9_-]{1,64})$/i;

/** The key of an annotation: by its id, written in any of its forms, else by its content. */
export function annotationKey(id: string | null, value: unknown, dialect: 'w3c' | 'hypothesis'): string {
  const trimmed = id?.trim() ?? '';
  if (!trimmed) return `content:${hashText(canonicalJson(value))}`;
  // A UUID is the same annotation however it is written (our Hypothesis export keeps the claim's UUID as its id).
  const uuid = /^(?:urn:uuid:|#)?([0-9a-f-]{36})$/i.exec(trimmed)?.[1];
  if (uuid && UUID.test(uuid)) return `uuid:${uuid.toLowerCase()}`;
  if (dialect === 'hypothesis') return `hypothesis:${trimmed}`;
  const hypothesis = HYPOTHESIS_IRI.exec(trimmed)?.[1];
  return hypothesis ? `hypothesis:${hypothesis}` : `iri:${trimmed}`;
}

export interface ClaimIds {
  /** Every claim id of the document, deleted claims too… */
  documentClaimIds: ReadonlySet<string>;
  /** …and the UUIDs our exports name them by (uuidFor of each). */
  documentClaimUuids: ReadonlyMap<string, string>;
  /** Every claim id anywhere (other documents too). */
  takenClaimIds: ReadonlySet<string>;
}

/** The UUID each claim of a document is exported by, to the claim's id: a claim whose id is no UUID comes back by its derived one. */
export function exportedClaimUuids(claimIds: Iterable<string>): Map<string, string> {
  const uuids = new Map<string, string>();
  for (const id of claimIds) uuids.set(uuidFor(id), id);
  return uuids;
}

/**
 * The claim an annotation becomes in a document: its own UUID when it names one that no other document's
 * claim has (so our export comes back as the same claims), else a UUID derived from the document and the
 * key. `exists` says the claim is in the document already (an import made before, or deleted since).
 */
export function claimIdFor(key: string, documentId: string, ids: ClaimIds): { id: string; exists: boolean } {
  if (key.startsWith('uuid:')) {
    const own = key.slice('uuid:'.length);
    const exported = ids.documentClaimUuids.get(own);
    if (exported !== undefined) return { id: exported, exists: true };
    if (!ids.takenClaimIds.has(own)) return { id: own, exists: false };
  }
  const derived = uuidFor(`annotation:${documentId}:${key}`);
  return { id: derived, exists: ids.documentClaimIds.has(derived) || ids.takenClaimIds.has(derived) };
}
