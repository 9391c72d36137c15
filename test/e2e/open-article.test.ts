// Opening an article file from disk: Markdown structure is kept, boilerplate is offered for removal, bad files change nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articleShown, type FreshApp, lastNotice, openFreshApp } from './app-actions';
import { newProfileDir, removeProfileDir } from './browser';
import { buildCli, openArticle, storedDocument } from './import-steps';

const baseUrl = inject('baseUrl');
const MARKED_TITLE = 'Exports doubled, says minister';
const MARKED = `# ${MARKED_TITLE}\n\nThe minister said **exports _doubled_** in 2024, citing [the statistics office](https://stats.example/exports).\n\nAn *unchanged* 2*3*4 ratio and snake_case stay as written.\n`;
const MARKDOWN =
  '# Budget claims checked\n\nThe minister said spending rose by 12%.\n\n## What the data says\n\n> Spending rose by 9% in real terms.\n\nShare post:\n\nMore like this\n';

describe('opening an article file', () => {
  const files = newProfileDir();
  let app: FreshApp;

  beforeAll(async () => {
    app = await openFreshApp(baseUrl);
  });

  afterAll(async () => {
    await app?.close();
    removeProfileDir(files);
  });

  it('offers to remove the boilerplate at the end, and a Markdown article keeps its headings and quotes without it', async () => {
    const path = join(files, 'budget.md');
    writeFileSync(path, MARKDOWN);
    const { page } = app;
    await openArticle(page, path);
    const dialog = page.getByRole('dialog', { name: 'Remove site boilerplate?' });
    await dialog.waitFor();
    expect(
      await dialog.getByRole('list', { name: 'Paragraphs to remove' }).getByRole('listitem').allInnerTexts(),
    ).toEqual(['Share post:', 'More like this']);
    await dialog.getByRole('button', { name: 'Remove them' }).click();
    await articleShown(page);
    expect(await page.locator('.article-text h1').innerText()).toBe('Budget claims checked');
    expect(await page.locator('.article-text h2').innerText()).toBe('What the data says');
    expect(await page.locator('.article-text blockquote').innerText()).toBe('Spending rose by 9% in real terms.');
    expect(await page.locator('.article-text').innerText()).not.toContain('Share post');
    await expect
      .poll(() => lastNotice(page))
      .toMatch(/Added “Budget claims checked”\. Removed 2 trailing paragraphs of site boilerplate\./);
  });

  it('keeps the boilerplate when the analyst says so, and imports nothing on Cancel', async () => {
    const { page } = app;
    const kept = join(files, 'kept.md');
    writeFileSync(kept, MARKDOWN.replace('Budget claims checked', 'Budget claims kept'));
    await openArticle(page, kept);
    await page
      .getByRole('dialog', { name: 'Remove site boilerplate?' })
      .getByRole('button', { name: 'Keep them' })
      .click();
    await expect.poll(() => page.locator('.article-text').innerText()).toContain('More like this');

    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.locator('.document-item').first().waitFor();
    const before = await page.locator('.document-item').count();
    const cancelled = join(files, 'cancelled.md');
    writeFileSync(cancelled, MARKDOWN.replace('Budget claims checked', 'Budget claims cancelled'));
    await openArticle(page, cancelled);
    const dialog = page.getByRole('dialog', { name: 'Remove site boilerplate?' });
    await dialog.getByRole('button', { name: 'Cancel import' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('.document-item').count()).toBe(before);
  });

  it.each([
    ['an empty file', 'empty.txt', '', /“empty\.txt”: The file is empty\. Nothing was added\./],
    [
      'a file of white space',
      'blank.txt',
      ' \n\n\t',
      /“blank\.txt”: The file holds no article text\. Nothing was added\./,
    ],
    [
      'a file of another kind',
      'report.pdf',
      '%PDF-1.4',
      /“report\.pdf” is not an article file\. Factcheck Desk reads \.txt, \.md/,
    ],
    ['a PDF renamed .txt', 'report.txt', '%PDF-1.4\n%\u00e2\u00e3', /The file is a PDF document, not text/],
    ['a binary file', 'binary.txt', 'abc\u0000\u0001def', /“binary\.txt”: The file is binary, not text\./],
    [
      'a page with no article',
      'furniture.html',
      '<html><body><nav><a href="/">Home</a></nav><div id="cookie-banner">We use cookies</div></body></html>',
      /No article text was found in this page/,
    ],
  ])('refuses %s and adds nothing', async (_what, name, content, message) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.locator('.document-item').first().waitFor();
    const before = await page.locator('.document-item').count();
    const path = join(files, name);
    writeFileSync(path, content);
    await openArticle(page, path);
    await expect.poll(() => lastNotice(page)).toMatch(message);
    expect(await page.locator('.document-item').count()).toBe(before);
  });

  it('refuses text in another encoding (UTF-16, Latin-1) and adds nothing', async () => {
    const { page } = app;
    const before = await page.locator('.document-item').count();
    writeFileSync(join(files, 'utf16.txt'), Buffer.from('\ufeffHeadline\n\nSome text in UTF-16.', 'utf16le'));
    await openArticle(page, join(files, 'utf16.txt'));
    await expect
      .poll(() => lastNotice(page))
      .toMatch(
        /“utf16\.txt”: The file is UTF-16 text; Factcheck Desk reads UTF-8\. Save it as UTF-8 and try again\. Nothing was added\./,
      );
    writeFileSync(join(files, 'latin1.md'), Buffer.from('# Caf\xe9\n\nAu lait.', 'latin1'));
    await openArticle(page, join(files, 'latin1.md'));
    await expect
      .poll(() => lastNotice(page))
      .toMatch(/“latin1\.md”: The file is not UTF-8 text \(it may be Latin-1 or Windows-1252\)/);
    expect(await page.locator('.document-item').count()).toBe(before);
  });

  it('reads Markdown emphasis and links as formatting, and makes the very document `factcheck new` makes of the file', async () => {
    const path = join(files, 'exports.md');
    writeFileSync(path, MARKED);
    const cliBundle = buildCli().then((runNew) => runNew(path));
    const { page } = app;
    await openArticle(page, path);
    await expect.poll(() => lastNotice(page)).toContain(`Added “${MARKED_TITLE}”.`);
    const article = page.locator('.article-text');
    expect(await article.locator('strong').innerText()).toBe('exports doubled');
    expect(await article.locator('strong em').innerText()).toBe('doubled');
    expect(await article.getByRole('link', { name: 'the statistics office' }).getAttribute('href')).toBe(
      'https://stats.example/exports',
    );
    expect(await article.locator('p').nth(1).innerText()).toBe(
      'An unchanged 2*3*4 ratio and snake_case stay as written.',
    );

    const inApp = await storedDocument(page, MARKED_TITLE);
    expect(inApp.blocks[1]?.marks).toEqual([
      { type: 'bold', start: 18, end: 33 },
      { type: 'italic', start: 26, end: 33 },
      { type: 'link', start: 50, end: 71, href: 'https://stats.example/exports' },
    ]);
    const [cli] = (await cliBundle).documents;
    expect(cli?.blocks).toEqual(inApp.blocks);
    expect(cli?.text).toBe(inApp.text);
    expect(cli?.textHash).toBe(inApp.textHash);
    expect(cli?.title).toBe(inApp.title);
  });

  it('ran without page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
