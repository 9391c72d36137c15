// The desktop host passes calls to the preload bridge and shows main-process errors without IPC noise.
import { describe, expect, it } from 'vitest';
import type { DesktopBridge } from '../../shared/ipc/channels';
import { cleanIpcError, desktopPlatform } from '../../renderer/platform/desktop-platform';

describe('the desktop platform', () => {
  it.each([
    [
      "Error invoking remote method 'factcheck:file:open': FileAccessError: “big.txt” is larger than 50 MB.",
      '“big.txt” is larger than 50 MB.',
    ],
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
      onFileOpened: () => () => undefined,
      writeBackup: async () => ({
        id: 'backup-20250101T000000000Z.factcheck.json',
        createdAt: '2025-01-01T00:00:00.000Z',
        byteLength: 2,
      }),
      listBackups: async () => [],
      readBackup: async () => {
        throw new Error("Error invoking remote method 'factcheck:backup:read': FileAccessError: Could not read it.");
      },
      onBackupFlushRequest: () => () => undefined,
      saveReportPdf: async (args) => {
        calls.push(args);
        return { name: 'report.pdf' };
      },
    };
    const platform = desktopPlatform(bridge);
    await expect(platform.openFile('article')).rejects.toThrow(/^Not UTF-8 text\.$/);
    await expect(platform.saveFile('bundle', 'a.factcheck.json', '{}')).resolves.toEqual({ name: 'a.factcheck.json' });
    await expect(platform.saveReportPdf?.('<p>report</p>', 'report')).resolves.toEqual({ name: 'report.pdf' });
    expect(calls).toEqual([
      { purpose: 'article' },
      { purpose: 'bundle', suggestedName: 'a.factcheck.json', content: '{}' },
      { html: '<p>report</p>', suggestedName: 'report' },
    ]);
    await expect(platform.backups?.read('backup-20250101T000000000Z.factcheck.json')).rejects.toThrow(
      /^Could not read it\.$/,
    );
  });
});
