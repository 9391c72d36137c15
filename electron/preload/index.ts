// The sandboxed preload: exposes the DesktopBridge of the IPC contract as window.factcheck, and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import type {
  BRIDGE_GLOBAL,
  DesktopBridge,
  InvokeChannel,
  MENU_COMMAND_CHANNEL,
  MenuCommand,
  menuCommands,
} from '../../shared/ipc/contract';

// The contract's constants are restated as literals so the preload bundle pulls in no schema code;
// each is typed by the contract's own constant, so a rename there fails to compile here.
const bridgeGlobal: typeof BRIDGE_GLOBAL = 'factcheck';
const menuCommandChannel: typeof MENU_COMMAND_CHANNEL = 'factcheck:menu:command';
const knownMenuCommands: typeof menuCommands = ['open-article', 'import-bundle', 'export-bundle'];

const channels = {
  openFile: 'factcheck:file:open',
  saveFile: 'factcheck:file:save',
  openExternal: 'factcheck:shell:open-external',
  appInfo: 'factcheck:app:info',
} as const satisfies Record<Exclude<keyof DesktopBridge, 'onMenuCommand'>, InvokeChannel>;

// Compile-time check that every contract channel has a bridge function.
type UnbridgedChannel = Exclude<InvokeChannel, (typeof channels)[keyof typeof channels]>;
const everyChannelBridged: [UnbridgedChannel] extends [never] ? true : UnbridgedChannel = true;
void everyChannelBridged;

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (knownMenuCommands as readonly string[]).includes(value);
}

/** Named functions only: the renderer never sees ipcRenderer, events or channel names. */
const bridge: DesktopBridge = {
  openFile: (args) => ipcRenderer.invoke(channels.openFile, args),
  saveFile: (args) => ipcRenderer.invoke(channels.saveFile, args),
  openExternal: (args) => ipcRenderer.invoke(channels.openExternal, args),
  appInfo: () => ipcRenderer.invoke(channels.appInfo, {}),
  onMenuCommand: (listener) => {
    const forward = (_event: unknown, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(menuCommandChannel, forward);
    return () => {
      ipcRenderer.removeListener(menuCommandChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld(bridgeGlobal, bridge);
