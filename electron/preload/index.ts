// The sandboxed preload: exposes the DesktopBridge of the IPC contract as window.factcheck, and nothing else.
// It bundles the contract's names (shared/ipc/channels.ts, no schema code); electron is its only require.
import { contextBridge, ipcRenderer } from 'electron';
import {
  BACKUP_FLUSH_CHANNEL,
  BRIDGE_GLOBAL,
  FILE_OPENED_CHANNEL,
  MENU_COMMAND_CHANNEL,
  parseMenuCommand,
  type DesktopBridge,
  type InvokeChannel,
  type OpenedFileEvent,
} from '../../shared/ipc/channels';

type Subscription = 'onMenuCommand' | 'onFileOpened' | 'onBackupFlushRequest';

/** Bridge functions that invoke one channel each. */
const channels = {
  openFile: 'factcheck:file:open',
  saveFile: 'factcheck:file:save',
  openExternal: 'factcheck:shell:open-external',
  appInfo: 'factcheck:app:info',
  writeBackup: 'factcheck:backup:write',
  listBackups: 'factcheck:backup:list',
  readBackup: 'factcheck:backup:read',
  saveReportPdf: 'factcheck:report:save-pdf',
} as const satisfies Record<Exclude<keyof DesktopBridge, Subscription>, InvokeChannel>;

/** Channels the subscriptions invoke on the renderer's behalf. */
const subscriptionChannels = {
  takeOpened: 'factcheck:file:take-opened',
  backupFlushed: 'factcheck:backup:flushed',
} as const satisfies Record<string, InvokeChannel>;

// Compile-time check that every contract channel is reachable from the bridge.
type UnbridgedChannel = Exclude<
  InvokeChannel,
  (typeof channels)[keyof typeof channels] | (typeof subscriptionChannels)[keyof typeof subscriptionChannels]
>;
const everyChannelBridged: [UnbridgedChannel] extends [never] ? true : UnbridgedChannel = true;
void everyChannelBridged;

function isOpenedFileEvent(value: unknown): value is OpenedFileEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  if (event['ok'] === false) return typeof event['name'] === 'string' && typeof event['message'] === 'string';
  const file = event['file'] as Record<string, unknown> | null | undefined;
  return (
    event['ok'] === true &&
    typeof file === 'object' &&
    file !== null &&
    typeof file['name'] === 'string' &&
    typeof file['content'] === 'string'
  );
}

/** Who writes the last backup when the window closes; the main process is answered even when nobody has registered. */
let flushHandler: (() => Promise<void>) | null = null;
ipcRenderer.on(BACKUP_FLUSH_CHANNEL, () => {
  const handler = flushHandler;
  Promise.resolve()
    .then(() => handler?.())
    .catch(() => undefined)
    .finally(() => ipcRenderer.invoke(subscriptionChannels.backupFlushed, {}).catch(() => undefined));
});

/** Named functions only: the renderer never sees ipcRenderer, events or channel names. */
const bridge: DesktopBridge = {
  openFile: (args) => ipcRenderer.invoke(channels.openFile, args),
  saveFile: (args) => ipcRenderer.invoke(channels.saveFile, args),
  openExternal: (args) => ipcRenderer.invoke(channels.openExternal, args),
  appInfo: () => ipcRenderer.invoke(channels.appInfo, {}),
  writeBackup: (args) => ipcRenderer.invoke(channels.writeBackup, args),
  listBackups: () => ipcRenderer.invoke(channels.listBackups, {}),
  readBackup: (args) => ipcRenderer.invoke(channels.readBackup, args),
  saveReportPdf: (args) => ipcRenderer.invoke(channels.saveReportPdf, args),
  onMenuCommand: (listener) => {
    const forward = (_event: unknown, command: unknown): void => {
      const known = parseMenuCommand(command);
      if (known) listener(known);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
  onFileOpened: (listener) => {
    // Files wait in the main process until taken, so none is lost before the first subscription.
    const take = (): void => {
      ipcRenderer
        .invoke(subscriptionChannels.takeOpened, {})
        .then((events: unknown) => {
          if (Array.isArray(events)) for (const event of events) if (isOpenedFileEvent(event)) listener(event);
        })
        .catch(() => undefined);
    };
    ipcRenderer.on(FILE_OPENED_CHANNEL, take);
    take();
    return () => {
      ipcRenderer.removeListener(FILE_OPENED_CHANNEL, take);
    };
  },
  onBackupFlushRequest: (handler) => {
    flushHandler = handler;
    return () => {
      if (flushHandler === handler) flushHandler = null;
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
