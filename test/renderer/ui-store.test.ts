// The one UI store: the slices that the import, interop and backups features keep there behave as their screens need.
import { beforeEach, describe, expect, it } from 'vitest';
import type { VersionQuestion } from '../../shared';
import { useUiStore } from '../../renderer/store/ui-store';

const initial = useUiStore.getState();

function question(incomingId: string): VersionQuestion {
  return { incomingId, title: `Article ${incomingId}`, claimCount: 1, candidates: [] };
}

beforeEach(() => useUiStore.setState(initial, true));

describe('the version question of a bundle import', () => {
  it('waits for the analyst and passes on the answer, then shows no question', async () => {
    const answered = useUiStore.getState().askVersions('team.factcheck.json', [question('a')]);
    expect(useUiStore.getState().versionQuestion).toMatchObject({ file: 'team.factcheck.json' });
    useUiStore.getState().answerVersions([['a', 'library-doc']]);
    await expect(answered).resolves.toEqual([['a', 'library-doc']]);
    expect(useUiStore.getState().versionQuestion).toBeNull();
  });

  it('cancels a question still waiting when another import asks', async () => {
    const first = useUiStore.getState().askVersions('first.factcheck.json', [question('a')]);
    const second = useUiStore.getState().askVersions('second.factcheck.json', [question('b')]);
    await expect(first).resolves.toBeNull();
    expect(useUiStore.getState().versionQuestion?.file).toBe('second.factcheck.json');
    useUiStore.getState().answerVersions(null);
    await expect(second).resolves.toBeNull();
  });
});

describe('the progress of a bundle import', () => {
  it('starts at reading, follows each stage and is gone when finished', () => {
    const store = useUiStore.getState();
    store.startImport('team.factcheck.json');
    expect(useUiStore.getState().importing).toEqual({
      file: 'team.factcheck.json',
      progress: { stage: 'parsing', fraction: 0 },
    });
    store.updateImport({ stage: 'merging', fraction: 0.75 });
    expect(useUiStore.getState().importing?.progress).toEqual({ stage: 'merging', fraction: 0.75 });
    store.finishImport();
    store.updateImport({ stage: 'saving', fraction: 0.85 });
    expect(useUiStore.getState().importing).toBeNull();
  });
});

describe('the backups slice', () => {
  it('keeps what it learned about persistence when a backup is written, and clears an old error', () => {
    const store = useUiStore.getState();
    store.updateBackupStatus({ persistence: 'granted', lastError: 'disk full' });
    const entry = {
      id: 'backup-20250101T000000000Z.factcheck.json',
      createdAt: '2025-01-01T00:00:00.000Z',
      byteLength: 2,
    };
    store.updateBackupStatus({ lastBackup: entry, lastError: null });
    expect(useUiStore.getState().backupStatus).toEqual({ persistence: 'granted', lastBackup: entry, lastError: null });
  });
});

describe('one store for every slice', () => {
  it('opening another document clears the filters and the undo history but keeps dialogs and imports', () => {
    const store = useUiStore.getState();
    store.setFilters({ search: 'budget' });
    store.record({ label: 'Change verdict', undo: async () => undefined, redo: async () => undefined });
    store.setBackupsOpen(true);
    store.startImport('team.factcheck.json');
    store.openDocument('doc-2');
    const after = useUiStore.getState();
    expect(after.filters.search).toBe('');
    expect(after.history.past).toEqual([]);
    expect(after.backupsOpen).toBe(true);
    expect(after.importing?.file).toBe('team.factcheck.json');
  });
});
