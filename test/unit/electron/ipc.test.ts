// The IPC handlers as the renderer meets them: who may call, which arguments pass, and what opening and saving files do on disk.
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../../shared/ipc/contract';
import type { FileDialogs, FileSystem } from '../../../electron/main/file-dialogs';
import { MAX_FILE_BYTES } from '../../../electron/main/file-dialogs';
import type { InvokeEvent, InvokeListener } from '../../../electron/main/ipc';
import { createInvokeHandlers, registerInvokeHandlers } from '../../../electron/main/ipc';

const APP_PAGE: InvokeEvent = { senderFrame: { url: 'app://factcheck/index.html' } };

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'factcheck-ipc-'));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A fake ipcMain that keeps the registered handlers so a test can call them like the renderer would. */
function setUp(options: { devServerUrl?: string | null; dialogs?: Partial<FileDialogs>; fs?: FileSystem } = {}) {
  const registered = new Map<string, InvokeListener>();
  const dialogs: FileDialogs = {
    showOpenDialog: vi.fn().mockResolvedValue({ canceled: true, filePaths: [] }),
    showSaveDialog: vi.fn().mockResolvedValue({ canceled: true, filePath: '' }),
    ...options.dialogs,
  };
  const openExternal = vi.fn<(url: string) => Promise<void>>().mockResolvedValue(undefined);
  const handlers = createInvokeHandlers({
    dialogs,
    fs: options.fs ?? fs,
    shell: { openExternal },
    appInfo: () => ({ version: '1.2.3', platform: 'linux' }),
  });
  registerInvokeHandlers({ handle: (channel, listener) => registered.set(channel, listener) }, handlers, options.devServerUrl ?? null);
  const invoke = (channel: string, event: InvokeEvent, ...args: unknown[]): Promise<unknown> => {
    const listener = registered.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { registered, dialogs, openExternal, invoke };
}

function chooseFile(filePath: string): Partial<FileDialogs> {
  return { showOpenDialog: vi.fn().mockResolvedValue({ canceled: false, filePaths: [filePath] }) };
}

describe('registerInvokeHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    expect([...setUp().registered.keys()].sort()).toEqual(Object.keys(invokeChannels).sort());
  });

  const wrongSenders: Array<[string, InvokeEvent]> = [
    ['a remote page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/index.html' } }],
    ['another app host', { senderFrame: { url: 'app://evil/index.html' } }],
    ['a dev server page when none is configured', { senderFrame: { url: 'http://localhost:5173/' } }],
    ['an about:blank frame', { senderFrame: { url: 'about:blank' } }],
    ['a destroyed frame', { senderFrame: null }],
  ];

  describe.each(Object.keys(invokeChannels))('%s', (channel) => {
    it.each(wrongSenders)('refuses calls from %s', async (_name, event) => {
      await expect(setUp().invoke(channel, event, {})).rejects.toThrow(/did not come from a Factcheck Desk page/);
    });

    it.each([
      ['no argument', []],
      ['two arguments', [{}, {}]],
      ['a string', ['article']],
      ['null', [null]],
      ['an array', [[]]],
      ['unknown keys', [{ purpose: 'article', suggestedName: 'a', content: '', url: 'https://e.x', extra: true }]],
    ])('refuses %s', async (_name, args) => {
      await expect(setUp().invoke(channel, APP_PAGE, ...args)).rejects.toThrow(/argument/i);
    });
  });

  it('accepts calls from the dev server page when one is configured', async () => {
    const { invoke } = setUp({ devServerUrl: 'http://localhost:5173/' });
    await expect(invoke('factcheck:app:info', { senderFrame: { url: 'http://localhost:5173/' } }, {})).resolves.toEqual({
      version: '1.2.3',
      platform: 'linux',
    });
  });

  it.each([
    ['an unknown purpose', 'factcheck:file:open', { purpose: 'executable' }],
    ['a missing purpose', 'factcheck:file:open', {}],
    ['an empty suggested name', 'factcheck:file:save', { purpose: 'bundle', suggestedName: '', content: '{}' }],
    ['content that is not text', 'factcheck:file:save', { purpose: 'bundle', suggestedName: 'a.json', content: 42 }],
    ['a URL that is not a string', 'factcheck:shell:open-external', { url: ['https://example.com'] }],
    ['a prototype-polluting key', 'factcheck:app:info', JSON.parse('{"__proto__": {"polluted": true}}')],
  ])('rejects %s with a message naming the channel', async (_name, channel, args) => {
    await expect(setUp().invoke(channel, APP_PAGE, args)).rejects.toThrow(`Invalid arguments for ${channel}`);
  });
});

describe('factcheck:app:info', () => {
  it('answers the version and platform', async () => {
    await expect(setUp().invoke('factcheck:app:info', APP_PAGE, {})).resolves.toEqual({ version: '1.2.3', platform: 'linux' });
  });
});

describe('factcheck:shell:open-external', () => {
  it('opens a safe link in the browser and answers true', async () => {
    const { invoke, openExternal } = setUp();
    await expect(invoke('factcheck:shell:open-external', APP_PAGE, { url: 'https://example.com/story' })).resolves.toBe(true);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/story');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@example.com/', 'ms-msdt:/id x', ' https://example.com'])(
    'answers false for %s and opens nothing',
    async (url) => {
      const { invoke, openExternal } = setUp();
      await expect(invoke('factcheck:shell:open-external', APP_PAGE, { url })).resolves.toBe(false);
      expect(openExternal).not.toHaveBeenCalled();
    },
  );
});

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
      expect.objectContaining({ filters: [expect.objectContaining({ extensions: ['txt', 'md', 'markdown', 'html', 'htm'] })] }),
    );
  });

  it('offers JSON bundles when importing a bundle', async () => {
    const filePath = path.join(dir, 'team.factcheck.json');
    await fs.writeFile(filePath, '{"format":"factcheck-bundle"}', 'utf8');
    const { invoke, dialogs } = setUp({ dialogs: chooseFile(filePath) });
    await expect(invoke('factcheck:file:open', APP_PAGE, { purpose: 'bundle' })).resolves.toMatchObject({ name: 'team.factcheck.json' });
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
    await expect(invoke('factcheck:file:open', APP_PAGE, { purpose })).rejects.toThrow(`"huge-${purpose}.txt" ${message}`);
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
    await expect(invoke('factcheck:file:open', APP_PAGE, { purpose: 'article' })).rejects.toThrow('"latin1.txt" is not UTF-8 text');
  });

  it('refuses a folder', async () => {
    const { invoke } = setUp({ dialogs: chooseFile(dir) });
    await expect(invoke('factcheck:file:open', APP_PAGE, { purpose: 'article' })).rejects.toThrow('is not a regular file');
  });

  it('explains a file that vanished after it was chosen', async () => {
    const { invoke } = setUp({ dialogs: chooseFile(path.join(dir, 'gone.txt')) });
    await expect(invoke('factcheck:file:open', APP_PAGE, { purpose: 'article' })).rejects.toThrow('Could not open "gone.txt"');
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
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'export.factcheck.json' }));
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
      invoke('factcheck:file:save', APP_PAGE, { purpose: 'article', suggestedName: 'a.txt', content: 'x' }),
    ).resolves.toBeNull();
    expect(await fs.readdir(dir)).toEqual(before);
  });

  it.each([
    ['../../etc/passwd', '-..-etc-passwd'],
    ['C:\\Windows\\evil.json', 'C--Windows-evil.json'],
    ['.hidden', 'hidden'],
    ['...', 'untitled'],
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
