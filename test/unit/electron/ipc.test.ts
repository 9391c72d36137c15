// The IPC handlers as the renderer meets them: who may call, which arguments pass, the app and shell channels, backups and opened files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeArgSchemas } from '../../../shared/ipc/schemas';
import type { InvokeEvent } from '../../../electron/main/ipc';
import { APP_PAGE, makeTestFolder, removeTestFolder, setUpIpc } from './ipc-harness';
import type { HarnessOptions } from './ipc-harness';

let dir: string;

beforeAll(async () => {
  dir = await makeTestFolder();
});

afterAll(async () => {
  await removeTestFolder(dir);
});

const setUp = (options: Omit<HarnessOptions, 'dir'> = {}) => setUpIpc({ dir, ...options });

describe('registerInvokeHandlers', () => {
  it('registers exactly the channels of the contract', () => {
    expect([...setUp().registered.keys()].sort()).toEqual(Object.keys(invokeArgSchemas).sort());
  });

  const wrongSenders: Array<[string, InvokeEvent]> = [
    ['a remote page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/index.html' } }],
    ['another app host', { senderFrame: { url: 'app://evil/index.html' } }],
    ['a dev server page when none is configured', { senderFrame: { url: 'http://localhost:5173/' } }],
    ['an about:blank frame', { senderFrame: { url: 'about:blank' } }],
    ['a destroyed frame', { senderFrame: null }],
  ];

  describe.each(Object.keys(invokeArgSchemas))('%s', (channel) => {
    it.each(wrongSenders)('refuses calls from %s', async (_name, event) => {
      await expect(setUp().invoke(channel, event, {})).rejects.toThrow(/did not come from a Factcheck Desk page/);
    });

    it.each([
      ['no argument', []],
      ['two arguments', [{}, {}]],
      ['a string', ['article']],
      ['null', [null]],
      ['an array', [[]]],
      [
        'unknown keys',
        [
          {
            purpose: 'article',
            suggestedName: 'a',
            content: '{}',
            url: 'https://e.x',
            reason: 'manual',
            id: 'x',
            extra: true,
          },
        ],
      ],
    ])('refuses %s', async (_name, args) => {
      await expect(setUp().invoke(channel, APP_PAGE, ...args)).rejects.toThrow(/argument/i);
    });
  });

  it('accepts calls from the dev server page when one is configured', async () => {
    const { invoke } = setUp({ devServerUrl: 'http://localhost:5173/' });
    await expect(invoke('factcheck:app:info', { senderFrame: { url: 'http://localhost:5173/' } }, {})).resolves.toEqual(
      {
        version: '1.2.3',
        platform: 'linux',
      },
    );
  });

  it.each([
    ['an unknown purpose', 'factcheck:file:open', { purpose: 'executable' }],
    ['a missing purpose', 'factcheck:file:open', {}],
    ['an empty suggested name', 'factcheck:file:save', { purpose: 'bundle', suggestedName: '', content: '{}' }],
    ['content that is not text', 'factcheck:file:save', { purpose: 'bundle', suggestedName: 'a.json', content: 42 }],
    ['a URL that is not a string', 'factcheck:shell:open-external', { url: ['https://example.com'] }],
    ['a prototype-polluting key', 'factcheck:app:info', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['a backup that is not text', 'factcheck:backup:write', { content: { documents: [] }, reason: 'change' }],
    ['an empty backup', 'factcheck:backup:write', { content: '', reason: 'change' }],
    ['an unknown backup reason', 'factcheck:backup:write', { content: '{}', reason: 'because' }],
    ['a backup id that climbs out of the folder', 'factcheck:backup:read', { id: '../window-state.json' }],
    ['a backup id with a path', 'factcheck:backup:read', { id: 'sub/backup-20250101T000000000Z.factcheck.json' }],
    ['a backup id of another file', 'factcheck:backup:read', { id: 'Local Storage' }],
    [
      'a PDF through the text save channel',
      'factcheck:file:save',
      { purpose: 'pdf', suggestedName: 'a.pdf', content: '%PDF-' },
    ],
    [
      'an article through the save channel',
      'factcheck:file:save',
      { purpose: 'article', suggestedName: 'a.txt', content: 'x' },
    ],
    ['a save purpose to the open dialog', 'factcheck:file:open', { purpose: 'csv' }],
    ['arguments to take-opened', 'factcheck:file:take-opened', { all: true }],
    ['arguments to flushed', 'factcheck:backup:flushed', { done: true }],
  ])('rejects %s with a message naming the channel', async (_name, channel, args) => {
    await expect(setUp().invoke(channel, APP_PAGE, args)).rejects.toThrow(`Invalid arguments for ${channel}`);
  });
});

describe('factcheck:app:info', () => {
  it('answers the version and platform', async () => {
    await expect(setUp().invoke('factcheck:app:info', APP_PAGE, {})).resolves.toEqual({
      version: '1.2.3',
      platform: 'linux',
    });
  });
});

describe('factcheck:shell:open-external', () => {
  it('opens a safe link in the browser and answers true', async () => {
    const { invoke, openExternal } = setUp();
    await expect(invoke('factcheck:shell:open-external', APP_PAGE, { url: 'https://example.com/story' })).resolves.toBe(
      true,
    );
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/story');
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'https://user:pw@example.com/',
    'ms-msdt:/id x',
    ' https://example.com',
  ])('answers false for %s and opens nothing', async (url) => {
    const { invoke, openExternal } = setUp();
    await expect(invoke('factcheck:shell:open-external', APP_PAGE, { url })).resolves.toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('the open-file and backup channels', () => {
  it('factcheck:file:take-opened hands over what the queue holds', async () => {
    const { invoke, takeOpened } = setUp();
    takeOpened.mockResolvedValueOnce([{ ok: false, name: 'a.json', message: 'gone' }]);
    await expect(invoke('factcheck:file:take-opened', APP_PAGE, {})).resolves.toEqual([
      { ok: false, name: 'a.json', message: 'gone' },
    ]);
  });

  it('writes, lists and reads back a backup in the backups folder', async () => {
    const { invoke } = setUp();
    const written = (await invoke('factcheck:backup:write', APP_PAGE, {
      content: '{"format":"factcheck-bundle"}',
      reason: 'manual',
    })) as { id: string };
    expect(written.id).toMatch(/^backup-\d{8}T\d{9}Z\.factcheck\.json$/);
    await expect(invoke('factcheck:backup:list', APP_PAGE, {})).resolves.toContainEqual(
      expect.objectContaining({ id: written.id, byteLength: 29 }),
    );
    await expect(invoke('factcheck:backup:read', APP_PAGE, { id: written.id })).resolves.toEqual({
      name: written.id,
      content: '{"format":"factcheck-bundle"}',
      byteLength: 29,
    });
  });

  it('explains a backup that does not exist', async () => {
    await expect(
      setUp().invoke('factcheck:backup:read', APP_PAGE, { id: 'backup-19990101T000000000Z.factcheck.json' }),
    ).rejects.toThrow('Could not open "backup-19990101T000000000Z.factcheck.json"');
  });

  it('factcheck:backup:flushed tells the close guard', async () => {
    const { invoke, backupFlushed } = setUp();
    await expect(invoke('factcheck:backup:flushed', APP_PAGE, {})).resolves.toBeNull();
    expect(backupFlushed).toHaveBeenCalledOnce();
  });
});
