/**
 * Files kept apart: a bundle whose signature does not hold, or that names a known analyst under another
 * key, or someone else signing as you, is stored here untouched, and nothing of it reaches the library
 * until the analyst imports it anyway or discards it. The list and the files' text are kept in two
 * tables, so showing the list never loads the files.
 */
import { keyFingerprint, newId } from '../../shared';
import type { FactcheckDatabase, HeldFile } from './database';
import { describeSignature, type HeldVerdict } from './trusted-keys';

export interface HeldFileInput {
  name: string;
  content: string;
  byteLength: number;
}

export async function holdFile(
  database: FactcheckDatabase,
  file: HeldFileInput,
  verdict: HeldVerdict,
  now: Date = new Date(),
): Promise<HeldFile> {
  const held: HeldFile = {
    id: newId(),
    file: file.name,
    byteLength: file.byteLength,
    heldAt: now.toISOString(),
    reason: verdict.kind,
    signer: { id: verdict.signer.id, name: verdict.signer.name },
    fingerprint: verdict.fingerprint,
    pinnedFingerprint: verdict.kind === 'key-changed' ? keyFingerprint(verdict.pinned.publicKey) : null,
    publicKey: verdict.kind === 'key-changed' ? verdict.publicKey : null,
    explanation: describeSignature(verdict),
  };
  await database.transaction('rw', database.heldFiles, database.heldContents, async () => {
    await database.heldContents.add({ id: held.id, content: file.content });
    await database.heldFiles.add(held);
  });
  return held;
}

/** Held files, newest first. */
export function listHeldFiles(database: FactcheckDatabase): Promise<HeldFile[]> {
  return database.heldFiles.orderBy('heldAt').reverse().toArray();
}

/** A held file with its text, to import it after all. */
export async function takeHeldFile(
  database: FactcheckDatabase,
  id: string,
): Promise<{ held: HeldFile; file: HeldFileInput } | null> {
  const [held, content] = await Promise.all([database.heldFiles.get(id), database.heldContents.get(id)]);
  if (!held || !content) return null;
  return { held, file: { name: held.file, content: content.content, byteLength: held.byteLength } };
}

export async function discardHeldFile(database: FactcheckDatabase, id: string): Promise<void> {
  await database.transaction('rw', database.heldFiles, database.heldContents, async () => {
    await database.heldFiles.delete(id);
    await database.heldContents.delete(id);
  });
}
