// Signed bundles: an export signed with the analyst's key reads back as signed by them; any change to a
// value after signing is caught, changes of whitespace and line ends are not; unusable keys are refused.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  checkSignature,
  isSigningKey,
  isUsablePublicKey,
  keyFingerprint,
  newSigningKey,
  readBundle,
  serialiseBundle,
  signedDigest,
  type Bundle,
  type ReadFileResult,
} from '../../../../shared';
import { ann, bundleOf, claimOn, documentOf, evidenceFor, sourceOf } from './records';

const key = newSigningKey();

function teamBundle(): Bundle {
  const document = documentOf();
  const claim = claimOn(document, 'exports doubled in 2023', { text: 'Exports doubled in 2023' });
  const source = sourceOf();
  return bundleOf({
    documents: [document],
    claims: [claim],
    sources: [source],
    evidence: [evidenceFor(claim, source)],
  });
}

function read(text: string): Extract<ReadFileResult, { ok: true }> {
  const result = readBundle(text);
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
  return result;
}

describe('signing a bundle', () => {
  it('reads back as signed by the exporter, with the fingerprint of their key', () => {
    const text = serialiseBundle(teamBundle(), key);
    const { signature } = read(text);
    expect(signature).toEqual({
      status: 'valid',
      signer: { id: ann.id, name: ann.name },
      publicKey: key.publicKey,
      fingerprint: keyFingerprint(key.publicKey),
    });
    expect(keyFingerprint(key.publicKey)).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
  });

  it('places the signature among the header fields and nowhere else', () => {
    const text = serialiseBundle(teamBundle(), key);
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys.indexOf('signature')).toBe(keys.indexOf('documents') - 1);
  });

  it('signs the SHA-256 of the compact JSON in file order, with the signature holding algorithm and key only', () => {
    const parsed = JSON.parse(serialiseBundle(teamBundle(), key)) as Record<string, unknown>;
    const expected = JSON.stringify({ ...parsed, signature: { algorithm: 'ed25519', publicKey: key.publicKey } });
    expect(bytesToHex(signedDigest(parsed, key.publicKey))).toBe(bytesToHex(sha256(utf8ToBytes(expected))));
  });

  it('survives other whitespace and Windows line ends', () => {
    const text = serialiseBundle(teamBundle(), key);
    expect(read(JSON.stringify(JSON.parse(text), null, 4).replace(/\n/g, '\r\n')).signature.status).toBe('valid');
  });

  it('leaves a bundle unsigned without a key, even one read from a signed file', () => {
    const signed = read(serialiseBundle(teamBundle(), key)).bundle;
    expect(signed.signature).toBeDefined();
    const text = serialiseBundle(signed);
    expect(text).not.toContain('"signature"');
    expect(read(text).signature).toEqual({ status: 'unsigned' });
  });
});

type Json = Record<string, unknown>;

/** The value at a path of the parsed file, to change it in place. */
function holder(root: Json, path: ReadonlyArray<string | number>): Json {
  return path.slice(0, -1).reduce<Json>((node, step) => node[step as string] as Json, root);
}

function signedJson(): Json {
  return JSON.parse(serialiseBundle(teamBundle(), key)) as Json;
}

describe('a signed bundle changed after signing', () => {
  const tampering: Array<[string, Array<string | number>, unknown]> = [
    ['a claim’s wording', ['claims', 0, 'text'], 'Exports tripled in 2023'],
    ['a claim’s history', ['claims', 0, 'sync', 'clock', ann.id], 1000],
    ['the exporter’s name', ['exportedBy', 'name'], 'Someone Else'],
    ['the export time', ['exportedAt'], '2030-01-01T00:00:00.000Z'],
    ['an evidence stance', ['evidence', 0, 'stance'], 'supports'],
  ];

  it.each(tampering)('is reported as changed when %s changes', (_what, path, value) => {
    const parsed = signedJson();
    holder(parsed, path)[path[path.length - 1] as string] = value;
    const result = readBundle(JSON.stringify(parsed, null, 2));
    expect(result.ok && result.signature).toMatchObject({
      status: 'invalid',
      reason: 'the file was changed after it was signed',
      signer: { id: ann.id },
    });
  });

  it('is reported as changed when two keys of a record swap places', () => {
    const parsed = signedJson();
    const sources = parsed['sources'] as Json[];
    const { title, ...rest } = sources[0] as Json;
    sources[0] = { ...rest, title };
    const result = readBundle(JSON.stringify(parsed));
    expect(result.ok && result.signature.status).toBe('invalid');
  });

  it('is reported when the signature was made with another key than the one it names', () => {
    const parsed = signedJson();
    (parsed['signature'] as Json)['publicKey'] = newSigningKey().publicKey;
    const result = readBundle(JSON.stringify(parsed));
    expect(result.ok && result.signature.status).toBe('invalid');
  });

  it('is refused as a file when the signature is not hex of the right length', () => {
    const parsed = signedJson();
    (parsed['signature'] as Json)['value'] = 'abc';
    const result = readBundle(JSON.stringify(parsed));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.path).toBe('$.signature.value');
  });
});

describe('keys', () => {
  it('makes keys whose halves belong together, and tells a mismatched pair', () => {
    expect(isSigningKey(key)).toBe(true);
    expect(isSigningKey({ ...key, publicKey: newSigningKey().publicKey })).toBe(false);
    expect(isSigningKey({ ...key, secretKey: 'zz' })).toBe(false);
  });

  it.each([
    ['all zeros', '0'.repeat(64)],
    ['the neutral point', `01${'0'.repeat(62)}`],
    ['not hex', 'g'.repeat(64)],
    ['too short', 'ab'],
  ])('refuses a public key that is %s', (_what, publicKey) => {
    expect(isUsablePublicKey(publicKey)).toBe(false);
  });

  it('refuses a file signed under a small-order key, whose signatures anyone can make', () => {
    const parsed = signedJson();
    parsed['signature'] = { algorithm: 'ed25519', publicKey: `01${'0'.repeat(62)}`, value: `01${'0'.repeat(126)}` };
    expect(checkSignature(parsed)).toMatchObject({
      status: 'invalid',
      reason: 'its key is not a usable Ed25519 public key',
    });
  });
});
