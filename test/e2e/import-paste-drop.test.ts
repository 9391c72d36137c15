// Pasting and dropping articles in Chromium: plain text and web-page HTML, the boilerplate review, and bad files refused with a reason.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articleShown, type FreshApp, lastNotice, openFreshApp } from './app-actions';
import { dropFile, paste, storedDocument } from './import-steps';

const baseUrl = inject('baseUrl');
const PAGE = readFileSync(resolve(import.meta.dirname, '../fixtures/articles/riverton-bus-ridership.html'));
const PASTED_TEXT =
  'Harbour bridge to reopen in May\n\nThe council said repairs would finish two months early.\n\nEngineers disagreed.\n\nLeave a reply\n\nMore like this';

describe('pasting and dropping articles', () => {
  let app: FreshApp;

  beforeAll(async () => {
    app = await openFreshApp(baseUrl);
  });

  afterAll(async () => {
    await app?.close();
  });

  async function toLibrary(): Promise<number> {
    const { page } = app;
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.locator('.document-item').first().waitFor();
    return page.locator('.document-item').count();
  }

  it('imports typed or pasted plain text from the Paste article dialog, after the boilerplate review', async () => {
    const { page } = app;
    await toLibrary();
    await page.getByRole('button', { name: 'Paste article…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste article' });
    await dialog.getByLabel('Article text').fill(PASTED_TEXT);
    await dialog.getByRole('button', { name: 'Import article' }).click();
    const review = page.getByRole('dialog', { name: 'Remove site boilerplate?' });
    expect(await review.getByRole('listitem').allInnerTexts()).toEqual(['Leave a reply', 'More like this']);
    await review.getByRole('button', { name: 'Remove them' }).click();
    await articleShown(page);
    expect(await page.locator('.article-text h1').innerText()).toBe('Harbour bridge to reopen in May');
    expect(await page.locator('.article-text').innerText()).not.toContain('Leave a reply');
    expect((await storedDocument(page, 'Harbour bridge to reopen in May')).text).toBe(
      'Harbour bridge to reopen in May\n\nThe council said repairs would finish two months early.\n\nEngineers disagreed.',
    );
  });

  it('keeps the structure and links of HTML pasted into the dialog from a web page', async () => {
    const { page } = app;
    await toLibrary();
    await page.getByRole('button', { name: 'Paste article…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste article' });
    await dialog.getByLabel('Article text').focus();
    const html =
      '<meta charset="utf-8"><h1>Tram fares frozen</h1><p>The <b>mayor</b> cited <a href="https://data.example/trams">the tram data</a>.</p><ul><li>Single: £2</li><li>Day: £5</li></ul><div class="share-tools">Share on X</div>';
    await paste(app.page, { html, text: 'Tram fares frozen\nThe mayor cited the tram data.' });
    await expect.poll(() => dialog.innerText()).toContain('Pasted from a web page');
    await dialog.getByRole('button', { name: 'Import article' }).click();
    await articleShown(page);
    expect(await page.locator('.article-text li').allInnerTexts()).toEqual(['Single: £2', 'Day: £5']);
    const document = await storedDocument(page, 'Tram fares frozen');
    expect(document.text).toBe('Tram fares frozen\n\nThe mayor cited the tram data.\n\nSingle: £2\n\nDay: £5');
    expect(document.blocks[1]?.marks).toEqual([
      { type: 'bold', start: 4, end: 9 },
      { type: 'link', start: 16, end: 29, href: 'https://data.example/trams' },
    ]);
  });

  it('imports what is pasted straight onto the library, but not what is pasted into the search box', async () => {
    const { page } = app;
    const before = await toLibrary();
    await page.getByLabel('Search documents').focus();
    await paste(page, { text: 'Not an article\n\nJust a search.' });
    expect(await page.locator('.document-item').count()).toBe(before);
    await page.locator('.library-hint').click();
    await paste(
      page,
      { html: '<p><i>Ferry</i> timetable cut</p><p>Two crossings a day are gone.</p>', text: 'Ferry timetable cut' },
      'body',
    );
    await articleShown(page);
    await expect.poll(() => lastNotice(page)).toContain('Added “Ferry timetable cut”.');
  });

  it('imports a saved web page and a Markdown file dropped onto the window', async () => {
    const { page } = app;
    const before = await toLibrary();
    await dropFile(page, 'riverton.html', PAGE);
    await articleShown(page);
    // The heading's text is read as rendered, once the article has had its first frame.
    await expect
      .poll(() => page.locator('.article-text h1').innerText())
      .toBe('Mayor says bus ridership doubled since fare cut. The figures tell a different story');
    await toLibrary();
    await dropFile(page, 'notes.md', new TextEncoder().encode('# Dropped notes\n\nA *Markdown* file.'));
    await page.locator('.article-text h1', { hasText: 'Dropped notes' }).waitFor();
    expect(await toLibrary()).toBe(before + 2);
  });

  it('shows where to drop while a file is dragged over the window', async () => {
    const { page } = app;
    await page.evaluate(() => {
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(new File(['x'], 'x.txt'));
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer, bubbles: true, cancelable: true }));
    });
    expect(await page.locator('.drop-overlay').innerText()).toContain('Drop a .txt, .md or .html file');
    await page.evaluate(() => {
      const dataTransfer = new DataTransfer();
      dataTransfer.items.add(new File(['x'], 'x.txt'));
      document.body.dispatchEvent(new DragEvent('dragleave', { dataTransfer, bubbles: true, cancelable: true }));
    });
    await page.locator('.drop-overlay').waitFor({ state: 'detached' });
  });

  it.each<[string, string, Uint8Array | { zeros: number }, RegExp]>([
    ['an empty file', 'empty.txt', new Uint8Array(), /“empty\.txt”: The file is empty\. Nothing was added\./],
    [
      'an image named .txt',
      'photo.txt',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /a PNG image, not text/,
    ],
    [
      'a Word document',
      'story.docx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
      /“story\.docx”: The file is a ZIP archive \(or a Word, OpenDocument or EPUB file\), not text/,
    ],
    [
      'UTF-16 text without a byte order mark',
      'utf16.txt',
      new Uint8Array(Buffer.from('Headline\n\nBody text in UTF-16.', 'utf16le')),
      /UTF-16 text; Factcheck Desk reads UTF-8/,
    ],
    [
      'Latin-1 text',
      'latin1.html',
      new Uint8Array(Buffer.from('<p>Caf\xe9 au lait</p>', 'latin1')),
      /not UTF-8 text \(it may be Latin-1 or Windows-1252\)/,
    ],
    [
      'a file over the size cap',
      'huge.txt',
      { zeros: 50 * 1024 * 1024 + 1 },
      /“huge\.txt”: The file is 50\.1 MB; articles of up to 50\.0 MB are read\./,
    ],
  ])('refuses %s dropped onto the window, and adds nothing', async (_what, name, bytes, message) => {
    const { page } = app;
    const before = await toLibrary();
    await dropFile(page, name, bytes);
    await expect.poll(() => lastNotice(page)).toMatch(message);
    expect(await page.locator('.document-item').count()).toBe(before);
  });

  it('ran without page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
