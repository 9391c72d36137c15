/** The desktop host: every capability goes through the bridge the preload exposes. */
import type { DesktopBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';

/** Electron prefixes errors from the main process with the channel name; the analyst needs only the reason. */
export function cleanIpcError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, ''));
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw cleanIpcError(error);
  }
}

export function desktopPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'desktop',
    openFile: (purpose) => call(() => bridge.openFile({ purpose })),
    saveFile: (purpose, suggestedName, content) => call(() => bridge.saveFile({ purpose, suggestedName, content })),
    openExternal: (url) => call(() => bridge.openExternal({ url })),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onFileOpened: (listener) => bridge.onFileOpened(listener),
    backups: {
      write: (content, reason) => call(() => bridge.writeBackup({ content, reason })),
      list: () => call(() => bridge.listBackups()),
      read: (id) => call(() => bridge.readBackup({ id })),
      onFlushRequest: (handler) => bridge.onBackupFlushRequest(handler),
    },
  };
}
