/**
 * This library's identity: the analyst stamped on every change, the writer id the library's writes are
 * named by (made once per library, docs/format.md "Writers"), the ids it wrote under before, and the
 * analyst's signing key, which never leaves the library's settings except in an identity file they export.
 */
import { z } from 'zod';
import type { Analyst, Author, SigningKey } from '../../shared';
import { analystSchema, isSigningKey, keyFingerprint, newId, newSigningKey, newWriterId } from '../../shared';
import type { FactcheckDatabase } from './database';

export const ANALYST_KEY = 'analyst';
const WRITER_KEY = 'writer';
const SIGNING_KEY = 'signingKey';

const writerId = z.string().min(1).max(200);
const hexKey = z.string().regex(/^[0-9a-f]{64}$/);

/** The writer id this library writes under now, and those it wrote under before (a library from before writer ids wrote as its analyst). */
const writerRecordSchema = z.strictObject({ id: writerId, retired: z.array(writerId).max(100) });
const signingKeySchema = z.strictObject({ publicKey: hexKey, secretKey: hexKey });

export interface LibraryIdentity {
  analyst: Analyst;
  /** The id this library's writes are named by. */
  writerId: string;
  /** Every id this library has written under: its writes under any of them are known to it, one by one. */
  ownWriters: string[];
  signingKey: SigningKey;
  /** The short fingerprint of the analyst's public key, to read to a teammate. */
  fingerprint: string;
}

async function read<T>(database: FactcheckDatabase, key: string, schema: z.ZodType<T>): Promise<T | null> {
  const parsed = schema.safeParse((await database.settings.get(key))?.value);
  return parsed.success ? parsed.data : null;
}

function usableKey(key: SigningKey | null): SigningKey | null {
  return key && isSigningKey(key) ? key : null;
}

/** The identity as stored; null while the analyst has not given their name (or before ensureLibraryIdentity ran). */
export async function getLibraryIdentity(database: FactcheckDatabase): Promise<LibraryIdentity | null> {
  const [analyst, writer, key] = await Promise.all([
    read(database, ANALYST_KEY, analystSchema),
    read(database, WRITER_KEY, writerRecordSchema),
    read(database, SIGNING_KEY, signingKeySchema),
  ]);
  const signingKey = usableKey(key);
  if (!analyst || !writer || !signingKey) return null;
  return {
    analyst,
    writerId: writer.id,
    ownWriters: [writer.id, ...writer.retired],
    signingKey,
    fingerprint: keyFingerprint(signingKey.publicKey),
  };
}

/**
 * Gives a library whose analyst is known what it lacks: a writer id (a library from before writer ids
 * keeps its analyst id among the ids it wrote under) and a signing key. One transaction, so two tabs
 * starting together make one of each.
 */
export async function ensureLibraryIdentity(database: FactcheckDatabase): Promise<LibraryIdentity | null> {
  await database.transaction('rw', database.settings, async () => {
    const analyst = await read(database, ANALYST_KEY, analystSchema);
    if (!analyst) return;
    if (!(await read(database, WRITER_KEY, writerRecordSchema)))
      await database.settings.put({ key: WRITER_KEY, value: { id: newWriterId(analyst.id), retired: [analyst.id] } });
    if (!usableKey(await read(database, SIGNING_KEY, signingKeySchema)))
      await database.settings.put({ key: SIGNING_KEY, value: newSigningKey() });
  });
  return getLibraryIdentity(database);
}

/** The author of this library's writes: the analyst and the writer id (null before the analyst gave their name). */
export async function getAuthor(database: FactcheckDatabase): Promise<Author | null> {
  const identity = await getLibraryIdentity(database);
  return identity ? { ...identity.analyst, writerId: identity.writerId } : null;
}

/** The analyst alone, for screens that stamp nothing. */
export async function getAnalyst(database: FactcheckDatabase): Promise<Analyst | null> {
  return read(database, ANALYST_KEY, analystSchema);
}

/**
 * Saves the analyst's name, keeping the id the profile already has. The first time, the library gets its
 * writer id and the analyst their signing key in the same step.
 */
export async function saveAnalystName(database: FactcheckDatabase, name: string): Promise<Analyst> {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0) throw new Error('Enter your name; it is stamped on every claim you make or change.');
  return database.transaction('rw', database.settings, async () => {
    const existing = await read(database, ANALYST_KEY, analystSchema);
    const analyst: Analyst = { id: existing?.id ?? newId(), name: trimmed.slice(0, 200) };
    await database.settings.put({ key: ANALYST_KEY, value: analyst });
    if (!existing) {
      await database.settings.put({ key: WRITER_KEY, value: { id: newWriterId(analyst.id), retired: [] } });
      await database.settings.put({ key: SIGNING_KEY, value: newSigningKey() });
    }
    return analyst;
  });
}

/**
 * Takes on an identity made on another machine (identity-file.ts): its analyst and signing key. The
 * library gets a writer id of its own for that analyst; the one it wrote under until now is kept among
 * the ids it wrote under, so its past writes stay known to it.
 */
export async function adoptIdentity(
  database: FactcheckDatabase,
  analyst: Analyst,
  signingKey: SigningKey,
): Promise<LibraryIdentity> {
  if (!isSigningKey(signingKey))
    throw new Error('The identity file’s signing key is damaged: its halves do not match.');
  await database.transaction('rw', database.settings, async () => {
    const writer = await read(database, WRITER_KEY, writerRecordSchema);
    const retired = writer ? [writer.id, ...writer.retired] : [];
    const current = await read(database, ANALYST_KEY, analystSchema);
    if (!writer && current) retired.push(current.id);
    await database.settings.put({ key: ANALYST_KEY, value: analystSchema.parse(analyst) });
    await database.settings.put({
      key: WRITER_KEY,
      value: { id: newWriterId(analyst.id), retired: [...new Set(retired)].slice(0, 100) },
    });
    await database.settings.put({ key: SIGNING_KEY, value: signingKeySchema.parse(signingKey) });
  });
  const identity = await getLibraryIdentity(database);
  if (!identity) throw new Error('The identity could not be stored.');
  return identity;
}
