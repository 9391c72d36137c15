// Interop end to end in Chromium: every Export as… format downloaded from the UI with the ClaimReview field check and the
// organisation settings, and W3C annotations imported into a document (a teammate's file and our own export, round trip).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serialiseBundle } from '../../shared';
import type { W3cCollection } from '../../shared/interop';
import { QUOTES, sampleBundle } from '../fixtures/w3c/sample-bundle';
import { enterName, highlightTexts, importFile, lastNotice } from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';

const baseUrl = inject('baseUrl');
const MIXED = join(import.meta.dirname, '..', 'fixtures', 'w3c', 'mixed-annotations.json');
const TITLE = 'Harbour traffic report 🚢';

async function exportAs(page: Page, format: RegExp, workDir: string): Promise<{ download: Download; text: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export as…' }).click();
  await page.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()]);
  const path = join(workDir, download.suggestedFilename());
  await download.saveAs(path);
  const bytes = readFileSync(path);
  return { download, text: bytes.toString('utf8'), bytes };
}

async function importAnnotations(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import annotations…' }).click()]);
  await chooser.setFiles(path);
}

async function openImportedBundle(page: Page, path: string): Promise<void> {
  await importFile(page, path);
  await page.locator('.article-text h1', { hasText: TITLE }).waitFor();
}

