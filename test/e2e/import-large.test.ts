// A 1 MB report (a saved web page) imports, opens and takes claims near its end within a few seconds, and matches the CLI's document.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Bundle } from '../../shared';
import { enterName, highlightTexts, markClaim } from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';
import { buildCli, openArticle, storedDocument } from './import-steps';

const baseUrl = inject('baseUrl');
const TITLE = 'Riverton transport report 2026';

const PARAGRAPHS = [
  'In the twelve months before the fare cut, passengers made 41.2 million journeys on the city’s buses; in the twelve months to October 2026 they made 56.9 million.',
  'Of the city’s 42 bus routes, only three saw ridership grow by more than 75 per cent, and eleven routes carried fewer passengers than before the cut.',
  'Transport economists say part of the rise reflects the recovery after roadworks on the ring road, which diverted buses for most of 2023.',
  'Journeys on route 7, which links the university campus with the city centre, rose from 1.9 million to 4.1 million a year.',
];

/** A saved report page of about `bytes` bytes: numbered sections of fixture sentences, with page furniture around them. */
function largeReport(bytes: number): { html: string; sections: number } {
  const parts: string[] = [];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    section += 1;
    const body = PARAGRAPHS.map(
      (text, index) =>
        `<p>Section ${section}, point ${index + 1}: ${text} See <a href="https://data.riverton.example/s/${section}">table ${section}.${index + 1}</a>.</p>`,
    ).join('\n');
    const part = `<h2>Section ${section}</h2>\n${body}\n`;
    parts.push(part);
    size += part.length;
  }
  const html = `<!DOCTYPE html><html lang="en"><head><title>${TITLE} | Riverton Council</title><meta property="og:site_name" content="Riverton Council"></head><body><nav><a href="/">Home</a></nav><div class="cookie-banner">We use cookies</div><main><article><h1>${TITLE}</h1>\n${parts.join('')}</article></main><footer>© Riverton Council</footer></body></html>`;
  return { html, sections: section };
}

describe('a 1 MB report', () => {
  const profile = newProfileDir();
  const files = newProfileDir();
  const { html, sections } = largeReport(1024 * 1024);
  const path = join(files, 'transport-report.html');
  let app: AppSession;
  let cliBundle: Promise<Bundle>;

  beforeAll(async () => {
    writeFileSync(path, html);
    cliBundle = buildCli().then((runNew) => runNew(path));
    app = await launchApp(baseUrl, profile);
    await enterName(app.page, 'Ana Analyst');
  });

  afterAll(async () => {
    await app?.close();
    removeProfileDir(profile);
    removeProfileDir(files);
  });

  it('imports and shows the whole article, to its last section, within a few seconds', async () => {
    const { page } = app;
    expect(html.length).toBeGreaterThan(1024 * 1024);
    const started = Date.now();
    await openArticle(page, path);
    await page.locator('.article-text h2', { hasText: `Section ${sections}` }).waitFor({ timeout: 30_000 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(15_000);
    expect(await page.locator('.article-text h2').count()).toBe(sections);
    expect(await page.locator('.article-text h1').innerText()).toBe(TITLE);
    expect(await page.locator('.article-text').innerText()).not.toContain('We use cookies');
  });

  it('takes a claim near the end of the text, on the right words', async () => {
    const { page } = app;
    const quote = `Section ${sections}, point 2: Of the city’s 42 bus routes`;
    const id = await markClaim(page, quote);
    expect((await highlightTexts(page))[id]).toBe(quote);
  });

  it('is the same document the CLI makes of the file', async () => {
    const stored = await storedDocument(app.page, TITLE);
    expect(stored.text.length).toBeGreaterThan(700_000);
    const [cli] = (await cliBundle).documents;
    expect(cli?.textHash).toBe(stored.textHash);
    expect(cli?.blocks.length).toBe(stored.blocks.length);
  });

  it('ran without page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
