// "Edit article text": the analyst changes the words of an article with claims; the claims follow their words, a deleted passage's claim becomes an orphan, and it all persists.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  articleShown,
  type FreshApp,
  highlightTexts,
  lastNotice,
  markClaim,
  openDocument,
  openFreshApp,
} from './app-actions';
import { newProfileDir, removeProfileDir } from './browser';
import { openArticle, storedDocument } from './import-steps';

const baseUrl = inject('baseUrl');
const TITLE = 'Harbour tunnel cost doubled, says councillor';
const MARKDOWN = `# ${TITLE}

Councillor Ada Brown said the **harbour tunnel** cost *twice* its budget, according to [the audit](https://audit.example/tunnel).

The city spent 410 million on the tunnel, against a budget of 205 million.

The mayor said the tunnel opened on time in March.

Work on the second bore starts next year.

Officials at the transport office disagree with the comparison.

A final vote is due in June.
`;
const SHIFTED = 'The city spent 410 million on the tunnel';
const EDITED_FROM = 'Officials at the transport office disagree with the comparison';
const EDITED_TO = 'Officials at the transport office disagree with this comparison';
const DELETED = 'The mayor said the tunnel opened on time in March';

/** Selects text inside the open article editor (focused first), as a reader dragging over it would. */
async function selectInEditor(page: Page, text: string): Promise<void> {
  // The dialog focuses its editor itself, a moment after it opens, and puts the caret at the start; a selection made before that would be replaced.
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Article text to edit');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const found = await page.evaluate((wanted) => {
    const root = document.querySelector('.article-edit-text');
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`"${text}" is not in one text node of the editor`);
  // ProseMirror reads the new selection on the selectionchange event.
  await page.waitForFunction((wanted) => window.getSelection()?.toString() === wanted, text);
}

async function articleText(page: Page): Promise<string> {
  return page.locator('.article-text').innerText();
}