describe('exporting a document in every format and importing W3C annotations', () => {
  const profile = newProfileDir();
  const teammate = newProfileDir();
  const workDir = newProfileDir();
  let app: AppSession;
  let w3cPath = '';

  beforeAll(async () => {
    writeFileSync(join(workDir, 'harbour.factcheck.json'), serialiseBundle(sampleBundle()));
    writeFileSync(join(workDir, 'harbour-bare.factcheck.json'), serialiseBundle(sampleBundle({ withClaims: false })));
    app = await launchApp(baseUrl, profile);
    await enterName(app.page, 'Ana Analyst');
    await openImportedBundle(app.page, join(workDir, 'harbour.factcheck.json'));
  });

  afterAll(async () => {
    await app?.close();
    for (const dir of [profile, teammate, workDir]) removeProfileDir(dir);
  });

  it('downloads the W3C AnnotationCollection with code-point selectors', async () => {
    const { download, text } = await exportAs(app.page, /W3C Web Annotations/, workDir);
    expect(download.suggestedFilename()).toBe('harbour-traffic-report.annotations.json');
    const collection = JSON.parse(text) as W3cCollection;
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 6 });
    const cargo = collection.first?.items.find((item) => item.target.selector[0]?.type === 'TextQuoteSelector' && item.target.selector[0].exact === QUOTES.cargo);
    expect(cargo?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 48, end: 77 });
    expect(await lastNotice(app.page)).toContain(`Exported “${TITLE}” as W3C Web Annotations`);
    w3cPath = join(workDir, download.suggestedFilename());
  });

  it('lists the missing ClaimReview fields, takes the organisation from its settings and downloads the reviews', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export as…' }).click();
    await page.getByRole('radio', { name: /ClaimReview/ }).check();
    const summary = page.getByTestId('claimreview-summary');
    await expect.poll(() => summary.innerText()).toBe('3 claims with a verdict will be exported; 3 without a verdict are left out. 3 miss a required field.');
    const gaps = page.locator('.organisation-gaps li');
    expect(await gaps.allInnerTexts()).toEqual([
      'Required url: Set the fact-check page URL in the organisation settings.',
      'Recommended author.name: Set the organisation name in the organisation settings.',
      'Recommended author.url: Set the organisation web site in the organisation settings.',
      'Recommended author.logo: Set the logo URL in the organisation settings.',
    ]);
    expect(await page.locator('[data-claim-check="claim-formula"]').innerText()).toContain('Not exported: Give the claim a verdict.');
    expect(await page.locator('[data-claim-check="claim-unemployment"] .gap-list').innerText()).toContain('claimReviewed: Word the claim');

    await page.getByRole('button', { name: 'Organisation settings…' }).click();
    await page.getByLabel('Organisation name').fill('Harbour Checks');
    await page.getByLabel('Organisation web site').fill('javascript:alert(1)');
    await page.getByLabel('Logo URL').fill('https://checks.example/logo.png');
    await page.getByLabel('Fact-check page URL').fill('https://checks.example/harbour');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('starting with http:// or https://');
    await page.getByLabel('Organisation web site').fill('https://checks.example');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect.poll(() => summary.innerText()).toBe('3 claims with a verdict will be exported; 3 without a verdict are left out.');
    expect(await page.locator('.organisation-gaps').count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()]);
    const path = join(workDir, download.suggestedFilename());
    await download.saveAs(path);
    const reviews = JSON.parse(readFileSync(path, 'utf8')) as Array<{ url: string; author: unknown; reviewRating: { alternateName: string } }>;
    expect(download.suggestedFilename()).toBe('harbour-traffic-report.claimreview.json');
    expect(reviews.map((review) => review.reviewRating.alternateName)).toEqual(['False', 'Mostly true', 'Half true']);
    expect(reviews[0]?.url).toBe('https://checks.example/harbour#claim-claim-cargo');
    expect(reviews[0]?.author).toEqual({ '@type': 'Organization', name: 'Harbour Checks', url: 'https://checks.example/', logo: { '@type': 'ImageObject', url: 'https://checks.example/logo.png' } });
  });

  it('downloads the CSV as UTF-8 with a byte-order mark, CRLF line ends and formulas made inert', async () => {
    const { download, bytes, text } = await exportAs(app.page, /Spreadsheet \(CSV\)/, workDir);
    expect(download.suggestedFilename()).toBe('harbour-traffic-report.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\r\n')).toHaveLength(8);
    expect(text).toContain(`'${QUOTES.formula}`);
  });

  it('downloads an HTML report that opens as a page with no script and only http(s) links', async () => {
    const { download } = await exportAs(app.page, /Report \(HTML\)/, workDir);
    expect(download.suggestedFilename()).toBe('harbour-traffic-report.report.html');
    const report = await app.context.newPage();
    const dialogs: string[] = [];
    report.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await report.goto(`file://${join(workDir, download.suggestedFilename())}`);
    expect(await report.locator('h1').innerText()).toBe(TITLE);
    expect(await report.locator('article.claim').count()).toBe(6);
    expect(await report.locator('script').count()).toBe(0);
    const hrefs = await report.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(await report.getByText('<script>alert("claimant")</script>').count()).toBe(1);
    expect(dialogs).toEqual([]);
    await report.close();
  });

  it('downloads the Markdown report', async () => {
    const { download, text } = await exportAs(app.page, /Report \(Markdown\)/, workDir);
    expect(download.suggestedFilename()).toBe('harbour-traffic-report.report.md');
    expect(text.startsWith(`# Fact-check report: ${TITLE}`)).toBe(true);
    expect(text).toContain('&lt;script&gt;alert\\("claimant"\\)&lt;/script&gt;');
  });

  it('imports a W3C annotation page: anchors the valid annotations, keeps an orphan and lists each invalid one', async () => {
    const { page } = app;
    await importAnnotations(page, MIXED);
    await page.getByRole('heading', { name: 'Some annotations were left out' }).waitFor();
    const problems = await page.locator('.problem-list li').allInnerTexts();
    expect(problems).toHaveLength(5);
    expect(problems[1]).toBe('Annotation 6 (https://annotations.example/harbour/6) at $.items[5]: its type is "Note", not "Annotation"');
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await lastNotice(page)).toContain(
      'Imported 4 claims from 9 annotations: 3 anchored, 1 orphan (kept with their quotes, not placed in the text). 5 invalid annotations were left out. 1 link that is not http(s) was dropped.',
    );
    await expect.poll(async () => (await highlightTexts(page))['6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b']).toBe(QUOTES.cargo);
    expect(app.pageErrors).toEqual([]);
  });

  it('round-trips: our W3C export imported into the bare article on a teammate’s profile lands every claim where it was', async () => {
    const other = await launchApp(baseUrl, teammate);
    try {
      await enterName(other.page, 'Tom Teammate');
      await openImportedBundle(other.page, join(workDir, 'harbour-bare.factcheck.json'));
      expect(await other.page.locator('.article-text [data-claim-id]').count()).toBe(0);
      await importAnnotations(other.page, w3cPath);
      await expect.poll(() => lastNotice(other.page)).toContain('Imported 6 claims from 6 annotations: 5 anchored, 1 orphan (kept with their quotes, not placed in the text).');
      const texts = await highlightTexts(other.page);
      expect(Object.values(texts).sort()).toEqual([QUOTES.cargo, QUOTES.jobs, QUOTES.formula, QUOTES.unemployment, QUOTES.minus].sort());
      expect(texts['0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a']).toBe(QUOTES.jobs);

      await importAnnotations(other.page, w3cPath);
      await expect.poll(() => lastNotice(other.page)).toContain('Imported 0 claims from 6 annotations: 0 anchored, 0 orphans. 6 annotations were already in the document.');
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
