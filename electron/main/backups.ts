// Keeps rotated backups of the whole library in the user-data folder: writes them atomically, lists them and reads one back.
import path from 'node:path';
import { BACKUP_ID_PATTERN } from '../../shared/ipc/channels';
import type { BackupEntry, OpenedFile } from '../../shared/ipc/channels';
import { FileAccessError, MAX_FILE_BYTES, readUserTextFile } from './file-dialogs';
import type { FileSystem } from './file-dialogs';

/** How many backups are kept besides the largest one (see planRotation). */
export const BACKUPS_KEPT = 10;

/** The file operations the store needs; node:fs/promises fits it as is. */
export interface BackupFileSystem extends FileSystem {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  readdir(dir: string): Promise<string[]>;
}

export interface BackupStoreOptions {
  fs: BackupFileSystem;
  /** The backups folder, e.g. userData/backups: beside, never inside, Chromium's IndexedDB folder. */
  dir: string;
  keep?: number;
  now?: () => Date;
}

/** `backup-20250102T030405678Z.factcheck.json` for 2025-01-02 03:04:05.678 UTC: names sort by age. */
export function backupFileName(date: Date): string {
  const stamp = date.toISOString().replace(/[-:.]/g, '');
  return `backup-${stamp}.factcheck.json`;
}

/** When a backup was written, read back from its name; null for any other file. */
export function backupDate(name: string): Date | null {
  if (!BACKUP_ID_PATTERN.test(name)) return null;
  const digits = name.slice('backup-'.length, name.indexOf('Z'));
  const iso = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}T${digits.slice(9, 11)}:${digits.slice(11, 13)}:${digits.slice(13, 15)}.${digits.slice(15, 18)}Z`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) || date.toISOString() !== iso ? null : date;
}

/**
 * Which backups to delete: all but the newest `keep`, except that the largest backup always stays. A
 * library wiped by the browser storage produces a run of small backups; they can never rotate away the
 * biggest copy of the work.
 */
export function planRotation(entries: readonly BackupEntry[], keep: number): string[] {
  const newestFirst = [...entries].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const largest = newestFirst.reduce<BackupEntry | null>(
    (best, entry) => (best === null || entry.byteLength > best.byteLength ? entry : best),
    null,
  );
  return newestFirst
    .slice(keep)
    .filter((entry) => entry !== largest)
    .map((entry) => entry.id);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The backups folder's store: every name it touches is checked against the backup pattern, so no path can leave the folder. */
export function createBackupStore(options: BackupStoreOptions) {
  const { fs, dir } = options;
  const keep = options.keep ?? BACKUPS_KEPT;
  const now = options.now ?? (() => new Date());

  async function list(): Promise<BackupEntry[]> {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      return [];
    }
    const entries: BackupEntry[] = [];
    for (const name of names) {
      const date = backupDate(name);
      if (date === null) continue;
      try {
        const stats = await fs.stat(path.join(dir, name));
        if (stats.isFile()) entries.push({ id: name, createdAt: date.toISOString(), byteLength: stats.size });
      } catch {
        // Deleted between readdir and stat: not a backup any more.
      }
    }
    return entries.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }

  /** A name no existing backup has: a second backup in the same millisecond moves one millisecond on. */
  async function freshName(): Promise<string> {
    const taken = new Set((await list()).map((entry) => entry.id));
    let time = now().getTime();
    while (taken.has(backupFileName(new Date(time)))) time += 1;
    return backupFileName(new Date(time));
  }

  /** Writes the library's bundle text as a new backup (temporary file, then rename) and deletes the ones rotated out. */
  async function write(content: string): Promise<BackupEntry> {
    // A backup must stay within what a restore reads back; a bigger one would only look like a safety net.
    const byteLength = Buffer.byteLength(content, 'utf8');
    if (byteLength > MAX_FILE_BYTES.bundle) {
      throw new FileAccessError(
        `The library is ${Math.ceil(byteLength / (1024 * 1024))} MB as a bundle, more than the ${MAX_FILE_BYTES.bundle / (1024 * 1024)} MB a backup can be restored from. Export documents one by one to keep copies.`,
      );
    }
    try {
      await fs.mkdir(dir, { recursive: true });
      const name = await freshName();
      const target = path.join(dir, name);
      const temporary = `${target}.${process.pid}.tmp`;
      try {
        await fs.writeFile(temporary, content, { encoding: 'utf8', flag: 'wx' });
        await fs.rename(temporary, target);
      } catch (error) {
        await fs.rm(temporary, { force: true }).catch(() => undefined);
        throw error;
      }
      const entries = await list();
      for (const id of planRotation(entries, keep)) await fs.rm(path.join(dir, id), { force: true });
      const written = entries.find((entry) => entry.id === name);
      if (!written) throw new Error('the new backup vanished');
      return written;
    } catch (error) {
      throw new FileAccessError(`The backup could not be written to ${dir}: ${reasonOf(error)}`);
    }
  }

  /** One backup's text; only names of the backup pattern are read, and only from the backups folder. */
  async function read(id: string): Promise<OpenedFile> {
    if (backupDate(id) === null || path.basename(id) !== id) throw new FileAccessError(`"${id}" is not a backup.`);
    return readUserTextFile(fs, path.join(dir, id), 'bundle');
  }

  return { dir, list, write, read };
}

export type BackupStore = ReturnType<typeof createBackupStore>;
