// A whole-library backup written to a real folder by the main process's store, then restored into an empty and into a changed library.
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTarget, parseArticle, readBundle, type Analyst } from '../../../shared';
import { createBackupStore } from '../../../electron/main/backups';
import { markClaim } from '../../../renderer/db/claims';
import { openDatabase, type FactcheckDatabase } from '../../../renderer/db/database';
import { addArticle, ensureScales } from '../../../renderer/db/documents';
import { runImport } from '../../../renderer/features/exchange/import-pipeline';
import { buildLibraryBackup } from '../../../renderer/features/backups/library-backup';
import { onLibraryChange } from '../../../renderer/features/backups/library-changes';

const ana: Analyst = { id: 'analyst-ana', name: 'Ana' };
const FIRST = 'Minister says exports doubled\n\nThe minister said exports doubled in 2023. Critics disagree.';
const SECOND = 'Mayor claims crime fell\n\nThe mayor said crime fell by a fifth last year.';
const opened: FactcheckDatabase[] = [];
let dir: string;

async function library(...articles: string[]): Promise<FactcheckDatabase> {
  const database = openDatabase(`backups-${opened.length}-${Math.random()}`);
  opened.push(database);
  await ensureScales(database);
  for (const text of articles) {
    const { document } = await addArticle(database, parseArticle(text, { format: 'text' }), {}, ana);
    const quote = text.split('\n\n')[1]?.split(' ').slice(0, 4).join(' ') ?? '';
    const start = document.text.indexOf(quote);
    await markClaim(database, document.id, makeTarget(document.text, start, start + quote.length), ana);
  }
  return database;
}

const count = async (database: FactcheckDatabase) => ({
  documents: await database.documents.count(),
  claims: await database.claims.count(),
  scales: await database.scales.count(),
});

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'factcheck-restore-'));
});

afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('a backup of the library', () => {
  it('is a valid bundle of every document, claim and scale', async () => {
    const database = await library(FIRST, SECOND);
    const read = readBundle(await buildLibraryBackup(database, ana));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.bundle.documents).toHaveLength(2);
    expect(read.bundle.claims).toHaveLength(2);
    expect(read.bundle.scales.length).toBe(await database.scales.count());
    expect(read.bundle.exportedBy).toEqual(ana);
  });

  it('is written to disk and restored whole into an emptied library', async () => {
    const original = await library(FIRST, SECOND);
    const store = createBackupStore({ fs, dir: path.join(dir, 'backups') });
    const entry = await store.write(await buildLibraryBackup(original, ana));
    expect((await store.list()).map((listed) => listed.id)).toEqual([entry.id]);

    const wiped = await library();
    const file = await store.read(entry.id);
    const outcome = await runImport(wiped, file, ana);
    expect(outcome.kind).toBe('imported');
    expect(await count(wiped)).toEqual(await count(original));
    expect((await wiped.documents.toArray()).map((document) => document.title).sort()).toEqual(
      (await original.documents.toArray()).map((document) => document.title).sort(),
    );
  });

  it('restores by merging, so work done since the backup is kept', async () => {
    const database = await library(FIRST);
    const store = createBackupStore({ fs, dir: path.join(dir, 'backups') });
    const entry = await store.write(await buildLibraryBackup(database, ana));
    const { document } = await addArticle(database, parseArticle(SECOND, { format: 'text' }), {}, ana);
    const before = await count(database);

    const outcome = await runImport(database, await store.read(entry.id), ana);
    expect(outcome.kind).toBe('imported');
    expect(await count(database)).toEqual(before);
    expect(await database.documents.get(document.id)).toBeDefined();
  });
});

describe('watching the library for changes', () => {
  it('reports a committed write to a library table, and not one to the settings', async () => {
    const database = await library();
    const changes: number[] = [];
    const stop = onLibraryChange(database, () => changes.push(Date.now()));
    await database.settings.put({ key: 'flag', value: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(changes).toHaveLength(0);
    await addArticle(database, parseArticle(FIRST, { format: 'text' }), {}, ana);
    await vi.waitFor(() => expect(changes.length).toBeGreaterThan(0));
    stop();
    const seen = changes.length;
    await addArticle(database, parseArticle(SECOND, { format: 'text' }), {}, ana);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(changes).toHaveLength(seen);
  });
});
