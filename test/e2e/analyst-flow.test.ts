// The foundation flow end to end in Chromium: name, sample article, mark claims, word them, verdict,
// rationale, source, restart, export, and a teammate importing the file on a fresh profile.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readBundle, type Bundle } from '../../shared';
import {
  articleShown,
  enterName,
  exportBundle,
  highlightTexts,
  importFile,
  lastNotice,
  markClaim,
  openDocument,
  selectInArticle,
} from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';

const baseUrl = inject('baseUrl');
const SAMPLE_TITLE = /Putin claims Russia is ready to negotiate/;
const WAR_SENTENCE = 'The war is not over yet.';
const BURNS_SENTENCE =
  'William Burns, Director of the CIA, stated this month that although most conflicts can be resolved through negotiation Russia is not serious about holding real negotiations as his assessment.';
const BURNS_INNER = 'Russia is not serious about holding real negotiations';

describe('an analyst marks claims in the sample article and shares them', () => {
  const profileA = newProfileDir();
  const profileB = newProfileDir();
  const workDir = newProfileDir();
  let app: AppSession;
  let exportedPath = '';
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await launchApp(baseUrl, profileA);
  });

  afterAll(async () => {
    await app?.close();
    for (const dir of [profileA, profileB, workDir]) removeProfileDir(dir);
  });

  it('asks for the name once and shows the bundled sample article without its site boilerplate', async () => {
    const { page } = app;
    await enterName(page, 'Ana Analyst');
    await expect.poll(() => page.getByRole('button', { name: SAMPLE_TITLE }).count()).toBe(1);
    await openDocument(page, SAMPLE_TITLE);
    const text = await page.locator('.article-text').innerText();
    expect(text).toContain('This is a fact that has been proven throughout Russia’s history.');
    expect(text).not.toContain('Please enter your comment');
    expect(text).not.toContain('More like this');
    expect(text).not.toContain('Britain will send 14 main battle tanks');
    await expect.poll(() => page.locator('.article-text h1').innerText()).toMatch(SAMPLE_TITLE);
    expect(await page.getByText('No claims yet').count()).toBe(1);
  });

  it('refuses to mark an empty or white-space selection and says why', async () => {
    const { page } = app;
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await page.getByRole('button', { name: 'Mark claim' }).click();
    await expect.poll(() => lastNotice(page)).toContain('Select the words of the claim');
    await selectInArticle(page, ' ');
    await page.keyboard.press('m');
    await expect.poll(() => lastNotice(page)).toMatch(/only white space/);
    expect(await page.locator('[data-claim-card]').count()).toBe(0);
    expect(await page.locator('.article-text [data-claim-id]').count()).toBe(0);
  });

  it('marks a sentence with the shortcut, shows its highlight and opens its card', async () => {
    const { page } = app;
    ids.war = await markClaim(page, WAR_SENTENCE);
    expect((await highlightTexts(page))[ids.war]).toBe(WAR_SENTENCE);
    await expect
      .poll(() => page.getByLabel('Claim as worded').evaluate((element) => element === document.activeElement))
      .toBe(true);
  });

  it('saves the wording, claimant, verdict, rationale and a source as they are entered', async () => {
    const { page } = app;
    await page.getByLabel('Claim as worded').fill('The war in Ukraine has not ended');
    await page.getByLabel('Claimant', { exact: true }).fill('Example Daily');
    await page.getByLabel('Verdict', { exact: true }).selectOption({ label: 'True' });
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Researching' });
    await page.getByRole('textbox', { name: 'Rationale' }).fill('Fighting continued at the time of writing.');
    await page.getByLabel('Source URL').fill('javascript:alert(1)');
    await page.getByLabel('Source title').fill('Hostile link');
    await page.getByRole('button', { name: 'Add source' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('http:// or https://');
    expect(await page.locator('.evidence-item').count()).toBe(0);
    await page.getByLabel('Source URL').fill('https://www.un.org/en/situation-in-ukraine');
    await page.getByLabel('Source title').fill('UN: Situation in Ukraine');
    await page.getByLabel('Stance', { exact: true }).selectOption({ label: 'Supports' });
    await page.getByRole('button', { name: 'Add source' }).click();
    await expect.poll(() => page.locator('.evidence-item').innerText()).toContain('UN: Situation in Ukraine');
    await expect.poll(() => page.locator('.claim-item.is-selected .verdict-badge').innerText()).toBe('True');
    expect(await page.locator(`.article-text [data-claim-id="${ids.war}"]`).getAttribute('data-verdict')).toBe(
      'scale-truth-6/true',
    );
  });

  it('lets claims overlap, and a click on a highlight selects its card', async () => {
    const { page } = app;
    ids.burns = await markClaim(page, BURNS_SENTENCE);
    await page.getByLabel('Claimant', { exact: true }).fill('William Burns');
    await page.getByLabel('Verdict', { exact: true }).selectOption({ label: 'Mostly true' });
    ids.inner = await markClaim(page, BURNS_INNER);
    await page.getByLabel('Claimant', { exact: true }).fill('William Burns');
    await page.getByLabel('Verdict', { exact: true }).selectOption({ label: 'Half true' });
    const texts = await highlightTexts(page);
    expect(texts[ids.burns]).toBe(BURNS_SENTENCE);
    expect(texts[ids.inner]).toBe(BURNS_INNER);
    // The inner claim sits inside the outer one's highlight.
    expect(await page.locator(`[data-claim-id="${ids.burns}"] [data-claim-id="${ids.inner}"]`).count()).toBeGreaterThan(
      0,
    );

    await page.locator(`.article-text [data-claim-id="${ids.war}"]`).click();
    await expect.poll(() => page.locator('.claim-item.is-selected').getAttribute('data-claim-card')).toBe(ids.war);
    await page.locator(`.article-text [data-claim-id="${ids.inner}"]`).first().click();
    await expect.poll(() => page.locator('.claim-item.is-selected').getAttribute('data-claim-card')).toBe(ids.inner);
    expect(await page.locator(`.article-text [data-claim-id="${ids.inner}"].is-active`).count()).toBeGreaterThan(0);
  });

  it('deletes a claim and brings it back with Undo and with Ctrl+Z', async () => {
    const { page } = app;
    ids.extra = await markClaim(page, 'Moscow claims it does not target civilians.');
    await page.getByRole('button', { name: 'Delete claim' }).click();
    await expect.poll(() => page.locator(`[data-claim-card="${ids.extra}"]`).count()).toBe(0);
    expect(await page.locator(`.article-text [data-claim-id="${ids.extra}"]`).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator(`[data-claim-card="${ids.extra}"]`).count()).toBe(1);
    await page.getByRole('button', { name: 'Delete claim' }).click();
    await expect.poll(() => page.locator(`[data-claim-card="${ids.extra}"]`).count()).toBe(0);
    await page.locator('.article-text').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(`[data-claim-card="${ids.extra}"]`).count()).toBe(1);
    await page.getByRole('button', { name: 'Delete claim' }).click();
    await expect.poll(() => page.locator(`[data-claim-card="${ids.extra}"]`).count()).toBe(0);
  });

  it('scrolls the article to a claim whose card is picked in the panel', async () => {
    const { page } = app;
    const lastSentence = 'This is a fact that has been proven throughout Russia’s history.';
    ids.last = await markClaim(page, lastSentence);
    await page.locator('.article-scroll').evaluate((element) => element.scrollTo({ top: 0 }));
    const inView = () =>
      page.evaluate((id) => {
        const highlight = document.querySelector(`.article-text [data-claim-id="${id}"]`)?.getBoundingClientRect();
        const viewport = document.querySelector('.article-scroll')?.getBoundingClientRect();
        return Boolean(highlight && viewport && highlight.top >= viewport.top && highlight.bottom <= viewport.bottom);
      }, ids.last);
    await page.setViewportSize({ width: 1400, height: 500 });
    await page.locator('.article-scroll').evaluate((element) => element.scrollTo({ top: 0 }));
    expect(await inView()).toBe(false);
    await page.locator(`[data-claim-card="${ids.war}"] .claim-summary`).click();
    await page.locator(`[data-claim-card="${ids.last}"] .claim-summary`).click();
    await expect.poll(inView).toBe(true);
    expect(await page.locator(`.article-text [data-claim-id="${ids.last}"]`).getAttribute('class')).toContain(
      'is-active',
    );
    await page.getByRole('button', { name: 'Delete claim' }).click();
    await expect.poll(() => page.locator(`[data-claim-card="${ids.last}"]`).count()).toBe(0);
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('keeps everything after the app is closed and started again', async () => {
    await app.close();
    app = await launchApp(baseUrl, profileA);
    const { page } = app;
    await page.getByRole('heading', { name: 'Library' }).waitFor();
    expect(await page.getByLabel('Your name').count()).toBe(0);
    expect(await page.getByRole('button', { name: SAMPLE_TITLE }).innerText()).toContain('3 claims');
    await openDocument(page, SAMPLE_TITLE);
    await expect
      .poll(async () => Object.keys(await highlightTexts(page)).sort())
      .toEqual([ids.war, ids.burns, ids.inner].sort());
    await page.locator(`[data-claim-card="${ids.war}"] .claim-summary`).click();
    expect(await page.getByLabel('Claim as worded').inputValue()).toBe('The war in Ukraine has not ended');
    expect(await page.getByLabel('Claimant', { exact: true }).inputValue()).toBe('Example Daily');
    expect(await page.getByRole('textbox', { name: 'Rationale' }).innerText()).toBe(
      'Fighting continued at the time of writing.',
    );
    expect(await page.locator('.evidence-item').innerText()).toContain('UN: Situation in Ukraine');
    expect(await page.locator('.claim-item.is-selected .verdict-badge').innerText()).toBe('True');
    expect(await page.locator('.claim-card .claim-stamp').innerText()).toContain('Ana Analyst');
  });

  it('exports the document with its claims to a valid .factcheck.json bundle', async () => {
    const download = await exportBundle(app.page);
    expect(download.suggestedFilename()).toMatch(/^putin-claims-russia.*\.factcheck\.json$/);
    exportedPath = join(workDir, download.suggestedFilename());
    await download.saveAs(exportedPath);
    const result = readBundle(readFileSync(exportedPath, 'utf8'));
    expect(result.ok).toBe(true);
    const bundle = (result as { bundle: Bundle }).bundle;
    expect(bundle.exportedBy.name).toBe('Ana Analyst');
    expect(bundle.documents).toHaveLength(1);
    expect(
      bundle.claims
        .filter((claim) => !claim.deleted)
        .map((claim) => claim.id)
        .sort(),
    ).toEqual([ids.war, ids.burns, ids.inner].sort());
    expect(bundle.claims.find((claim) => claim.id === ids.extra)?.deleted).toBe(true);
    expect(bundle.sources.map((source) => source.url)).toEqual(['https://www.un.org/en/situation-in-ukraine']);
    expect(bundle.evidence).toHaveLength(1);
  });

  it('lets a teammate on a fresh profile import the file and see the same claims in the same places', async () => {
    await app.close();
    app = await launchApp(baseUrl, profileB);
    const { page } = app;
    await enterName(page, 'Tomás Teammate');
    await importFile(page, exportedPath);
    await expect
      .poll(() => lastNotice(page))
      .toMatch(/Imported 0 new documents, 3 new claims \(and 2 deleted ones\), 1 new source, 1 evidence link/);
    await articleShown(page);
    const texts = await highlightTexts(page);
    expect(texts[ids.war ?? 'missing']).toBe(WAR_SENTENCE);
    expect(texts[ids.burns ?? 'missing']).toBe(BURNS_SENTENCE);
    expect(texts[ids.inner ?? 'missing']).toBe(BURNS_INNER);
    await page.locator(`[data-claim-card="${ids.war}"] .claim-summary`).click();
    expect(await page.getByLabel('Claimant', { exact: true }).inputValue()).toBe('Example Daily');
    expect(await page.locator('.claim-item.is-selected .verdict-badge').innerText()).toBe('True');
    expect(await page.locator('.evidence-item').innerText()).toContain('UN: Situation in Ukraine');
    expect(await page.locator('.claim-card .claim-stamp').innerText()).toContain('Marked by Ana Analyst');
  });

  it('changes nothing when the same file is imported twice', async () => {
    const { page } = app;
    await importFile(page, exportedPath);
    await expect
      .poll(() => lastNotice(page))
      .toMatch(/Imported 0 new documents, 0 new claims.*identical records skipped/);
    expect(await page.locator('[data-claim-card]').count()).toBe(3);
    await page.getByRole('button', { name: 'Library' }).click();
    await expect.poll(() => page.locator('.document-item').count()).toBe(1);
  });

  it.each([
    ['a file that is not JSON', 'not json at all', /not valid JSON/],
    [
      'a bundle of a future format version',
      (bundle: Bundle) => ({ ...bundle, version: 7 }),
      /version 7; this app reads version 4/,
    ],
    [
      'a bundle with a wrong field',
      (bundle: Bundle) => ({
        ...bundle,
        claims: bundle.claims.map((claim, index) =>
          index === 0 ? { ...claim, target: { ...claim.target, start: 'ten' } } : claim,
        ),
      }),
      /\$\.claims\[0\]\.target\.start: expected number/,
    ],
  ] as const)('rejects %s with a clear message and changes nothing', async (_name, content, expected) => {
    const { page } = app;
    const original = JSON.parse(readFileSync(exportedPath, 'utf8')) as Bundle;
    const path = join(workDir, `bad-${Math.random().toString(36).slice(2)}.factcheck.json`);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content(original)));
    await importFile(page, path);
    const dialog = page.getByRole('dialog', { name: 'The file was not imported' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(expected);
    expect(await dialog.innerText()).toContain('Nothing was changed');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Library' }).click();
    await expect.poll(() => page.locator('.document-item').count()).toBe(1);
    expect(await page.locator('.document-item').innerText()).toContain('3 claims');
  });

  it('ran without page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
