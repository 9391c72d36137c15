// The file channels on a real disk: what opening and saving files do, their caps and refusals, and the recent-documents list.
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FileDialogs } from '../../../electron/main/file-dialogs';
import { MAX_FILE_BYTES } from '../../../electron/main/file-dialogs';
import { APP_PAGE, chooseFile, makeTestFolder, removeTestFolder, setUpIpc } from './ipc-harness';
import type { HarnessOptions } from './ipc-harness';

let dir: string;

beforeAll(async () => {
  dir = await makeTestFolder();
});

afterAll(async () => {
  await removeTestFolder(dir);
});

const setUp = (options: Omit<HarnessOptions, 'dir'> = {}) => setUpIpc({ dir, ...options });

describe('factcheck:file:open', () => {
  it('returns the name, text and size of the chosen article', async () => {
    const filePath = path.join(dir, 'story.md');
    await fs.writeFile(filePath, '# Claim\nThe mayor said “crime fell 20%”.\n', 'utf8');
    const { invoke, dialogs } = setUp({ dialogs: chooseFile(filePath) });
    const opened = await invoke('factcheck:file:open', APP_PAGE, { purpose: 'article' });
    expect(opened).toEqual({
      name: 'story.md',
      content: '# Claim\nThe mayor said “crime fell 20%”.\n',
      byteLength: (await fs.stat(filePath)).size,
    });
    expect(dialogs.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        filters: [expect.objectContaining({ extensions: ['txt', 'md', 'markdown', 'html', 'htm'] })],
      }),
    );
  });

  it('offers JSON bundles when importing a bundle', async () => {
    const filePath = path.join(dir, 'team.factcheck.json');
    await fs.writeFile(filePath, '{"format":"factcheck-bundle"}', 'utf8');
    const { invoke, dialogs } = setUp({ dialogs: chooseFile(filePath) });
    await expect(invoke('factcheck:file:open', APP_PAGE, { purpose: 'bundle' })).resolves.toMatchObject({
      name: 'team.factcheck.json',
    });
    expect(dialogs.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [expect.objectContaining({ extensions: ['json'] })] }),
    );
  });

  it('returns null when the user cancels', async () => {
    await expect(setUp().invoke('factcheck:file:open', APP_PAGE, { purpose: 'article' })).resolves.toBeNull();
  });

  it.each([
    ['article', MAX_FILE_BYTES.article, 'is 50.1 MB; Factcheck Desk opens article files up to 50 MB.'],
    ['bundle', MAX_FILE_BYTES.bundle, 'is 200.1 MB; Factcheck Desk opens bundle files up to 200 MB.'],
  ] as const)('refuses a file one byte over the %s cap without reading it', async (purpose, cap, message) => {
    const filePath = path.join(dir, `huge-${purpose}.txt`);
    const handle = await fs.open(filePath, 'w');
    await handle.truncate(cap + 1); // sparse: the size is real, the disk use is not
    await handle.close();
    const readFile = vi.fn((filePath: string) => fs.readFile(filePath));
    const { invoke } = setUp({ dialogs: chooseFile(filePath), fs: { ...fs, readFile } });
    await expect(invoke('factcheck:file:open', APP_PAGE, { purpose })).rejects.toThrow(
      `"huge-${purpose}.txt" ${message}`,
    );
    expect(readFile).not.toHaveBeenCalled();
  });

  it('refuses a file that grew past the cap after its size was checked', async () => {
    const filePath = path.join(dir, 'growing.txt');
    await fs.writeFile(filePath, 'small');
    const readFile = vi.fn(async (_filePath: string) => new Uint8Array(MAX_FILE_BYTES.article + 1));
    const { invoke } = setUp({ dialogs: chooseFile(filePath), fs: { ...fs, readFile } });
    await expect(invoke('factcheck:file:open', APP_PAGE, { purpose: 'article' })).rejects.toThrow('up to 50 MB');
  });

  it('accepts an article exactly at the cap', async () => {
    const filePath = path.join(dir, 'at-cap.txt');
    await fs.writeFile(filePath, 'a'.repeat(MAX_FILE_BYTES.article));
    const { invoke } = setUp({ dialogs: chooseFile(filePath) });
    await expect(invoke('factcheck:file:open', APP_PAGE, { purpose: 'article' })).resolves.toMatchObject({
      byteLength: MAX_FILE_BYTES.article,
    });
  });

  it('refuses text that is not UTF-8', async () => {
    const filePath = path.join(dir, 'latin1.txt');
    await fs.writeFile(filePath, Buffer.from([0x63, 0x61, 0x66, 0xe9])); // "café" in Latin-1
    const { invoke } = setUp({ dialogs: chooseFile(filePath) });
    await expect(invoke('factcheck:file:open', APP_PAGE, { purpose: 'article' })).rejects.toThrow(
      '"latin1.txt" is not UTF-8 text',
    );
  });

  it('refuses a folder', async () => {
    const { invoke } = setUp({ dialogs: chooseFile(dir) });
    await expect(invoke('factcheck:file:open', APP_PAGE, { purpose: 'article' })).rejects.toThrow(
      'is not a regular file',
    );
  });

  it('explains a file that vanished after it was chosen', async () => {
    const { invoke } = setUp({ dialogs: chooseFile(path.join(dir, 'gone.txt')) });
    await expect(invoke('factcheck:file:open', APP_PAGE, { purpose: 'article' })).rejects.toThrow(
      'Could not open "gone.txt"',
    );
  });
});

