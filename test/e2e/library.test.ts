// The library in Chromium: verdict progress, search across documents and claims, rename, details, trash and restore, kept across a reload.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lastNotice, markClaim, openDocument, openFreshApp, type FreshApp } from './app-actions';
import { openArticle } from './import-steps';

const baseUrl = inject('baseUrl');
const PAGE = resolve(import.meta.dirname, '../fixtures/articles/riverton-bus-ridership.html');
const RIVERTON = 'Mayor says bus ridership doubled since fare cut. The figures tell a different story';
const SAMPLE = /^Putin claims Russia is ready to negotiate/;

describe('the library', () => {
  let app: FreshApp;

  beforeAll(async () => {
    app = await openFreshApp(baseUrl);
  });

  afterAll(async () => {
    await app?.close();
  });

  const row = (title: string | RegExp) =>
    app.page.locator('.library-row', { has: app.page.locator('.document-title', { hasText: title }) });

  async function toLibrary(): Promise<void> {
    await app.page.getByRole('button', { name: 'Library', exact: true }).click();
    await app.page.locator('.document-item').first().waitFor();
  }

  async function search(query: string): Promise<string[]> {
    await app.page.getByLabel('Search documents').fill(query);
    // The search runs once typing pauses; the list says it is busy until then.
    await app.page.waitForTimeout(200);
    await app.page.waitForFunction(() => document.querySelector('.document-list[aria-busy="true"]') === null);
    await app.page.waitForTimeout(100);
    return app.page.locator('.library-row .document-title').allInnerTexts();
  }

  it('shows each document’s claims and how many have a final verdict', async () => {
    const { page } = app;
    await openArticle(page, PAGE);
    await page.locator('.article-text h1', { hasText: 'Mayor says' }).waitFor();
    await markClaim(page, 'bus ridership had “doubled”');
    await page.getByLabel('Claim as worded').fill('Bus ridership in Riverton has doubled since the fare cut');
    await page.getByLabel('Verdict', { exact: true }).selectOption({ label: 'False' });
    await page.getByLabel('Source URL').fill('https://data.riverton.example/transport/ridership');
    await page.getByLabel('Source title').fill('Riverton Transport ridership data');
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.locator('.evidence-item').waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Final' });
    await markClaim(page, 'Eleven routes carried fewer passengers than before the cut.');
    await toLibrary();
    await expect.poll(() => row(RIVERTON).innerText()).toContain('2 claims');
    expect(await row(RIVERTON).locator('.verdict-progress').innerText()).toBe('1 of 2 with a final verdict');
    expect(await row(SAMPLE).locator('.verdict-progress').innerText()).toBe('No claims marked yet');
  });

  it('searches titles, article text, and the wording and quotes of claims', async () => {
    const { page } = app;
    expect(await search('putin claims')).toEqual([expect.stringMatching(SAMPLE)]);
    expect(await search('56.9 million')).toEqual([RIVERTON]);
    expect(await row(RIVERTON).locator('.match-snippet').innerText()).toMatch(/^Found in the article: .*56\.9 million/);
    expect(await search('has doubled since the fare cut')).toEqual([RIVERTON]);
    expect(await row(RIVERTON).locator('.match-snippet').innerText()).toContain('Found in a claim');
    expect(await search('negotiations')).toEqual([expect.stringMatching(SAMPLE)]);
    expect(await search('trams in the harbour')).toEqual([]);
    expect(await page.locator('.library-empty').innerText()).toContain('No document matches “trams in the harbour”');
    await page.getByRole('button', { name: 'Clear the search' }).click();
    await expect.poll(() => page.locator('.library-row').count()).toBe(2);
  });

  it('renames a document from the library', async () => {
    const { page } = app;
    await row(RIVERTON).getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New title').fill('  Riverton:   ridership   claim ');
    await page.getByLabel('New title').press('Enter');
    await expect.poll(() => lastNotice(page)).toContain('Renamed to “Riverton: ridership claim”.');
    await row('Riverton: ridership claim').waitFor();
    await row('Riverton: ridership claim').getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New title').fill('Discarded title');
    await page.getByLabel('New title').press('Escape');
    expect(await row('Riverton: ridership claim').count()).toBe(1);
  });

  it('edits the details from the document screen, refusing a non-http URL', async () => {
    const { page } = app;
    await openDocument(page, /Riverton: ridership claim/);
    await page.getByRole('toolbar', { name: 'Article tools' }).getByRole('button', { name: 'Details…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Document details' });
    await dialog.getByLabel('URL').fill('javascript:alert(1)');
    await dialog.getByLabel('Published').fill('28/11/2026');
    await dialog.getByRole('button', { name: 'Save details' }).click();
    expect(await dialog.getByRole('alert').allInnerTexts()).toEqual([
      'Enter an address that starts with http:// or https://.',
      'Enter a date like 2026-11-28.',
    ]);
    await dialog.getByLabel('URL').fill('https://archive.example/riverton');
    await dialog.getByLabel('Published').fill('2026-11-28');
    await dialog.getByLabel('Author').fill('Maria Jensen and Tom Okafor');
    await dialog.getByRole('button', { name: 'Save details' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await toLibrary();
    expect(await row('Riverton: ridership claim').locator('.document-meta').innerText()).toContain(
      'by Maria Jensen and Tom Okafor',
    );
  });

  it('moves a document to the trash, with Undo', async () => {
    const { page } = app;
    await row(SAMPLE).getByRole('button', { name: 'Move to trash' }).click();
    await expect.poll(() => row(SAMPLE).count()).toBe(0);
    await page.getByTestId('notice').last().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => row(SAMPLE).count()).toBe(1);
    await row(SAMPLE).getByRole('button', { name: 'Move to trash' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Trash (1)' }).count()).toBe(1);
    expect(await page.locator('.library-row .document-title').allInnerTexts()).toEqual(['Riverton: ridership claim']);
  });

  it('keeps names, details and the trash across a reload, and restores from the Trash view', async () => {
    const { page } = app;
    await page.reload();
    await page.locator('.document-item').first().waitFor();
    expect(await page.locator('.library-row .document-title').allInnerTexts()).toEqual(['Riverton: ridership claim']);
    await page.getByRole('button', { name: 'Trash (1)' }).click();
    const trashed = row(SAMPLE);
    expect(await trashed.innerText()).toMatch(/moved to the trash .* by Ana Analyst/);
    expect(await search('negotiate')).toEqual([expect.stringMatching(SAMPLE)]);
    await page.getByLabel('Search documents').fill('');
    await trashed.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.locator('.library-empty').innerText()).toContain('The trash is empty');
    await page.getByRole('button', { name: 'Documents (2)' }).click();
    await expect.poll(() => page.locator('.library-row').count()).toBe(2);
    await page.reload();
    await page.locator('.document-item').first().waitFor();
    expect(await page.locator('.library-row').count()).toBe(2);
  });

  it('ran without page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
