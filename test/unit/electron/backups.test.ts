// The backups folder on a real disk: names, atomic writes, rotation that keeps the newest and the largest, listing and reading back.
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupDate, backupFileName, createBackupStore, planRotation } from '../../../electron/main/backups';
import { MAX_FILE_BYTES } from '../../../electron/main/file-dialogs';
import type { BackupEntry } from '../../../shared/ipc/channels';

let root: string;
let dir: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'factcheck-backups-'));
  dir = path.join(root, 'userData', 'backups');
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

/** A clock that moves one minute on each call, starting at 1 March 2025 09:00 UTC. */
function minuteClock() {
  let time = Date.UTC(2025, 2, 1, 9, 0, 0, 0);
  return () => new Date((time += 60_000));
}

describe('backup names', () => {
  it('are the UTC time to the millisecond, so they sort by age', () => {
    expect(backupFileName(new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 678)))).toBe(
      'backup-20250102T030405678Z.factcheck.json',
    );
  });

  it('read back as the same date', () => {
    const date = new Date(Date.UTC(2031, 11, 31, 23, 59, 59, 999));
    expect(backupDate(backupFileName(date))?.toISOString()).toBe(date.toISOString());
  });

  it.each([
    'backup-20250230T000000000Z.factcheck.json', // 30 February
    'backup-20250102T030405678Z.factcheck.json.tmp',
    '../backup-20250102T030405678Z.factcheck.json',
    'backup-2025010T030405678Z.factcheck.json',
    'window-state.json',
    'IndexedDB',
  ])('are not confused with %s', (name) => {
    expect(backupDate(name)).toBeNull();
  });
});

describe('planRotation', () => {
  const entry = (minute: number, byteLength = 100): BackupEntry => ({
    id: backupFileName(new Date(Date.UTC(2025, 0, 1, 0, minute))),
    createdAt: '',
    byteLength,
  });

  it('deletes nothing while there are no more than the kept number', () => {
    expect(planRotation([entry(1), entry(2), entry(3)], 3)).toEqual([]);
  });

  it('deletes the oldest beyond the kept number, whatever order they come in', () => {
    expect(planRotation([entry(3), entry(1, 50), entry(4), entry(2, 50), entry(5, 500)], 3)).toEqual([
      entry(2).id,
      entry(1).id,
    ]);
  });

  it('never deletes the largest backup, so a run of small backups of a wiped library cannot rotate the work away', () => {
    const big = entry(1, 10_000_000);
    const wiped = [entry(2, 10), entry(3, 10), entry(4, 10), entry(5, 10)];
    expect(planRotation([big, ...wiped], 2)).toEqual([entry(3).id, entry(2).id]);
  });
});

describe('the backup store', () => {
  it('creates the folder, writes the text and lists it with its date and size', async () => {
    const store = createBackupStore({ fs, dir, now: () => new Date(Date.UTC(2025, 2, 1, 9, 30)) });
    const written = await store.write('{"format":"factcheck-bundle","note":"é"}');
    expect(written).toEqual({
      id: 'backup-20250301T093000000Z.factcheck.json',
      createdAt: '2025-03-01T09:30:00.000Z',
      byteLength: 41,
    });
    expect(await fs.readFile(path.join(dir, written.id), 'utf8')).toBe('{"format":"factcheck-bundle","note":"é"}');
    expect(await store.list()).toEqual([written]);
  });

  it('keeps the newest ten (and the largest) and lists them newest first', async () => {
    const store = createBackupStore({ fs, dir, now: minuteClock() });
    const written: BackupEntry[] = [];
    for (let index = 0; index < 14; index++)
      written.push(await store.write(`{"n":${index}}`.padEnd(index === 2 ? 500 : 20)));
    const listed = await store.list();
    expect(listed.map((entry) => entry.id)).toEqual(
      [...written.slice(4).reverse(), written[2]].map((entry) => entry?.id),
    );
    expect((await fs.readdir(dir)).sort()).toEqual(listed.map((entry) => entry.id).sort());
  });

  it('gives two backups in the same millisecond different names', async () => {
    const store = createBackupStore({ fs, dir, now: () => new Date(Date.UTC(2025, 2, 1)) });
    const first = await store.write('{"a":1}');
    const second = await store.write('{"a":2}');
    expect(second.id).not.toBe(first.id);
    expect((await store.read(first.id)).content).toBe('{"a":1}');
    expect((await store.read(second.id)).content).toBe('{"a":2}');
  });

  it('ignores other files in the folder and never deletes them', async () => {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'notes.txt'), 'mine');
    await fs.mkdir(path.join(dir, 'backup-20200101T000000000Z.factcheck.json'));
    const store = createBackupStore({ fs, dir, keep: 1, now: minuteClock() });
    await store.write('{}');
    await store.write('{}');
    expect(await store.list()).toHaveLength(1);
    expect((await fs.readdir(dir)).sort()).toEqual([
      'backup-20200101T000000000Z.factcheck.json',
      'backup-20250301T090200000Z.factcheck.json',
      'notes.txt',
    ]);
  });

  it('lists nothing before the first backup', async () => {
    await expect(createBackupStore({ fs, dir }).list()).resolves.toEqual([]);
  });

  it('reads a backup back as a bundle file', async () => {
    const store = createBackupStore({ fs, dir });
    const written = await store.write('{"documents":[]}');
    await expect(store.read(written.id)).resolves.toEqual({
      name: written.id,
      content: '{"documents":[]}',
      byteLength: 16,
    });
  });

  it.each([
    '../window-state.json',
    '..',
    'backup-20250101T000000000Z.factcheck.json/../../secret',
    `${path.sep}etc${path.sep}passwd`,
    'notes.txt',
  ])('refuses to read %s', async (id) => {
    await expect(createBackupStore({ fs, dir }).read(id)).rejects.toThrow('is not a backup');
  });

  it('refuses a backup too big to be restored, before writing anything', async () => {
    const store = createBackupStore({ fs, dir });
    await expect(store.write('x'.repeat(MAX_FILE_BYTES.bundle + 1))).rejects.toThrow(
      /more than the 200 MB a backup can be restored from/,
    );
    await expect(store.list()).resolves.toEqual([]);
  });

  it('leaves no temporary file and keeps the old backups when a write fails', async () => {
    const store = createBackupStore({ fs, dir, now: minuteClock() });
    const kept = await store.write('{"kept":true}');
    const failing = createBackupStore({
      fs: { ...fs, rename: vi.fn().mockRejectedValue(new Error('disk full')) },
      dir,
      now: minuteClock(),
    });
    await expect(failing.write('{"lost":true}')).rejects.toThrow(/The backup could not be written to .*: disk full/);
    expect(await fs.readdir(dir)).toEqual([kept.id]);
  });
});
