/** Picks the host the app runs in: the desktop bridge when the preload provided it, the browser otherwise. */
import { BRIDGE_GLOBAL, type DesktopBridge } from '../../shared/ipc/channels';
import { browserPlatform } from './browser-platform';
import { desktopPlatform } from './desktop-platform';
import type { Platform } from './platform';

function detectPlatform(): Platform {
  const bridge = (window as unknown as Record<string, DesktopBridge | undefined>)[BRIDGE_GLOBAL];
  return bridge ? desktopPlatform(bridge) : browserPlatform;
}

export const platform: Platform = detectPlatform();
export type { Platform } from './platform';
