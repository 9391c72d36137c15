// A saved news page imported in Chromium: the article without the page furniture, its metadata, and the same document the CLI makes.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Bundle } from '../../shared';
import { articleShown, enterName, lastNotice, markClaim } from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';
import { buildCli, openArticle, storedDocument } from './import-steps';

const baseUrl = inject('baseUrl');
const PAGE = resolve(import.meta.dirname, '../fixtures/articles/riverton-bus-ridership.html');
const TITLE = 'Mayor says bus ridership doubled since fare cut. The figures tell a different story';

describe('importing a saved news page', () => {
  const profile = newProfileDir();
  let app: AppSession;
  let cliBundle: Promise<Bundle>;

  beforeAll(async () => {
    // The CLI runs on the same file while the browser starts.
    cliBundle = buildCli().then((runNew) => runNew(PAGE));
    app = await launchApp(baseUrl, profile);
    await enterName(app.page, 'Ana Analyst');
  });

  afterAll(async () => {
    await app?.close();
    removeProfileDir(profile);
  });

  it('shows the article with its headings, quote and lists, and none of the page furniture', async () => {
    const { page } = app;
    await openArticle(page, PAGE);
    await articleShown(page);
    await expect.poll(() => lastNotice(page)).toContain(`Added “${TITLE}”.`);
    const article = page.locator('.article-text');
    expect(await article.locator('h1').innerText()).toBe(TITLE);
    expect(await article.locator('h2').allInnerTexts()).toEqual([
      'Where the “doubling” comes from',
      'What the figures show',
    ]);
    expect(await article.locator('blockquote').innerText()).toMatch(/^“Route 7 shows what is possible/);
    expect(await article.locator('li').count()).toBe(5);
    const text = await article.innerText();
    expect(text).toContain(
      'In the twelve months to October 2026 they made 56.9 million, an increase of about 38 per cent.',
    );
    for (const chrome of [
      'Skip to content',
      'We use cookies',
      'Accept all',
      'Share on Facebook',
      'Copy link',
      'Advertisement',
      'morning briefing',
      'Leave a reply',
      'Please enter your comment',
      'RivertonRider',
      'More like this',
      'Tram extension',
      'All rights reserved',
      'Tracking pixel',
      'free articles',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('stores the page metadata, the emphasis and only the http(s) links', async () => {
    const document = await storedDocument(app.page, TITLE);
    expect(document).toMatchObject({
      url: 'https://www.rivertoncourier.example/news/2026/11/28/bus-ridership-fare-cut',
      outlet: 'The Riverton Courier',
      author: 'Maria Jensen',
      publishedAt: '2026-11-28T07:30:00+00:00',
      language: 'en-GB',
    });
    const hrefs = document.blocks.flatMap((block) =>
      (block.marks ?? []).flatMap((mark) => (mark.href ? [mark.href] : [])),
    );
    expect(hrefs).toEqual([
      'https://data.riverton.example/transport/ridership',
      'https://www.rivertoncourier.example/documents/route-7-review.pdf',
      'https://www.riverton.example/council/minutes/2026-11-24',
    ]);
    expect(document.blocks[1]?.marks).toEqual([
      { type: 'bold', start: 18, end: 29 },
      { type: 'italic', start: 87, end: 96 },
    ]);
  });

  it('is the very document `factcheck new` makes of the same file: same blocks, text and hash', async () => {
    const inApp = await storedDocument(app.page, TITLE);
    const [cli] = (await cliBundle).documents;
    expect(cli?.textHash).toBe(inApp.textHash);
    expect(cli?.text).toBe(inApp.text);
    expect(cli?.blocks).toEqual(inApp.blocks);
    // Everything the article and its metadata are (ids, stamps and sync data differ by who made the record and when).
    const content = (document: typeof inApp | undefined) =>
      document && {
        title: document.title,
        url: document.url,
        outlet: document.outlet,
        author: document.author,
        publishedAt: document.publishedAt,
        language: document.language,
        scaleId: document.scaleId,
        deleted: document.deleted,
      };
    expect(content(cli)).toEqual(content(inApp));
  });

  it('shows outlet, author and date in the library, and the details in the editor', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    const row = page.locator('.library-row', { hasText: TITLE });
    expect(await row.locator('.document-meta').innerText()).toMatch(
      /^The Riverton Courier · by Maria Jensen · published .*2026 · 0 claims$/,
    );
    await row.getByRole('button', { name: 'Details…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Document details' });
    expect(await dialog.getByLabel('Outlet').inputValue()).toBe('The Riverton Courier');
    expect(await dialog.getByLabel('URL').inputValue()).toBe(
      'https://www.rivertoncourier.example/news/2026/11/28/bus-ridership-fare-cut',
    );
    expect(await dialog.getByLabel('Language').inputValue()).toBe('en-GB');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('opens the same page again as the document already in the library', async () => {
    const { page } = app;
    await openArticle(page, PAGE);
    await expect.poll(() => lastNotice(page)).toContain(`This article is already in the library: opened “${TITLE}”.`);
    await markClaim(page, 'bus ridership had “doubled”');
  });

  it('ran without page errors (no Content-Security-Policy violations from the page’s styles)', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
