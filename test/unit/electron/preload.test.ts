// The preload's bridge as the renderer sees it: exactly the contract's functions, each invoking its own channel.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge, MenuCommand, OpenedFileEvent } from '../../../shared/ipc/channels';
import { invokeArgSchemas } from '../../../shared/ipc/schemas';
import {
  BACKUP_FLUSH_CHANNEL,
  BRIDGE_GLOBAL,
  FILE_OPENED_CHANNEL,
  MENU_COMMAND_CHANNEL,
  menuCommands,
} from '../../../shared/ipc/channels';

type Listener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  return {
    listeners,
    exposed: [] as Array<[string, unknown]>,
    invoke: vi.fn(async (channel: string, ...args: unknown[]): Promise<unknown> => ({ channel, args })),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.push([key, api]),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: Listener) => {
      const set = electron.listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: Listener) => {
      electron.listeners.get(channel)?.delete(listener);
    },
  },
}));

function emit(channel: string, ...args: unknown[]): void {
  for (const listener of electron.listeners.get(channel) ?? []) listener({ sender: 'ipc internals' }, ...args);
}

let bridge: DesktopBridge;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = electron.exposed[0]?.[1] as DesktopBridge;
});

describe('the preload bridge', () => {
  it('is exposed once, as window.factcheck', () => {
    expect(electron.exposed.map(([key]) => key)).toEqual([BRIDGE_GLOBAL]);
  });

  it('holds exactly the named functions of the contract and no ipcRenderer', () => {
    expect(Object.keys(bridge).sort()).toEqual([
      'appInfo',
      'listBackups',
      'onBackupFlushRequest',
      'onFileOpened',
      'onMenuCommand',
      'openExternal',
      'openFile',
      'readBackup',
      'saveFile',
      'saveReportPdf',
      'writeBackup',
    ]);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it.each([
    ['openFile', 'factcheck:file:open', { purpose: 'article' }],
    ['saveFile', 'factcheck:file:save', { purpose: 'bundle', suggestedName: 'a.factcheck.json', content: '{}' }],
    ['openExternal', 'factcheck:shell:open-external', { url: 'https://example.com/' }],
    ['writeBackup', 'factcheck:backup:write', { content: '{}', reason: 'change' }],
    ['readBackup', 'factcheck:backup:read', { id: 'backup-20250101T000000000Z.factcheck.json' }],
    ['saveReportPdf', 'factcheck:report:save-pdf', { suggestedName: 'report', html: '<p>report</p>' }],
  ] as const)('%s invokes %s with its one argument object', async (name, channel, args) => {
    const call = bridge[name] as (args: unknown) => Promise<unknown>;
    await expect(call(args)).resolves.toEqual({ channel, args: [args] });
  });

  it.each([
    ['appInfo', 'factcheck:app:info'],
    ['listBackups', 'factcheck:backup:list'],
  ] as const)('%s invokes %s with an empty argument object', async (name, channel) => {
    await expect(bridge[name]()).resolves.toEqual({ channel, args: [{}] });
  });

  it('only ever invokes channels of the contract', () => {
    for (const [channel] of electron.invoke.mock.calls) expect(Object.keys(invokeArgSchemas)).toContain(channel);
  });

  it('forwards known menu commands, without the IPC event, until unsubscribed', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = bridge.onMenuCommand((command) => received.push(command));
    emit(MENU_COMMAND_CHANNEL, 'open-article');
    emit(MENU_COMMAND_CHANNEL, 'export-bundle');
    unsubscribe();
    emit(MENU_COMMAND_CHANNEL, 'import-bundle');
    expect(received).toEqual(['open-article', 'export-bundle']);
    expect(electron.listeners.get(MENU_COMMAND_CHANNEL)?.size).toBe(0);
  });

  it('forwards every command of the contract, and only those (its own list matches the contract)', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = bridge.onMenuCommand((command) => received.push(command));
    for (const command of menuCommands) emit(MENU_COMMAND_CHANNEL, command);
    emit(MENU_COMMAND_CHANNEL, 'export-exe');
    unsubscribe();
    expect(received).toEqual([...menuCommands]);
  });

  it.each([
    ['delete-everything'],
    ['EXPORT-PDF'],
    [' export-pdf'],
    [42],
    [null],
    [{ command: 'open-article' }],
    [['open-article']],
  ])('drops the unknown menu command %j', (value) => {
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    emit(MENU_COMMAND_CHANNEL, value);
    unsubscribe();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('files the OS opened', () => {
  afterEach(() => {
    electron.invoke.mockImplementation(async (channel: string, ...args: unknown[]) => ({ channel, args }));
  });

  const opened: OpenedFileEvent = { ok: true, file: { name: 'a.factcheck.json', content: '{}', byteLength: 2 } };

  it('takes the files that arrived before the subscription, then each time the main process says more are waiting', async () => {
    electron.invoke.mockImplementation(async (channel: string) =>
      channel === 'factcheck:file:take-opened' ? [opened] : null,
    );
    const received: OpenedFileEvent[] = [];
    const unsubscribe = bridge.onFileOpened((event) => received.push(event));
    await vi.waitFor(() => expect(received).toHaveLength(1));
    emit(FILE_OPENED_CHANNEL);
    await vi.waitFor(() => expect(received).toHaveLength(2));
    unsubscribe();
    emit(FILE_OPENED_CHANNEL);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received).toEqual([opened, opened]);
    expect(electron.listeners.get(FILE_OPENED_CHANNEL)?.size).toBe(0);
  });

  it('drops anything that is not an opened-file event', async () => {
    const junk = [
      null,
      'a.json',
      { ok: true },
      { ok: true, file: { name: 1, content: '' } },
      { ok: false, name: 'x' },
      { ok: 'yes', file: opened.file },
    ];
    electron.invoke.mockImplementation(async (channel: string) =>
      channel === 'factcheck:file:take-opened' ? [...junk, opened] : null,
    );
    const listener = vi.fn();
    const unsubscribe = bridge.onFileOpened(listener);
    await vi.waitFor(() => expect(listener).toHaveBeenCalled());
    unsubscribe();
    expect(listener.mock.calls).toEqual([[opened]]);
  });
});

describe('the last backup before closing', () => {
  function flushedCalls(): number {
    return electron.invoke.mock.calls.filter(([channel]) => channel === 'factcheck:backup:flushed').length;
  }

  it('answers the main process at once when nobody registered a backup', async () => {
    electron.invoke.mockClear();
    emit(BACKUP_FLUSH_CHANNEL);
    await vi.waitFor(() => expect(flushedCalls()).toBe(1));
  });

  it('answers only after the registered backup finished, even when it failed', async () => {
    electron.invoke.mockClear();
    let finish: () => void = () => undefined;
    const unregister = bridge.onBackupFlushRequest(
      () => new Promise<void>((_resolve, reject) => (finish = () => reject(new Error('disk full')))),
    );
    emit(BACKUP_FLUSH_CHANNEL);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(flushedCalls()).toBe(0);
    finish();
    await vi.waitFor(() => expect(flushedCalls()).toBe(1));
    unregister();
  });
});
