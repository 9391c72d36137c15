// The Backups dialog in the web host: backups are a desktop feature, but whether storage is persistent still shows.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { enterName } from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';

const baseUrl = inject('baseUrl');

describe('backups in the browser', () => {
  const profile = newProfileDir();
  let app: AppSession;

  beforeAll(async () => {
    app = await launchApp(baseUrl, profile);
    await enterName(app.page, 'Ana Analyst');
  });

  afterAll(async () => {
    await app?.close();
    removeProfileDir(profile);
  });

  it('shows in the header whether storage is persistent, as the browser decided', async () => {
    const { page } = app;
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    const badge = page.locator('.backups-button .persistence-badge');
    await expect.poll(() => badge.getAttribute('data-state')).toBe(persisted ? 'granted' : 'denied');
    expect(await badge.innerText()).toBe(persisted ? 'Persistent' : 'Not persistent');
  });

  it('explains in the Backups dialog that backups need the desktop app, and shows the persistence status', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^Backups/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog.waitFor();
    expect(await dialog.locator('.backups-web-note').innerText()).toContain(
      'Backups are available in the desktop app.',
    );
    expect(await dialog.locator('.persistence-line').innerText()).toMatch(/^Storage is (not )?persistent/);
    expect(await dialog.getByRole('button', { name: 'Back up now' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('closes the dialog with Escape', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^Backups/ }).click();
    await page.getByRole('dialog', { name: 'Backups' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Backups' }).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