describe('factcheck:file:save', () => {
  function saveTo(filePath: string): Partial<FileDialogs> {
    return { showSaveDialog: vi.fn().mockResolvedValue({ canceled: false, filePath }) };
  }

  it('writes the text where the user chose and returns the file name', async () => {
    const filePath = path.join(dir, 'export.factcheck.json');
    const { invoke, dialogs } = setUp({ dialogs: saveTo(filePath) });
    const saved = await invoke('factcheck:file:save', APP_PAGE, {
      purpose: 'bundle',
      suggestedName: 'export.factcheck.json',
      content: '{"claims":["ü"]}',
    });
    expect(saved).toEqual({ name: 'export.factcheck.json' });
    expect(await fs.readFile(filePath, 'utf8')).toBe('{"claims":["ü"]}');
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: 'export.factcheck.json' }),
    );
  });

  it('replaces an existing file whole and leaves no temporary file behind', async () => {
    const filePath = path.join(dir, 'replace-me.json');
    await fs.writeFile(filePath, 'old content that is longer than the new one');
    const { invoke } = setUp({ dialogs: saveTo(filePath) });
    await invoke('factcheck:file:save', APP_PAGE, { purpose: 'bundle', suggestedName: 'x.json', content: 'new' });
    expect(await fs.readFile(filePath, 'utf8')).toBe('new');
    expect((await fs.readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('returns null and writes nothing when the user cancels', async () => {
    const before = await fs.readdir(dir);
    const { invoke } = setUp();
    await expect(
      invoke('factcheck:file:save', APP_PAGE, { purpose: 'csv', suggestedName: 'a.csv', content: 'x' }),
    ).resolves.toBeNull();
    expect(await fs.readdir(dir)).toEqual(before);
  });

  it.each([
    ['../../etc/passwd', '-..-etc-passwd.factcheck.json'],
    ['C:\\Windows\\evil.json', 'C--Windows-evil.json'],
    ['.hidden', 'hidden.factcheck.json'],
    ['...', 'untitled.factcheck.json'],
    ['report\u0000.json', 'report-.json'],
  ])('suggests %s to the dialog only as the bare name %s', async (suggestedName, defaultPath) => {
    const { invoke, dialogs } = setUp();
    await invoke('factcheck:file:save', APP_PAGE, { purpose: 'bundle', suggestedName, content: '{}' });
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath }));
  });

  it('explains a save that fails', async () => {
    const filePath = path.join(dir, 'missing-folder', 'out.json');
    const { invoke } = setUp({ dialogs: saveTo(filePath) });
    await expect(
      invoke('factcheck:file:save', APP_PAGE, { purpose: 'bundle', suggestedName: 'out.json', content: '{}' }),
    ).rejects.toThrow('Could not save "out.json"');
  });
});

describe('recent documents', () => {
  it('adds a bundle that was imported or exported, never an article', async () => {
    const bundlePath = path.join(dir, 'recent.factcheck.json');
    await fs.writeFile(bundlePath, '{}');
    const opened = setUp({ dialogs: chooseFile(bundlePath) });
    await opened.invoke('factcheck:file:open', APP_PAGE, { purpose: 'bundle' });
    expect(opened.recentDocuments.add).toHaveBeenCalledExactlyOnceWith(bundlePath);

    const article = setUp({ dialogs: chooseFile(bundlePath) });
    await article.invoke('factcheck:file:open', APP_PAGE, { purpose: 'article' });
    expect(article.recentDocuments.add).not.toHaveBeenCalled();

    const savedPath = path.join(dir, 'saved.factcheck.json');
    const saved = setUp({
      dialogs: { showSaveDialog: vi.fn().mockResolvedValue({ canceled: false, filePath: savedPath }) },
    });
    await saved.invoke('factcheck:file:save', APP_PAGE, {
      purpose: 'bundle',
      suggestedName: 'saved.factcheck.json',
      content: '{}',
    });
    expect(saved.recentDocuments.add).toHaveBeenCalledExactlyOnceWith(savedPath);
  });
});
