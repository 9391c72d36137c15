// When the app backs up: after changes at most once per interval, before closing only if something changed, and never two at once.
import { describe, expect, it, vi } from 'vitest';
import type { BackupEntry, BackupReason } from '../../../shared/ipc/channels';
import { createBackupScheduler, MIN_BACKUP_INTERVAL_MS } from '../../../renderer/features/backups/backup-scheduler';
import { describePersistence, requestPersistentStorage } from '../../../renderer/features/backups/persistence';
import type { PersistableStorage } from '../../../renderer/features/backups/persistence';
import type { PersistenceStatus } from '../../../renderer/store/backups-slice';
import { touchesLibrary } from '../../../renderer/features/backups/library-changes';

function setUp(options: { failWrites?: boolean } = {}) {
  let now = 1_000_000;
  const writes: BackupReason[] = [];
  let builds = 0;
  const write = vi.fn(async (content: string, reason: BackupReason): Promise<BackupEntry> => {
    if (options.failWrites) throw new Error('disk full');
    writes.push(reason);
    return { id: `backup-${writes.length}`, createdAt: new Date(now).toISOString(), byteLength: content.length };
  });
  const onError = vi.fn();
  const scheduler = createBackupScheduler({
    build: async () => `{"n":${++builds}}`,
    write,
    now: () => now,
    onError,
  });
  return { scheduler, writes, onError, advance: (ms: number) => (now += ms) };
}

describe('the backup scheduler', () => {
  it('writes nothing while the library has not changed', async () => {
    const { scheduler, writes, advance } = setUp();
    advance(MIN_BACKUP_INTERVAL_MS * 10);
    await scheduler.tick();
    await scheduler.flush();
    expect(writes).toEqual([]);
  });

  it('backs up a change at the next check, then waits out the interval before the next one', async () => {
    const { scheduler, writes, advance } = setUp();
    scheduler.markChanged();
    await scheduler.tick();
    expect(writes).toEqual(['change']);
    scheduler.markChanged();
    advance(MIN_BACKUP_INTERVAL_MS - 1);
    await scheduler.tick();
    expect(writes).toEqual(['change']);
    advance(1);
    await scheduler.tick();
    expect(writes).toEqual(['change', 'change']);
  });

  it('waits a full interval after the newest backup found on disk at start', async () => {
    const { scheduler, writes, advance } = setUp();
    scheduler.rememberLastBackup(1_000_000 - 60_000);
    scheduler.markChanged();
    await scheduler.tick();
    expect(writes).toEqual([]);
    advance(MIN_BACKUP_INTERVAL_MS - 60_000);
    await scheduler.tick();
    expect(writes).toEqual(['change']);
  });

  it('writes a last backup before closing, whatever the interval, only when something changed', async () => {
    const { scheduler, writes } = setUp();
    scheduler.markChanged();
    await scheduler.tick();
    scheduler.markChanged();
    await scheduler.flush();
    await scheduler.flush();
    expect(writes).toEqual(['change', 'quit']);
  });

  it('backs up on demand even with nothing changed', async () => {
    const { scheduler, writes } = setUp();
    await scheduler.backUpNow();
    expect(writes).toEqual(['manual']);
  });

  it('runs one backup at a time: a flush during a backup waits and then has nothing left to do', async () => {
    const { scheduler, writes } = setUp();
    scheduler.markChanged();
    const first = scheduler.tick();
    const second = scheduler.flush();
    await Promise.all([first, second]);
    expect(writes).toEqual(['change']);
  });

  it('keeps the library dirty after a failed write and reports the failure', async () => {
    const { scheduler, onError } = setUp({ failWrites: true });
    scheduler.markChanged();
    await expect(scheduler.tick()).resolves.toBeNull();
    expect(onError).toHaveBeenCalledWith(new Error('disk full'));
    expect(scheduler.dirty).toBe(true);
  });
});

describe('library changes', () => {
  const tables = ['documents', 'claims', 'sources', 'evidence', 'scales'];

  it.each([
    [{ 'idb://factcheck-desk/claims/': [] }, true],
    [{ 'idb://factcheck-desk/documents/textHash': [] }, true],
    [{ 'idb://factcheck-desk/settings/': [] }, false],
    [{ 'idb://another-db/claims/': [] }, false],
    [{ 'idb://factcheck-desk/claimsx/': [] }, false],
    [{}, false],
  ])('%j touches the library: %s', (parts, expected) => {
    expect(touchesLibrary(parts as never, 'factcheck-desk', tables)).toBe(expected);
  });
});

describe('persistent storage', () => {
  const cases: Array<[string, PersistableStorage | undefined, PersistenceStatus]> = [
    ['already persistent', { persisted: async () => true, persist: async () => false }, 'granted'],
    ['granted on request', { persisted: async () => false, persist: async () => true }, 'granted'],
    ['refused', { persisted: async () => false, persist: async () => false }, 'denied'],
    ['failing', { persisted: () => Promise.reject(new Error('no')), persist: async () => true }, 'denied'],
    ['missing', undefined, 'unsupported'],
    ['without persist()', { persisted: async () => false }, 'unsupported'],
  ];

  it.each(cases)('is %s', async (_name, storage, expected) => {
    await expect(requestPersistentStorage(storage)).resolves.toBe(expected);
  });

  it('tells the analyst what each state means', () => {
    expect(describePersistence('granted')).toMatch(/will not clear the library/);
    expect(describePersistence('denied')).toMatch(/may clear the library/);
  });
});
