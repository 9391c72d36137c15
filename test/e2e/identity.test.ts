// One analyst on two machines, in Chromium: Ana exports her identity (after a warning), imports it on a
// second profile, which then signs as her with her key but writes under a writer id of its own; files of
// either machine import on the other as her own, and a file that is no identity changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readBundle } from '../../shared';
import { enterName, exportBundle, importFile, lastNotice, markClaim, openDocument } from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';

const baseUrl = inject('baseUrl');
const SAMPLE_TITLE = /Putin claims Russia is ready to negotiate/;

async function identityFacts(page: Page): Promise<{ fingerprint: string; writer: string }> {
  await page.getByRole('button', { name: 'Ana Analyst' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your identity and your teammates’ keys' });
  await dialog.waitFor();
  const fingerprint = await dialog.getByTestId('own-fingerprint').innerText();
  const writer = await dialog.locator('dd code').innerText();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { fingerprint, writer };
}

describe('one analyst on two machines', () => {
  const desktop = newProfileDir();
  const laptop = newProfileDir();
  const workDir = newProfileDir();
  let app: AppSession;
  let onDesktop = { fingerprint: '', writer: '' };
  let identityFile = '';

  beforeAll(async () => {
    app = await launchApp(baseUrl, desktop);
  });

  afterAll(async () => {
    await app?.close();
    for (const dir of [desktop, laptop, workDir]) removeProfileDir(dir);
  });

  async function switchTo(profile: string): Promise<void> {
    await app.close();
    app = await launchApp(baseUrl, profile);
  }

  async function chooseIdentityFile(path: string): Promise<void> {
    const dialog = app.page.getByRole('dialog', { name: 'Your identity and your teammates’ keys' });
    const [chooser] = await Promise.all([
      app.page.waitForEvent('filechooser'),
      dialog.getByRole('button', { name: 'Import my identity…' }).click(),
    ]);
    await chooser.setFiles(path);
  }

  it('exports Ana’s identity only after warning that it holds her secret key', async () => {
    await enterName(app.page, 'Ana Analyst');
    onDesktop = await identityFacts(app.page);
    await app.page.getByRole('button', { name: 'Ana Analyst' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Your identity and your teammates’ keys' });
    await dialog.getByRole('button', { name: 'Export my identity…' }).click();
    expect(await dialog.getByRole('alert').innerText()).toContain('The file will hold your secret signing key.');
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Save identity file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ana-analyst.factcheck-identity.json');
    identityFile = join(workDir, download.suggestedFilename());
    await download.saveAs(identityFile);
  });

  it('refuses a file that is no identity, changing nothing', async () => {
    await switchTo(laptop);
    await enterName(app.page, 'Ana Analyst');
    const before = await identityFacts(app.page);
    const bogus = join(workDir, 'not-an-identity.json');
    writeFileSync(bogus, '{"format": "factcheck-bundle"}');
    await app.page.getByRole('button', { name: 'Ana Analyst' }).click();
    await chooseIdentityFile(bogus);
    await expect
      .poll(() => lastNotice(app.page))
      .toContain('“not-an-identity.json” was not used: it is not a Factcheck Desk identity file. Nothing was changed.');
    await app.page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    expect(await identityFacts(app.page)).toEqual(before);
  });

  it('takes on Ana’s identity on the laptop: her key, a writer id of its own', async () => {
    await app.page.getByRole('button', { name: 'Ana Analyst' }).click();
    await chooseIdentityFile(identityFile);
    const dialog = app.page.getByRole('dialog', { name: 'Your identity and your teammates’ keys' });
    const confirm = dialog.getByRole('alert');
    await expect.poll(() => confirm.innerText()).toContain(`with key ${onDesktop.fingerprint}`);
    await dialog.getByRole('button', { name: 'Use this identity' }).click();
    await expect
      .poll(() => lastNotice(app.page))
      .toContain(`You are now Ana Analyst on this machine, signing with key ${onDesktop.fingerprint}.`);
    await expect.poll(() => dialog.getByTestId('own-fingerprint').innerText()).toBe(onDesktop.fingerprint);
    await dialog.getByRole('button', { name: 'Close' }).click();
    const onLaptop = await identityFacts(app.page);
    expect(onLaptop.writer).not.toBe(onDesktop.writer);
    expect(onLaptop.writer.split('@')[0]).toBe(onDesktop.writer.split('@')[0]);
  });

  it('imports the laptop’s file on the desktop as Ana’s own, claim and all', async () => {
    await openDocument(app.page, SAMPLE_TITLE);
    const claim = await markClaim(app.page, 'The war is not over yet.');
    const download = await exportBundle(app.page);
    const path = join(workDir, 'laptop.factcheck.json');
    await download.saveAs(path);
    const read = readBundle(readFileSync(path, 'utf8'));
    expect(read.ok && read.signature.status).toBe('valid');

    await switchTo(desktop);
    await importFile(app.page, path);
    await expect.poll(() => lastNotice(app.page)).toContain(`Signed with your own key (${onDesktop.fingerprint}).`);
    // The import opens the file's document.
    await app.page.locator(`[data-claim-card="${claim}"]`).waitFor();
    expect(await app.page.getByRole('button', { name: /kept apart/ }).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
