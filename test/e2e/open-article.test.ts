// Opening an article file from disk: Markdown structure is kept, boilerplate is offered for removal, bad files change nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { enterName, lastNotice } from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';
import { openArticle } from './import-steps';

const baseUrl = inject('baseUrl');
const MARKDOWN = '# Budget claims checked\n\nThe minister said spending rose by 12%.\n\n## What the data says\n\n> Spending rose by 9% in real terms.\n\nShare post:\n\nMore like this\n';

describe('opening an article file', () => {
  const profile = newProfileDir();
  const files = newProfileDir();
  let app: AppSession;

  beforeAll(async () => {
    app = await launchApp(baseUrl, profile);
    await enterName(app.page, 'Ana Analyst');
  });

  afterAll(async () => {
    await app?.close();
    removeProfileDir(profile);
    removeProfileDir(files);
  });

  it('offers to remove the boilerplate at the end, and a Markdown article keeps its headings and quotes without it', async () => {
    const path = join(files, 'budget.md');
    writeFileSync(path, MARKDOWN);
    const { page } = app;
    await openArticle(page, path);
    const dialog = page.getByRole('dialog', { name: 'Remove site boilerplate?' });
    await dialog.waitFor();
    expect(await dialog.getByRole('list', { name: 'Paragraphs to remove' }).getByRole('listitem').allInnerTexts()).toEqual(['Share post:', 'More like this']);
    await dialog.getByRole('button', { name: 'Remove them' }).click();
    await page.locator('.article-text').waitFor();
    expect(await page.locator('.article-text h1').innerText()).toBe('Budget claims checked');
    expect(await page.locator('.article-text h2').innerText()).toBe('What the data says');
    expect(await page.locator('.article-text blockquote').innerText()).toBe('Spending rose by 9% in real terms.');
    expect(await page.locator('.article-text').innerText()).not.toContain('Share post');
    await expect.poll(() => lastNotice(page)).toMatch(/Added “Budget claims checked”\. Removed 2 trailing paragraphs of site boilerplate\./);
  });

  it('keeps the boilerplate when the analyst says so, and imports nothing on Cancel', async () => {
    const { page } = app;
    const kept = join(files, 'kept.md');
    writeFileSync(kept, MARKDOWN.replace('Budget claims checked', 'Budget claims kept'));
    await openArticle(page, kept);
    await page.getByRole('dialog', { name: 'Remove site boilerplate?' }).getByRole('button', { name: 'Keep them' }).click();
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
    ['a file of white space', 'blank.txt', ' \n\n\t', /“blank\.txt”: The file holds no article text\. Nothing was added\./],
    ['a file of another kind', 'report.pdf', '%PDF-1.4', /“report\.pdf” is not an article file\. Factcheck Desk reads \.txt, \.md/],
    ['a PDF renamed .txt', 'report.txt', '%PDF-1.4\n%\u00e2\u00e3', /The file is a PDF document, not text/],
    ['a binary file', 'binary.txt', 'abc\u0000\u0001def', /“binary\.txt”: The file is binary, not text\./],
    ['a page with no article', 'furniture.html', '<html><body><nav><a href="/">Home</a></nav><div id="cookie-banner">We use cookies</div></body></html>', /No article text was found in this page/],
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
    await expect.poll(() => lastNotice(page)).toMatch(/“utf16\.txt”: The file is UTF-16 text; Factcheck Desk reads UTF-8\. Save it as UTF-8 and try again\. Nothing was added\./);
    writeFileSync(join(files, 'latin1.md'), Buffer.from('# Caf\xe9\n\nAu lait.', 'latin1'));
    await openArticle(page, join(files, 'latin1.md'));
    await expect.poll(() => lastNotice(page)).toMatch(/“latin1\.md”: The file is not UTF-8 text \(it may be Latin-1 or Windows-1252\)/);
    expect(await page.locator('.document-item').count()).toBe(before);
  });

  it('ran without page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
