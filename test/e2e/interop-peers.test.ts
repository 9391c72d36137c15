// Annotations from the tools teams already use, imported through Import annotications… in Chromium: a Hypothesis client export and an
// API search result into the fixture article. The report says what was placed and what was not (page notes, replies, another page);
// claims land on the article's own words with their authors, survive a reload, and a second import adds nothing.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE_URL, CORPUS_DIR } from '../fixtures/interop/putin-bundle';
import { closeImportReport, enterName, highlightTexts, lastNotice, openDocument } from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';

const baseUrl = inject('baseUrl');
const TITLE = /Putin claims Russia is ready to negotiate/;
const POLYAK = '“Russia has single-handedly attacked Ukraine, and is killing citizens.”';
const BURNS = 'William Burns, Director of the CIA';

/** The id of the claim whose highlight shows `text`, once it is drawn. */
async function claimShowing(page: Page, text: string): Promise<string> {
  await expect.poll(async () => Object.values(await highlightTexts(page))).toContain(text);
  const [id] = Object.entries(await highlightTexts(page)).find(([, shown]) => shown === text) ?? [];
  return id as string;
}

async function importAnnotations(page: Page, file: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import annotations…' }).click(),
  ]);
  await chooser.setFiles(join(CORPUS_DIR, file));
  return closeImportReport(page);
}

describe('importing Hypothesis annotations through the app', () => {
  const profile = newProfileDir();
  let app: AppSession;
  const workers: string[] = [];

  beforeAll(async () => {
    app = await launchApp(baseUrl, profile);
    app.page.on('worker', (worker) => workers.push(worker.url()));
    await enterName(app.page, 'Ima Importer');
    await openDocument(app.page, TITLE);
    // The sample has no URL; the analyst gives it the one the annotations were made on.
    await app.page.getByRole('button', { name: 'Details…' }).click();
    const details = app.page.getByRole('dialog');
    await details.getByLabel('URL').fill(ARTICLE_URL);
    await details.getByRole('button', { name: 'Save details' }).click();
    await app.page.getByTestId('notice').filter({ hasText: 'Saved the details' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
    removeProfileDir(profile);
  });

  it('reports what a Hypothesis export placed and what it did not, and places each claim on the article’s own words', async () => {
    const { page } = app;
    const report = await importAnnotations(page, 'hypothesis-client-export.json');
    expect(report.title).toBe('Annotations imported');
    expect(report.facts).toEqual({
      'Annotations in the file': 7,
      'Placed on the text': 5,
      'Not placed: page notes': 1,
      'Not placed: replies': 1,
    });
    expect(report.lines).toEqual([
      'Not placed: Annotation 6 (v6Oh3PQtEe-3k6xBhP8qZb) at $.annotations[5]: it is a page note, with no passage selected',
      'Not placed: Annotation 7 (w7Pi4PQtEe-4l7yCiQ9rAc) at $.annotations[6]: it is a reply to another annotation',
    ]);
    expect(await lastNotice(page)).toContain('Imported 5 claims from 7 annotations (a Hypothesis export)');
    // The file was read, placed and written off the page's thread.
    expect(workers.some((url) => url.includes('annotation-import'))).toBe(true);
    // Straight quotes in the file; the highlight covers the article's curly ones, closing quote included.
    await claimShowing(page, POLYAK);
    await expect.poll(async () => Object.keys(await highlightTexts(page)).length).toBe(5);
  });

  it('shows the Hypothesis author, the Markdown comment as a formatted rationale, and the tags on the card', async () => {
    const { page } = app;
    const id = await claimShowing(page, POLYAK);
    await page.locator(`.article-text [data-claim-id="${id}"]`).first().click();
    const card = page.locator(`[data-claim-details="${id}"]`);
    await card.waitFor();
    await expect.poll(() => card.innerText()).toContain('Marked by Olena Kovalenko');
    expect(await card.locator('.rationale-text strong').innerText()).toBe('Misleading.');
    expect(await card.locator('.rationale-text a').getAttribute('href')).toBe(
      'https://president.example/en/team/polyak',
    );
    expect(await card.locator('.rationale-text script').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps the claims after a reload, and adds nothing when the same file is imported again', async () => {
    const { page } = app;
    await page.reload();
    await openDocument(page, TITLE);
    await expect.poll(async () => Object.keys(await highlightTexts(page)).length).toBe(5);
    const again = await importAnnotations(page, 'hypothesis-client-export.json');
    expect(again.title).toBe('No annotations were imported');
    expect(again.facts).toMatchObject({ 'Placed on the text': 0, 'Already in the document': 5 });
    expect(Object.keys(await highlightTexts(page))).toHaveLength(5);
  });

  it('places a quote of another page only with the report saying so, and never its position-only annotations', async () => {
    const { page } = app;
    const report = await importAnnotations(page, 'hypothesis-api-search.json');
    expect(report.facts).toEqual({
      'Annotations in the file': 4,
      'Placed on the text': 1,
      '… of them on the quote of another page': 1,
      'Not placed: another page': 2,
      'Already in the document': 1,
    });
    expect(report.summary).toContain(
      'placed on its quote although its annotation names another page (“Russia-Ukraine war: live”, https://live.other.example/russia-ukraine-war-live/)',
    );
    await claimShowing(page, BURNS);
    expect(Object.keys(await highlightTexts(page))).toHaveLength(6);
    expect(app.pageErrors).toEqual([]);
  });
});
