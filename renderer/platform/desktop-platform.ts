/** The desktop host: every capability goes through the bridge the preload exposes. */
import type { DesktopBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';

export function desktopPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'desktop',
    openFile: (purpose) => bridge.openFile({ purpose }),
    saveFile: (purpose, suggestedName, content) => bridge.saveFile({ purpose, suggestedName, content }),
    openExternal: (url) => bridge.openExternal({ url }),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
