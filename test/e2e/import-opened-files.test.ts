// Files the OS asks the desktop app to open, through a stand-in for the preload bridge: an article goes through the article import, a bundle through the bundle import; links open only in the system browser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articleShown, type FreshApp, lastNotice, openFreshApp } from './app-actions';
import { storedDocument, storedDocuments } from './import-steps';

const baseUrl = inject('baseUrl');
const BUNDLE = readFileSync(
  resolve(import.meta.dirname, '../fixtures/bundles/valid-two-claims.factcheck.json'),
  'utf8',
);
const MARKDOWN =
  '# Ferry fares cut by half\n\nThe council said fares fell **by half** in *two* years, citing [its report](https://council.example/ferries).\n\nPassengers disagree.\n';

interface StandIn {
  external: string[];
  open(event: unknown): void;
}

/** Installs window.factcheck before the app's scripts run, as the preload does; it records the links the app asks to open outside. */
function installStandInBridge(): void {
  const listeners: Array<(event: unknown) => void> = [];
  const external: string[] = [];
  (window as unknown as Record<string, unknown>)['__standIn'] = {
    external,
    open: (event: unknown) => listeners.forEach((listener) => listener(event)),
  };
  (window as unknown as Record<string, unknown>)['factcheck'] = {
    openFile: async () => null,
    saveFile: async () => null,
    saveReportPdf: async () => null,
    openExternal: async ({ url }: { url: string }) => {
      external.push(url);
      return true;
    },
    appInfo: async () => ({ version: '0.0.0', platform: 'linux' }),
    onMenuCommand: () => () => undefined,
    onFileOpened: (listener: (event: unknown) => void) => {
      listeners.push(listener);
      return () => undefined;
    },
    writeBackup: async () => ({
      id: 'backup-20250302T080000000Z.factcheck.json',
      createdAt: '2025-03-02T08:00:00.000Z',
      byteLength: 1,
    }),
    listBackups: async () => [],
    readBackup: async () => {
      throw new Error('no backups here');
    },
    onBackupFlushRequest: () => () => undefined,
  };
}

function openFromOs(page: Page, event: unknown): Promise<void> {
  return page.evaluate((opened) => (window as unknown as { __standIn: StandIn }).__standIn.open(opened), event);
}

function externalLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __standIn: StandIn }).__standIn.external]);
}

describe('files the OS opens in the desktop app', () => {
  let app: FreshApp;

  beforeAll(async () => {
    app = await openFreshApp(baseUrl);
    await app.context.addInitScript(installStandInBridge);
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Library' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('imports and opens a Markdown article with its emphasis and link, as Open article… does', async () => {
    const { page } = app;
    await openFromOs(page, {
      ok: true,
      file: { name: 'ferries.md', content: MARKDOWN, byteLength: Buffer.byteLength(MARKDOWN) },
    });
    await articleShown(page);
    await expect.poll(() => lastNotice(page)).toContain('Added “Ferry fares cut by half”.');
    expect(await page.locator('.article-text h1').innerText()).toBe('Ferry fares cut by half');
    expect(await page.locator('.article-text strong').innerText()).toBe('by half');
    expect(await page.locator('.article-text em').innerText()).toBe('two');
    const stored = await storedDocument(page, 'Ferry fares cut by half');
    expect(stored.text).toBe(
      'Ferry fares cut by half\n\nThe council said fares fell by half in two years, citing its report.\n\nPassengers disagree.',
    );
    expect(stored.blocks[1]?.marks).toEqual([
      { type: 'bold', start: 28, end: 35 },
      { type: 'italic', start: 39, end: 42 },
      { type: 'link', start: 57, end: 67, href: 'https://council.example/ferries' },
    ]);
  });

  it('follows an article link only on Ctrl+click, and then through the desktop’s external-link path', async () => {
    const { page } = app;
    const link = page.locator('.article-text').getByRole('link', { name: 'its report' });
    await link.click();
    expect(page.url().startsWith(baseUrl)).toBe(true);
    expect(await externalLinks(page)).toEqual([]);
    await link.click({ modifiers: ['Control'] });
    await expect.poll(() => externalLinks(page)).toEqual(['https://council.example/ferries']);
    expect(page.url().startsWith(baseUrl)).toBe(true);
    expect(page.context().pages()).toHaveLength(1);
  });

  it('refuses an empty article file with a message and adds nothing', async () => {
    const { page } = app;
    const before = (await storedDocuments(page)).length;
    await openFromOs(page, { ok: true, file: { name: 'empty.txt', content: ' \n\n ', byteLength: 4 } });
    await expect.poll(() => lastNotice(page)).toMatch(/^“empty\.txt”: .+ Nothing was added\./);
    expect(await storedDocuments(page)).toHaveLength(before);
  });

  it('imports and opens a bundle, and reports a file the OS could not read', async () => {
    const { page } = app;
    await openFromOs(page, {
      ok: false,
      name: 'broken.factcheck.json',
      message: '"broken.factcheck.json" is not UTF-8 text.',
    });
    await openFromOs(page, {
      ok: true,
      file: { name: 'team.factcheck.json', content: BUNDLE, byteLength: Buffer.byteLength(BUNDLE) },
    });
    await expect.poll(() => page.locator('.breadcrumb-title').innerText()).toContain('Minister says exports doubled');
    const notices = await page.getByTestId('notice').allInnerTexts();
    expect(notices.some((text) => text.includes('“broken.factcheck.json” was not opened'))).toBe(true);
    expect(
      (await storedDocuments(page)).some((document) => document.title.startsWith('Minister says exports doubled')),
    ).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });
});
