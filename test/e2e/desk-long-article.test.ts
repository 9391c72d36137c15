// A long article (about 400 KB) with 2,000 claims in Chromium: the highlights of its first screens come with
// its first paint, the others follow frame by frame until every claim is drawn, and a claim far down the
// article is revealed when the article opens on it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articleText } from '../../bench/lib/article-text';
import { createBundle, newEvidence, newSource, serialiseBundle, type Bundle } from '../../shared';
import { largeBundle } from '../fixtures/bundles/large-bundle';
import { articleShown, importFile, openFreshApp, type FreshApp } from './app-actions';
import { newProfileDir, removeProfileDir } from './browser';

const baseUrl = inject('baseUrl');
const CLAIMS = 2_000;
const TITLE = 'A long article';
const SOURCE_TITLE = 'Hearing transcript';
const ANALYST = { id: '0b6c2f4e-3d1a-4e5b-9c8d-7f6e5d4c3b2a', name: 'Ana Analyst' };

describe('a long article with many claims', () => {
  const workDir = newProfileDir();
  let app: FreshApp;
  let bundle: Bundle;
  let farClaim: Bundle['claims'][number];
  const highlightedClaims = () =>
    app.page.evaluate(
      () =>
        new Set(
          [...document.querySelectorAll<HTMLElement>('.article-text [data-claim-id]')].map(
            (element) => element.dataset['claimId'],
          ),
        ).size,
    );
  const openArticle = async () => {
    await app.page.getByRole('button', { name: TITLE }).click();
    await articleShown(app.page);
  };

  beforeAll(async () => {
    app = await openFreshApp(baseUrl);
    const source = readFileSync(join(import.meta.dirname, '../fixtures/articles/putin-negotiations.txt'), 'utf8');
    const generated = largeBundle(articleText(source, 400_000, TITLE), CLAIMS);
    farClaim = [...generated.claims].sort((a, b) => b.target.start - a.target.start)[0] as Bundle['claims'][number];
    const cited = newSource('https://records.example/hearing', SOURCE_TITLE, ANALYST);
    bundle = createBundle(
      {
        documents: generated.documents,
        claims: generated.claims,
        sources: [cited],
        evidence: [newEvidence(farClaim.id, cited.id, 'refutes', ANALYST)],
        scales: generated.scales,
      },
      ANALYST,
    );
    const file = join(workDir, 'long.factcheck.json');
    writeFileSync(file, serialiseBundle(bundle));
    await importFile(app.page, file);
    // Its paragraphs come from the sample article, so the app asks whether it is another version of it: it is not (kept separate, as preselected).
    const question = app.page.getByRole('dialog', { name: 'Another version of an article?' });
    await question.waitFor({ timeout: 30_000 });
    await question.getByRole('button', { name: 'Import', exact: true }).click();
    await app.page
      .getByTestId('notice')
      .filter({ hasText: `${CLAIMS} new claims` })
      .waitFor({ timeout: 50_000 });
    await app.page.getByRole('button', { name: 'Library', exact: true }).click();
  });

  afterAll(async () => {
    await app?.close();
    removeProfileDir(workDir);
  });

  it('draws every claim, the first screen’s with the first paint', async () => {
    const { page } = app;
    await openArticle();
    const stored = bundle.documents[0] as Bundle['documents'][number];
    const firstScreen = bundle.claims.filter((claim) => claim.target.end < 5_000).map((claim) => claim.id);
    expect(firstScreen.length).toBeGreaterThan(0);
    const drawnFirst = await page.evaluate(
      (ids) => ids.filter((id) => document.querySelector(`.article-text [data-claim-id="${CSS.escape(id)}"]`)).length,
      firstScreen,
    );
    expect(drawnFirst).toBe(firstScreen.length);
    await expect.poll(highlightedClaims, { timeout: 20_000 }).toBe(CLAIMS);
    expect(stored.text.length).toBeGreaterThan(300_000);
  });

  it('opens the article at a claim far down, picked in the source library, before its highlights are all drawn', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await page.getByRole('button', { name: new RegExp(SOURCE_TITLE) }).click();
    // The document opens on the claim while only its first screens' highlights are drawn; the article still scrolls to it.
    await page.locator('.source-uses').getByRole('button').click();
    await expect.poll(() => page.locator('[data-claim-details]').getAttribute('data-claim-details')).toBe(farClaim.id);
    const inView = () =>
      page.evaluate((id) => {
        const element = document.querySelector(`.article-text [data-claim-id="${CSS.escape(id)}"]`);
        const scroller = document.querySelector('.article-scroll');
        if (!element || !scroller) return false;
        const box = element.getBoundingClientRect();
        const view = scroller.getBoundingClientRect();
        return box.top >= view.top && box.bottom <= view.bottom;
      }, farClaim.id);
    await expect.poll(inView, { timeout: 10_000 }).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });
});