describe('editing the text of an article with claims', () => {
  const files = newProfileDir();
  let app: FreshApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await openFreshApp(baseUrl);
    const path = join(files, 'tunnel.md');
    writeFileSync(path, MARKDOWN);
    await openArticle(app.page, path);
    await articleShown(app.page);
    for (const quote of [SHIFTED, EDITED_FROM, DELETED]) ids[quote] = await markClaim(app.page, quote);
  });

  afterAll(async () => {
    await app?.close();
    removeProfileDir(files);
  });

  it('shows the Markdown emphasis and link as formatting, the link inert on a plain click', async () => {
    const { page } = app;
    const article = page.locator('.article-text');
    expect(await article.locator('strong').innerText()).toBe('harbour tunnel');
    expect(await article.locator('em').innerText()).toBe('twice');
    const link = article.getByRole('link', { name: 'the audit' });
    expect(await link.getAttribute('href')).toBe('https://audit.example/tunnel');
    expect(await article.innerText()).not.toContain('*');
    const pages = page.context().pages().length;
    await link.click();
    expect(page.url().startsWith(baseUrl)).toBe(true);
    expect(page.context().pages()).toHaveLength(pages);
    // Ctrl+click opens it outside the app (the browser build: a new tab; the desktop app: the system browser).
    await page
      .context()
      .route('https://audit.example/**', (route) => route.fulfill({ contentType: 'text/plain', body: 'The audit' }));
    const [opened] = await Promise.all([page.context().waitForEvent('page'), link.click({ modifiers: ['Control'] })]);
    expect(opened.url()).toContain('audit.example/tunnel');
    await opened.close();
    expect(page.url().startsWith(baseUrl)).toBe(true);
  });

  it('changes nothing on Cancel or Escape', async () => {
    const { page } = app;
    const before = await storedDocument(page, TITLE);
    await page.getByRole('button', { name: 'Edit article text' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit article text' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Claims will be re-anchored.');
    await selectInEditor(page, 'Councillor');
    await page.keyboard.type('Nobody');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Edit article text' }).click();
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Article text to edit' }).innerText()).toContain(
      'Councillor Ada Brown',
    );
    // An empty article is refused with a reason, and the dialog stays open.
    await dialog.getByRole('textbox', { name: 'Article text to edit' }).focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await dialog.getByRole('button', { name: 'Save' }).click();
    expect(await dialog.getByRole('alert').innerText()).toContain('The article would be empty.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The document's shortcuts do not reach through the dialog: Delete on its buttons leaves the selected claim alone.
    await page.locator(`[data-claim-card="${ids[SHIFTED] as string}"]`).click();
    await page.getByRole('button', { name: 'Edit article text' }).click();
    await dialog.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Delete');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('[data-claim-card]').count()).toBe(3);
    const after = await storedDocument(page, TITLE);
    expect({ text: after.text, rev: after.rev }).toEqual({ text: before.text, rev: before.rev });
    expect(await articleText(page)).toContain('Councillor Ada Brown');
  });

  it('re-anchors the claims on the edited text, lists the deleted passage’s claim as an orphan, and keeps it after a reload', async () => {
    const { page } = app;
    const before = await storedDocument(page, TITLE);
    await page.getByRole('button', { name: 'Edit article text' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit article text' });
    await dialog.waitFor();
    // Text before every claim grows, a word inside one claim's quote changes, another claim's passage goes.
    await selectInEditor(page, 'Councillor Ada Brown said');
    await page.keyboard.type('On Monday, councillor Ada Brown told reporters');
    await selectInEditor(page, 'the comparison');
    await page.keyboard.type('this comparison');
    await selectInEditor(page, `${DELETED}.`);
    await page.keyboard.press('Backspace');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => lastNotice(page)).toContain('Saved the article text: 2 claims re-anchored, 1 orphan.');

    await expect
      .poll(() => articleText(page))
      .toContain('On Monday, councillor Ada Brown told reporters the harbour tunnel');
    const text = await articleText(page);
    expect(text).toContain(EDITED_TO);
    expect(text).not.toContain(DELETED);
    expect(await page.locator('.article-text strong').innerText()).toBe('harbour tunnel');
    const expected = { [ids[SHIFTED] as string]: SHIFTED, [ids[EDITED_FROM] as string]: EDITED_TO };
    await expect.poll(() => highlightTexts(page)).toEqual(expected);

    const stored = await storedDocument(page, TITLE);
    expect(stored.rev).toBe(before.rev + 1);
    expect(stored.textHash).not.toBe(before.textHash);
    expect(stored.text).toContain(EDITED_TO);

    // The report's link opens the Orphans view, which lists the claim of the deleted passage.
    await page.getByTestId('notice').last().getByRole('button', { name: 'Show orphans' }).click();
    const orphans = page.getByRole('region', { name: 'Orphaned claims' });
    await orphans.waitFor();
    expect(await orphans.getByRole('listitem').count()).toBe(1);
    expect(await orphans.locator(`[data-orphan-claim="${ids[DELETED] as string}"]`).innerText()).toContain(DELETED);

    // The edit is one undo step: the old text and claim positions come back, and redo applies it again.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(() => articleText(page)).toContain('Councillor Ada Brown said');
    await expect
      .poll(async () => Object.values(await highlightTexts(page)).sort())
      .toEqual([SHIFTED, EDITED_FROM, DELETED].sort());
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => articleText(page)).toContain(EDITED_TO);
    await expect.poll(() => highlightTexts(page)).toEqual(expected);

    // A reload (the desktop app restarted) shows the same text, highlights and orphan.
    await page.reload();
    await openDocument(page, new RegExp(TITLE));
    await expect.poll(() => highlightTexts(page)).toEqual(expected);
    expect(await articleText(page)).toContain(EDITED_TO);
    await page.getByRole('button', { name: /Orphans/ }).click();
    expect(await page.getByRole('region', { name: 'Orphaned claims' }).getByRole('listitem').count()).toBe(1);
    expect(app.pageErrors.filter((message) => !message.includes('audit.example'))).toEqual([]);
  });

  it('shows a change of formatting alone at once, the text and its hash unchanged', async () => {
    const { page } = app;
    const before = await storedDocument(page, TITLE);
    await page.getByRole('button', { name: 'Edit article text' }).click();
    await selectInEditor(page, 'A final vote');
    await page.keyboard.press('Control+b');
    await page.getByRole('dialog', { name: 'Edit article text' }).getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('.article-text strong').allInnerTexts())
      .toEqual(['harbour tunnel', 'A final vote']);
    const after = await storedDocument(page, TITLE);
    expect({ text: after.text, textHash: after.textHash }).toEqual({ text: before.text, textHash: before.textHash });
    expect(after.blocks.at(-1)?.marks).toEqual([{ type: 'bold', start: 0, end: 12 }]);
  });
});
