/**
 * Teammates' signing keys, pinned the first time a file of theirs is imported, and what a file's
 * signature means for this library: its own key, a known teammate, a first sight, or a file that must be
 * kept apart (changed after signing, another key for a known analyst, or someone else signing as you).
 */
import type { Analyst, SignatureCheck } from '../../shared';
import { keyFingerprint } from '../../shared';
import type { FactcheckDatabase, TrustedKey } from './database';
import { getLibraryIdentity } from './identity';

/** What a file's signature means here. The last three keep the file apart until the analyst decides. */
export type SignatureVerdict =
  | { kind: 'unsigned'; signer: Analyst; usuallySigned: boolean }
  | { kind: 'own'; signer: Analyst; fingerprint: string }
  | { kind: 'known'; signer: Analyst; fingerprint: string }
  | { kind: 'first-seen'; signer: Analyst; fingerprint: string; publicKey: string }
  | { kind: 'tampered'; signer: Analyst; fingerprint: string; reason: string }
  | { kind: 'key-changed'; signer: Analyst; fingerprint: string; publicKey: string; pinned: TrustedKey }
  | { kind: 'not-yours'; signer: Analyst; fingerprint: string; yours: string };

export type HeldVerdict = Extract<SignatureVerdict, { kind: 'tampered' | 'key-changed' | 'not-yours' }>;

export function isHeld(verdict: SignatureVerdict): verdict is HeldVerdict {
  return verdict.kind === 'tampered' || verdict.kind === 'key-changed' || verdict.kind === 'not-yours';
}

/** Judges a file's signature against this library's key and the teammates' keys it has pinned. */
export async function judgeSignature(
  database: FactcheckDatabase,
  check: SignatureCheck,
  exportedBy: Analyst,
): Promise<SignatureVerdict> {
  if (check.status === 'unsigned') {
    const pinned = await database.trustedKeys.get(exportedBy.id);
    return { kind: 'unsigned', signer: exportedBy, usuallySigned: pinned !== undefined };
  }
  const { signer, fingerprint } = check;
  if (check.status === 'invalid') return { kind: 'tampered', signer, fingerprint, reason: check.reason };
  const identity = await getLibraryIdentity(database);
  if (identity && signer.id === identity.analyst.id) {
    return check.publicKey === identity.signingKey.publicKey
      ? { kind: 'own', signer, fingerprint }
      : { kind: 'not-yours', signer, fingerprint, yours: identity.fingerprint };
  }
  const pinned = await database.trustedKeys.get(signer.id);
  if (!pinned) return { kind: 'first-seen', signer, fingerprint, publicKey: check.publicKey };
  return pinned.publicKey === check.publicKey
    ? { kind: 'known', signer, fingerprint }
    : { kind: 'key-changed', signer, fingerprint, publicKey: check.publicKey, pinned };
}

/** Pins a teammate's key (or replaces it, when the analyst decided to trust a new one). */
export async function pinKey(
  database: FactcheckDatabase,
  signer: Analyst,
  publicKey: string,
  file: string,
  now: Date = new Date(),
): Promise<void> {
  await database.trustedKeys.put({
    analystId: signer.id,
    name: signer.name,
    publicKey,
    firstSeenAt: now.toISOString(),
    firstSeenIn: file,
  });
}

/** Forgets a teammate's key: their next signed file is pinned anew. */
export async function forgetKey(database: FactcheckDatabase, analystId: string): Promise<void> {
  await database.trustedKeys.delete(analystId);
}

export async function listTrustedKeys(
  database: FactcheckDatabase,
): Promise<Array<TrustedKey & { fingerprint: string }>> {
  const keys = await database.trustedKeys.toArray();
  return keys
    .map((key) => ({ ...key, fingerprint: keyFingerprint(key.publicKey) }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.analystId.localeCompare(b.analystId));
}

/** A sentence on a held file the analyst imported anyway. */
export function describeImportedAnyway(verdict: HeldVerdict, trustedNewKey: boolean): string {
  const name = verdict.signer.name;
  switch (verdict.kind) {
    case 'tampered':
      return `Imported as you decided, although its signature does not hold (${verdict.reason}).`;
    case 'key-changed':
      return trustedNewKey
        ? `${name}’s new key ${verdict.fingerprint} is now the one you trust for them.`
        : `Imported as you decided, although it is signed with key ${verdict.fingerprint}, not with the key you know for ${name}.`;
    case 'not-yours':
      return `Imported as you decided, although it is signed in your name with key ${verdict.fingerprint}, which is not yours.`;
  }
}

/** A sentence on a file's signature for the import's message. */
export function describeSignature(verdict: SignatureVerdict): string {
  const name = verdict.signer.name;
  switch (verdict.kind) {
    case 'unsigned':
      return verdict.usuallySigned
        ? `The file is unsigned, although ${name}’s files are signed: ask ${name} whether they sent it.`
        : `The file is unsigned: who made it cannot be confirmed.`;
    case 'own':
      return `Signed with your own key (${verdict.fingerprint}).`;
    case 'known':
      return `Signed by ${name} (key ${verdict.fingerprint}).`;
    case 'first-seen':
      return `Signed by ${name} with key ${verdict.fingerprint}, seen for the first time and now remembered: compare this fingerprint with ${name} by voice or chat.`;
    case 'tampered':
      return `The signature does not hold: ${verdict.reason}. It names ${name} (key ${verdict.fingerprint}).`;
    case 'key-changed':
      return `It is signed as ${name} with key ${verdict.fingerprint}, but ${name}’s key is ${keyFingerprint(verdict.pinned.publicKey)} (first seen in “${verdict.pinned.firstSeenIn}”).`;
    case 'not-yours':
      return `It is signed as you, ${name}, with key ${verdict.fingerprint}, which is not your key (${verdict.yours}).`;
  }
}
