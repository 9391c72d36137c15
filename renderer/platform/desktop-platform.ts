/** The desktop host: every capability goes through the bridge the preload exposes. */
import { parseMenuCommand, type DesktopBridge } from '../../shared/ipc/channels';
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
    saveReportPdf: (html, suggestedName) => call(() => bridge.saveReportPdf({ html, suggestedName })),
    openExternal: (url) => call(() => bridge.openExternal({ url })),
    // The preload passes only known commands; checking again keeps the closed set whatever the bridge sends.
    onMenuCommand: (listener) =>
      bridge.onMenuCommand((command) => {
        const known = parseMenuCommand(command);
        if (known) listener(known);
      }),
    onFileOpened: (listener) => bridge.onFileOpened(listener),
    backups: {
      write: (content, reason) => call(() => bridge.writeBackup({ content, reason })),
      list: () => call(() => bridge.listBackups()),
      read: (id) => call(() => bridge.readBackup({ id })),
      onFlushRequest: (handler) => bridge.onBackupFlushRequest(handler),
    },
  };
}
