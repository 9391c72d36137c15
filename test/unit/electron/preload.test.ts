// The preload's bridge as the renderer sees it: exactly the contract's functions, each invoking its own channel.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge, MenuCommand } from '../../../shared/ipc/contract';
import { BRIDGE_GLOBAL, MENU_COMMAND_CHANNEL } from '../../../shared/ipc/contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  return {
    listeners,
    exposed: [] as Array<[string, unknown]>,
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args })),
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
    expect(Object.keys(bridge).sort()).toEqual(['appInfo', 'onMenuCommand', 'openExternal', 'openFile', 'saveFile']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it.each([
    ['openFile', 'factcheck:file:open', { purpose: 'article' }],
    ['saveFile', 'factcheck:file:save', { purpose: 'bundle', suggestedName: 'a.factcheck.json', content: '{}' }],
    ['openExternal', 'factcheck:shell:open-external', { url: 'https://example.com/' }],
  ] as const)('%s invokes %s with its one argument object', async (name, channel, args) => {
    const call = bridge[name] as (args: unknown) => Promise<unknown>;
    await expect(call(args)).resolves.toEqual({ channel, args: [args] });
  });

  it('appInfo invokes factcheck:app:info with an empty argument object', async () => {
    await expect(bridge.appInfo()).resolves.toEqual({ channel: 'factcheck:app:info', args: [{}] });
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

  it.each([['delete-everything'], [42], [null], [{ command: 'open-article' }], [['open-article']]])(
    'drops the unknown menu command %j',
    (value) => {
      const listener = vi.fn();
      const unsubscribe = bridge.onMenuCommand(listener);
      emit(MENU_COMMAND_CHANNEL, value);
      unsubscribe();
      expect(listener).not.toHaveBeenCalled();
    },
  );
});
