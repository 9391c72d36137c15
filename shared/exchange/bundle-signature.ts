/**
 * Signed bundles: the exporter signs the SHA-256 of the bundle with Ed25519 (@noble/curves), and a reader
 * checks it before anything of the file is used. What is signed is the bundle as compact JSON in the
 * file's own key order, with `signature` holding only `algorithm` and `publicKey` (docs/format.md, "Signatures"):
 * whitespace and line ends may change on the way, any value may not.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Analyst } from '../model/schema';
import type { BundleSignature } from './bundle-schema';

/** An analyst's signing key: both halves as lower-case hex. The secret half never leaves their machine. */
export interface SigningKey {
  publicKey: string;
  secretKey: string;
}

/** What a reader learns from a file's signature. */
export type SignatureCheck =
  | { status: 'unsigned' }
  | { status: 'valid'; signer: Analyst; publicKey: string; fingerprint: string }
  | { status: 'invalid'; signer: Analyst; publicKey: string; fingerprint: string; reason: string };

export const SIGNATURE_ALGORITHM = 'ed25519';

/** A new signing key from the host's secure random source. */
export function newSigningKey(): SigningKey {
  const { secretKey, publicKey } = ed25519.keygen();
  return { secretKey: bytesToHex(secretKey), publicKey: bytesToHex(publicKey) };
}

/** Whether the two halves belong together (a key read back from storage or an identity file). */
export function isSigningKey(key: SigningKey): boolean {
  try {
    return bytesToHex(ed25519.getPublicKey(hexToBytes(key.secretKey))) === key.publicKey;
  } catch {
    return false;
  }
}

/**
 * A public key a file may be signed with: 32 bytes that decode to a point of the curve outside its
 * small-order subgroup (a key for which anyone could make signatures is refused).
 */
export function isUsablePublicKey(publicKey: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(publicKey)) return false;
  try {
    const point = ed25519.Point.fromBytes(hexToBytes(publicKey), false);
    return !point.isSmallOrder();
  } catch {
    return false;
  }
}

/**
 * The short fingerprint of a public key to compare by voice or chat: the first 8 bytes of its SHA-256,
 * as four groups of four hex digits, `3F2A 91C0 7B4D E2F1`.
 */
export function keyFingerprint(publicKey: string): string {
  const digest = bytesToHex(sha256(hexToBytes(publicKey)).subarray(0, 8)).toUpperCase();
  return digest.match(/.{4}/g)?.join(' ') ?? digest;
}

/** Feeds text to a hash in slices of about 64 KB, so a large bundle is never one string in memory. */
class TextHasher {
  private readonly hash = sha256.create();
  private pending: string[] = [];
  private length = 0;

  add(text: string): void {
    this.pending.push(text);
    this.length += text.length;
    if (this.length >= 65_536) this.flush();
  }

  digest(): Uint8Array {
    this.flush();
    return this.hash.digest();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.hash.update(utf8ToBytes(this.pending.join('')));
    this.pending = [];
    this.length = 0;
  }
}

/**
 * The SHA-256 of `JSON.stringify(bundle)` with its `signature` replaced by `{algorithm, publicKey}`, in
 * place, computed list item by list item. `lines`, when given, are the items of the record lists already
 * written by JSON.stringify (the serialiser has them), so they are not written twice.
 */
export function signedDigest(
  bundle: Readonly<Record<string, unknown>>,
  publicKey: string,
  lines?: ReadonlyMap<string, readonly string[]>,
): Uint8Array {
  const hasher = new TextHasher();
  hasher.add('{');
  let first = true;
  for (const key of Object.keys(bundle)) {
    let value = bundle[key];
    if (key === 'signature') value = { algorithm: SIGNATURE_ALGORITHM, publicKey };
    if (value === undefined) continue;
    hasher.add(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    const written = lines?.get(key);
    if (written || Array.isArray(value)) {
      const items = written ?? (value as unknown[]).map((item) => JSON.stringify(item) ?? 'null');
      hasher.add('[');
      items.forEach((item, index) => hasher.add(index === 0 ? item : `,${item}`));
      hasher.add(']');
    } else hasher.add(JSON.stringify(value));
  }
  hasher.add('}');
  return hasher.digest();
}

/** The signature block for a bundle: `bundle` must already hold `signature` where the file will have it (its value is ignored). */
export function signatureFor(
  bundle: Readonly<Record<string, unknown>>,
  key: SigningKey,
  lines?: ReadonlyMap<string, readonly string[]>,
): BundleSignature {
  const digest = signedDigest(bundle, key.publicKey, lines);
  const value = bytesToHex(ed25519.sign(digest, hexToBytes(key.secretKey)));
  return { algorithm: SIGNATURE_ALGORITHM, publicKey: key.publicKey, value };
}

/**
 * Checks the signature of a bundle as parsed from its file (before migration, whose key order is the
 * file's). A file without `signature` is unsigned; one whose signature does not verify is invalid,
 * with the reason in words.
 */
export function checkSignature(parsed: Readonly<Record<string, unknown>>): SignatureCheck {
  const signature = parsed['signature'] as BundleSignature | undefined;
  if (!signature) return { status: 'unsigned' };
  const exporter = parsed['exportedBy'] as Analyst;
  const signer = { id: exporter.id, name: exporter.name };
  const { publicKey } = signature;
  const fingerprint = keyFingerprint(publicKey);
  if (!isUsablePublicKey(publicKey))
    return { status: 'invalid', signer, publicKey, fingerprint, reason: 'its key is not a usable Ed25519 public key' };
  let valid = false;
  try {
    valid = ed25519.verify(hexToBytes(signature.value), signedDigest(parsed, publicKey), hexToBytes(publicKey), {
      zip215: false,
    });
  } catch {
    valid = false;
  }
  return valid
    ? { status: 'valid', signer, publicKey, fingerprint }
    : { status: 'invalid', signer, publicKey, fingerprint, reason: 'the file was changed after it was signed' };
}
