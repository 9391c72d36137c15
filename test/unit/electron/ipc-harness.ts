// A fake ipcMain with the real handlers over a temporary folder, so IPC tests call channels the way the renderer does.
import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { createBackupStore } from '../../../electron/main/backups';
import type { FileDialogs, FileSystem } from '../../../electron/main/file-dialogs';
import type { InvokeEvent, InvokeListener } from '../../../electron/main/ipc';
import { createInvokeHandlers, registerInvokeHandlers } from '../../../electron/main/ipc';
import { createReportPdfSaver } from '../../../electron/main/report-pdf';
import { fakeReportWindows, fakeReportSession } from './report-pdf-fakes';

/** The frame of our own page, the only sender the handlers accept. */
export const APP_PAGE: InvokeEvent = { senderFrame: { url: 'app://factcheck/index.html' } };

/** A temporary folder for one test file; remove it with removeTestFolder. */
export function makeTestFolder(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'factcheck-ipc-'));
}

export function removeTestFolder(dir: string): Promise<void> {
  return fs.rm(dir, { recursive: true, force: true });
}

export interface HarnessOptions {
  dir: string;
  devServerUrl?: string | null;
  dialogs?: Partial<FileDialogs>;
  fs?: FileSystem;
}

/** Registers every handler on a fake ipcMain and returns the fakes with an `invoke` like the renderer's. */
export function setUpIpc(options: HarnessOptions) {
  const registered = new Map<string, InvokeListener>();
  const dialogs: FileDialogs = {
    showOpenDialog: vi.fn().mockResolvedValue({ canceled: true, filePaths: [] }),
    showSaveDialog: vi.fn().mockResolvedValue({ canceled: true, filePath: '' }),
    ...options.dialogs,
  };
  const openExternal = vi.fn<(url: string) => Promise<void>>().mockResolvedValue(undefined);
  const recentDocuments = { add: vi.fn<(filePath: string) => void>() };
  const takeOpened = vi.fn().mockResolvedValue([]);
  const backupFlushed = vi.fn();
  const reportWindows = fakeReportWindows();
  const reportSession = fakeReportSession();
  const handlers = createInvokeHandlers({
    dialogs,
    fs: options.fs ?? fs,
    shell: { openExternal },
    recentDocuments,
    appInfo: () => ({ version: '1.2.3', platform: 'linux' }),
    openFiles: { take: takeOpened },
    backups: createBackupStore({ fs, dir: path.join(options.dir, 'backups') }),
    backupFlushed,
    saveReportPdf: createReportPdfSaver({
      dialogs,
      fs,
      tempDir: options.dir,
      openWindow: reportWindows.open,
      session: reportSession,
    }),
  });
  registerInvokeHandlers(
    { handle: (channel, listener) => registered.set(channel, listener) },
    handlers,
    options.devServerUrl ?? null,
  );
  const invoke = (channel: string, event: InvokeEvent, ...args: unknown[]): Promise<unknown> => {
    const listener = registered.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return {
    registered,
    dialogs,
    openExternal,
    recentDocuments,
    takeOpened,
    backupFlushed,
    reportWindows,
    reportSession,
    invoke,
  };
}

/** Dialogs that choose `filePath` in the open dialog. */
export function chooseFile(filePath: string): Partial<FileDialogs> {
  return { showOpenDialog: vi.fn().mockResolvedValue({ canceled: false, filePaths: [filePath] }) };
}
