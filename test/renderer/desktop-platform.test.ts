// The desktop host passes calls to the preload bridge and shows main-process errors without IPC noise.
import { describe, expect, it } from 'vitest';
import type { DesktopBridge } from '../../shared/ipc/contract';
import { cleanIpcError, desktopPlatform } from '../../renderer/platform/desktop-platform';

describe('the desktop platform', () => {
  it.each([
    ["Error invoking remote method 'factcheck:file:open': FileAccessError: “big.txt” is larger than 50 MB.", '“big.txt” is larger than 50 MB.'],
    ["Error invoking remote method 'factcheck:file:save': Error: The disk is full.", 'The disk is full.'],
    ['A plain message', 'A plain message'],
  ])('turns %j into %j', (raw, shown) => {
    expect(cleanIpcError(new Error(raw)).message).toBe(shown);
  });

  it('calls the bridge with the purpose and rethrows its errors cleaned', async () => {
    const calls: unknown[] = [];
    const bridge: DesktopBridge = {
      openFile: async (args) => {
        calls.push(args);
        throw new Error("Error invoking remote method 'factcheck:file:open': FileAccessError: Not UTF-8 text.");
      },
      saveFile: async (args) => {
        calls.push(args);
        return { name: args.suggestedName };
      },
      openExternal: async () => true,
      appInfo: async () => ({ version: '0', platform: 'linux' }),
      onMenuCommand: () => () => undefined,
    };
    const platform = desktopPlatform(bridge);
    await expect(platform.openFile('article')).rejects.toThrow(/^Not UTF-8 text\.$/);
    await expect(platform.saveFile('bundle', 'a.factcheck.json', '{}')).resolves.toEqual({ name: 'a.factcheck.json' });
    expect(calls).toEqual([{ purpose: 'article' }, { purpose: 'bundle', suggestedName: 'a.factcheck.json', content: '{}' }]);
  });
});
