// Opening an article file from disk: Markdown structure is kept, boilerplate is reported, bad files change nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { enterName, lastNotice } from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';

const baseUrl = inject('baseUrl');

async function openArticle(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open article…' }).click()]);
  await chooser.setFiles(path);
}

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

  it('adds a Markdown article with its headings and quotes, and says what boilerplate it left out', async () => {
    const path = join(files, 'budget.md');
    writeFileSync(
      path,
      '# Budget claims checked\n\nThe minister said spending rose by 12%.\n\n## What the data says\n\n> Spending rose by 9% in real terms.\n\nShare post:\n\nMore like this\n',
    );
    const { page } = app;
    await openArticle(page, path);
    await page.locator('.article-text').waitFor();
    expect(await page.locator('.article-text h1').innerText()).toBe('Budget claims checked');
    expect(await page.locator('.article-text h2').innerText()).toBe('What the data says');
    expect(await page.locator('.article-text blockquote').innerText()).toBe('Spending rose by 9% in real terms.');
    expect(await page.locator('.article-text').innerText()).not.toContain('Share post');
    await expect.poll(() => lastNotice(page)).toMatch(/Added “Budget claims checked”\. Left out 2 trailing paragraphs of site boilerplate/);
  });

  it.each([
    ['an empty file', 'empty.txt', '', /no article text/],
    ['a file of another kind', 'report.pdf', '%PDF-1.4', /not a text or Markdown file/],
    ['a binary file', 'binary.txt', 'abc\u0000\u0001def', /not readable UTF-8 text/],
  ])('refuses %s and adds nothing', async (_what, name, content, message) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Library' }).click();
    await page.locator('.document-item').first().waitFor();
    const before = await page.locator('.document-item').count();
    const path = join(files, name);
    writeFileSync(path, content);
    await openArticle(page, path);
    await expect.poll(() => lastNotice(page)).toMatch(message);
    expect(await page.locator('.document-item').count()).toBe(before);
  });
});
