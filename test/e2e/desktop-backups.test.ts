// The desktop side of backups and opened files in Chromium, with a stand-in for the preload bridge: list, restore after confirming, back up, flush, OS-opened file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articleShown, enterName, lastNotice } from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';

const baseUrl = inject('baseUrl');
const BUNDLE = readFileSync(
  resolve(import.meta.dirname, '../fixtures/bundles/valid-two-claims.factcheck.json'),
  'utf8',
);

interface StandIn {
  writes: Array<{ reason: string; format: string; documents: number }>;
  open(event: unknown): void;
  flush(): Promise<void>;
}

/** Installs window.factcheck before the app's scripts run, as the preload does; it records what the app asks of the main process. */
function installStandInBridge(bundle: string): void {
  const state = {
    writes: [] as unknown[],
    listeners: [] as Array<(event: unknown) => void>,
    flush: async () => undefined,
  };
  const entries = [
    { id: 'backup-20250301T093000000Z.factcheck.json', createdAt: '2025-03-01T09:30:00.000Z', byteLength: 20_480 },
    { id: 'backup-20250228T170000000Z.factcheck.json', createdAt: '2025-02-28T17:00:00.000Z', byteLength: 2_097_152 },
  ];
  (window as unknown as Record<string, unknown>)['__standIn'] = {
    writes: state.writes,
    open: (event: unknown) => state.listeners.forEach((listener) => listener(event)),
    flush: () => state.flush(),
  };
  (window as unknown as Record<string, unknown>)['factcheck'] = {
    openFile: async () => null,
    saveFile: async () => null,
    openExternal: async () => false,
    appInfo: async () => ({ version: '0.0.0', platform: 'linux' }),
    onMenuCommand: () => () => undefined,
    onFileOpened: (listener: (event: unknown) => void) => {
      state.listeners.push(listener);
      return () => undefined;
    },
    writeBackup: async ({ content, reason }: { content: string; reason: string }) => {
      const parsed = JSON.parse(content) as { format: string; documents: unknown[] };
      state.writes.push({ reason, format: parsed.format, documents: parsed.documents.length });
      return {
        id: 'backup-20250302T080000000Z.factcheck.json',
        createdAt: '2025-03-02T08:00:00.000Z',
        byteLength: content.length,
      };
    },
    listBackups: async () => entries,
    readBackup: async ({ id }: { id: string }) => ({ name: id, content: bundle, byteLength: bundle.length }),
    onBackupFlushRequest: (handler: () => Promise<undefined>) => {
      state.flush = handler;
      return () => undefined;
    },
  };
}

describe('backups and opened files in the desktop app', () => {
  const profile = newProfileDir();
  let app: AppSession;
  const standIn = () => app.page.evaluate(() => (window as unknown as { __standIn: StandIn }).__standIn.writes);

  beforeAll(async () => {
    app = await launchApp(baseUrl, profile);
    await enterName(app.page, 'Ana Analyst');
    await app.context.addInitScript(installStandInBridge, BUNDLE);
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Library' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
    removeProfileDir(profile);
  });

  it('lists the backups with their date and size', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^Backups/ }).click();
    const rows = page.getByRole('dialog', { name: 'Backups' }).locator('.backups-table tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).locator('td').nth(1).innerText()).toBe('20.0 KB');
    expect(await rows.nth(1).locator('td').nth(1).innerText()).toBe('2.0 MB');
    expect(await rows.nth(0).locator('td').nth(0).innerText()).toMatch(/2025/);
  });

  it('restores a backup only after confirming, merging it into the library', async () => {
    const { page } = app;
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog
      .getByRole('button', { name: /^Restore the backup of/ })
      .first()
      .click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('.document-title', { hasText: 'Minister says exports doubled' }).count()).toBe(0);
    await dialog
      .getByRole('button', { name: /^Restore the backup of/ })
      .first()
      .click();
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.locator('.document-title', { hasText: 'Minister says exports doubled' }).waitFor();
    expect(await page.locator('.document-title', { hasText: /^Putin claims/ }).count()).toBe(1);
  });

  it('writes a last backup of the whole library when the window is about to close', async () => {
    await app.page.evaluate(() => (window as unknown as { __standIn: StandIn }).__standIn.flush());
    expect(await standIn()).toEqual([{ reason: 'quit', format: 'factcheck-bundle', documents: 2 }]);
    await app.page.evaluate(() => (window as unknown as { __standIn: StandIn }).__standIn.flush());
    expect(await standIn()).toHaveLength(1);
  });

  it('backs up now on request', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^Backups/ }).click();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => standIn()).toContainEqual({ reason: 'manual', format: 'factcheck-bundle', documents: 2 });
    await page.keyboard.press('Escape');
  });

  it('imports and opens a bundle the OS asked the app to open', async () => {
    const { page } = app;
    await page.evaluate((content) => {
      const standIn = (window as unknown as { __standIn: StandIn }).__standIn;
      standIn.open({ ok: false, name: 'broken.factcheck.json', message: '"broken.factcheck.json" is not UTF-8 text.' });
      standIn.open({ ok: true, file: { name: 'team.factcheck.json', content, byteLength: content.length } });
    }, BUNDLE);
    await articleShown(page);
    expect(await page.locator('.breadcrumb-title').innerText()).toContain('Minister says exports doubled');
    const notices = await page.getByTestId('notice').allInnerTexts();
    expect(notices.some((text) => text.includes('“broken.factcheck.json” was not opened'))).toBe(true);
    expect(await lastNotice(page)).not.toBe('');
    expect(app.pageErrors).toEqual([]);
  });
});
