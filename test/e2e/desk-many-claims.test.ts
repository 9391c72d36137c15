// A document with 5,000 claims in Chromium: it opens with its highlights drawn, the claims list stays
// virtual (only a window of rows in the page), and verdicts and selection redraw only what changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serialiseBundle } from '../../shared';
import { largeBundle } from '../fixtures/bundles/large-bundle';
import { importFile, lastNotice, openDocument, openFreshApp, type FreshApp } from './app-actions';
import { newProfileDir, removeProfileDir } from './browser';

const baseUrl = inject('baseUrl');
const CLAIMS = 5_000;
const SAMPLE_TITLE = /Putin claims Russia is ready to negotiate/;

describe('a document with 5,000 claims', () => {
  const workDir = newProfileDir();
  let app: FreshApp;
  const highlightCount = () => app.page.locator('.article-text [data-claim-id]').count();
  const highlightedClaims = () =>
    app.page.evaluate(
      () =>
        new Set(
          [...document.querySelectorAll<HTMLElement>('.article-text [data-claim-id]')].map(
            (element) => element.dataset['claimId'],
          ),
        ).size,
    );

  beforeAll(async () => {
    app = await openFreshApp(baseUrl);
  });

  afterAll(async () => {
    await app?.close();
    removeProfileDir(workDir);
  });

  it('opens with every claim highlighted and a list that renders only a window of rows', async () => {
    const { page } = app;
    const article = readFileSync(join(import.meta.dirname, '../fixtures/articles/putin-negotiations.txt'), 'utf8');
    const file = join(workDir, 'many.factcheck.json');
    writeFileSync(file, serialiseBundle(largeBundle(article, CLAIMS)));
    await importFile(page, file);
    await expect.poll(() => lastNotice(page), { timeout: 50_000 }).toMatch(new RegExp(`${CLAIMS} new claims`));
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await openDocument(page, SAMPLE_TITLE);
    await expect.poll(() => page.locator('#claims-title .count').innerText()).toBe(String(CLAIMS));
    await expect.poll(highlightedClaims, { timeout: 20_000 }).toBe(CLAIMS);
    const rows = await page.locator('.claim-list .claim-item').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(60);
    // Scrolling far down the list swaps the rows in the page for others; their number stays small.
    const firstRow = await page.locator('.claim-list .claim-item').first().getAttribute('data-claim-card');
    await page.locator('.claim-scroll').evaluate((element) => element.scrollTo({ top: element.scrollHeight / 2 }));
    await expect
      .poll(() => page.locator('.claim-list .claim-item').first().getAttribute('data-claim-card'))
      .not.toBe(firstRow);
    expect(await page.locator('.claim-list .claim-item').count()).toBeLessThan(60);
  });

  it('moves the active highlight with the selection and redraws a verdict on its claim only', async () => {
    const { page } = app;
    const before = await highlightCount();
    const first = page.locator('.claim-list .claim-item').first();
    const id = (await first.getAttribute('data-claim-card')) as string;
    await first.locator('.claim-summary').click();
    await expect.poll(() => page.locator('[data-claim-details]').getAttribute('data-claim-details')).toBe(id);
    await expect
      .poll(() =>
        page
          .locator('.article-text .claim-hl.is-active')
          .evaluateAll((elements) => [...new Set(elements.map((element) => element.getAttribute('data-claim-id')))]),
      )
      .toEqual([id]);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('5');
    await expect
      .poll(() => page.locator(`.article-text [data-claim-id="${id}"]`).first().getAttribute('data-verdict'))
      .toBe('scale-truth-6/false');
    await page.keyboard.press('j');
    await expect
      .poll(() =>
        page
          .locator('.article-text .claim-hl.is-active')
          .evaluateAll(
            (elements, claimId) => elements.every((element) => element.getAttribute('data-claim-id') !== claimId),
            id,
          ),
      )
      .toBe(true);
    expect(await page.locator('.article-text .claim-hl.is-active').count()).toBeGreaterThan(0);
    expect(await highlightCount()).toBe(before);
    expect(await highlightedClaims()).toBe(CLAIMS);
  });

  it('saves wording typed in a claim card and shows it after a reload', async () => {
    const { page } = app;
    const id = (await page.locator('[data-claim-details]').getAttribute('data-claim-details')) as string;
    await page.getByLabel('Claim as worded', { exact: true }).fill('Putin says Russia is ready to talk');
    await page.waitForFunction(
      (claimId) =>
        new Promise<boolean>((done) => {
          const request = indexedDB.open('factcheck-desk');
          request.onsuccess = () => {
            const get = request.result.transaction('claims').objectStore('claims').get(claimId);
            get.onsuccess = () => {
              request.result.close();
              done((get.result as { text: string } | undefined)?.text === 'Putin says Russia is ready to talk');
            };
          };
        }),
      id,
    );
    await page.reload();
    await openDocument(page, SAMPLE_TITLE);
    await page.getByRole('searchbox', { name: 'Search claims' }).fill('ready to talk');
    await expect.poll(() => page.locator('#claims-title .count').innerText()).toBe(`1 of ${CLAIMS}`);
    expect(await page.locator('.claim-list .claim-item').getAttribute('data-claim-card')).toBe(id);
    expect(app.pageErrors).toEqual([]);
  });
});
