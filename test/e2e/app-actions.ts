// What an analyst does in the app, as Playwright steps: sign in, open a document, select text, mark, export, import.
import type { Download, Page } from 'playwright-core';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';

export async function enterName(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { name: 'Library' }).waitFor();
}

export async function openDocument(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('button', { name: title }).click();
  await articleShown(page);
}

/**
 * Waits until the article is in the page and drawn. Blocks far from the view are laid out only when
 * they come near it, so the article's rendered text (innerText) is there only after its first frame.
 */
export async function articleShown(page: Page): Promise<void> {
  await page.locator('.article-text').waitFor();
  await page.waitForFunction(
    () => ((document.querySelector('.article-text') as HTMLElement | null)?.innerText.trim().length ?? 0) > 0,
  );
}

/**
 * Selects the first occurrence of `text` in the article, as a reader dragging over it would,
 * even when highlights split it across several elements.
 */
export async function selectInArticle(page: Page, text: string, occurrence = 0): Promise<void> {
  const found = await page.evaluate(
    ({ wanted, nth }) => {
      const root = document.querySelector('.article-text');
      if (!root) return false;
      // Pressing the mouse on the article takes the focus away from any form field.
      (document.activeElement as HTMLElement | null)?.blur();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let content = '';
      const starts: number[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        starts.push(content.length);
        nodes.push(node as Text);
        content += node.textContent ?? '';
      }
      let at = -1;
      for (let i = 0; i <= nth; i += 1) {
        at = content.indexOf(wanted, at + 1);
        if (at === -1) return false;
      }
      const locate = (offset: number, preferEnd: boolean) => {
        for (let i = nodes.length - 1; i >= 0; i -= 1) {
          const start = starts[i] as number;
          if (preferEnd ? start < offset : start <= offset) return { node: nodes[i] as Text, offset: offset - start };
        }
        return { node: nodes[0] as Text, offset: 0 };
      };
      const from = locate(at, false);
      const to = locate(at + wanted.length, true);
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return true;
    },
    { wanted: text, nth: occurrence },
  );
  if (!found) throw new Error(`"${text}" is not in the article`);
}

/** Selects text and marks it as a claim with the keyboard shortcut; returns the new claim's id once its card is open. */
export async function markClaim(page: Page, text: string): Promise<string> {
  const before = await page
    .locator('[data-claim-card]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-claim-card')));
  await selectInArticle(page, text);
  await page.keyboard.press('m');
  const handle = await page.waitForFunction((known) => {
    const id = document.querySelector('[data-claim-details]')?.getAttribute('data-claim-details');
    return id && !known.includes(id) ? id : null;
  }, before);
  return (await handle.jsonValue()) as string;
}

/** The texts of the highlights of each claim, keyed by claim id (a claim split by overlaps is joined). */
export async function highlightTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const texts: Record<string, string> = {};
    for (const element of document.querySelectorAll<HTMLElement>('.article-text [data-claim-id]')) {
      const id = element.dataset['claimId'] as string;
      texts[id] = (texts[id] ?? '') + (element.textContent ?? '');
    }
    return texts;
  });
}

export async function exportBundle(page: Page): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export…' }).click(),
  ]);
  return download;
}

export async function importFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import…' }).click(),
  ]);
  await chooser.setFiles(path);
}

export interface ImportReport {
  title: string;
  /** The report's paragraph: the file's name and what the import did, in words. */
  summary: string;
  /** Each count of the report by its label. */
  facts: Record<string, number>;
  /** The annotations listed one by one (not placed, invalid). */
  lines: string[];
}

/** Waits for the report of an annotation import, reads it and closes it. */
export async function closeImportReport(page: Page): Promise<ImportReport> {
  const dialog = page.locator('dialog.problem-dialog[open]');
  await dialog.getByRole('heading', { name: /^(Annotations imported|No annotations were imported)$/ }).waitFor();
  const title = await dialog.locator('h2').innerText();
  const summary = await dialog.locator('p').first().innerText();
  const facts: Record<string, number> = {};
  for (const row of await dialog.locator('.report-facts tr').all())
    facts[await row.locator('th').innerText()] = Number((await row.locator('td').innerText()).replace(/,/g, ''));
  const lines = await dialog.locator('.problem-list li').allInnerTexts();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // Closed: the dialog loses its open attribute.
  await dialog.waitFor({ state: 'detached' });
  return { title, summary, facts, lines };
}

export async function lastNotice(page: Page): Promise<string> {
  const notice = page.getByTestId('notice').last();
  await notice.waitFor();
  return (await notice.textContent()) ?? '';
}

/** The app started on a new profile with the analyst signed in; `close` also removes the profile. */
export interface FreshApp extends AppSession {
  /** The profile folder, to start the same user again. */
  profile: string;
}

/** Starts the app on a new profile and enters the analyst's name, as on a first start. */
export async function openFreshApp(baseUrl: string, name = 'Ana Analyst'): Promise<FreshApp> {
  const profile = newProfileDir();
  let app: AppSession | null = null;
  try {
    app = await launchApp(baseUrl, profile);
    await enterName(app.page, name);
    const session = app;
    return {
      ...app,
      profile,
      close: async () => {
        await session.close();
        removeProfileDir(profile);
      },
    };
  } catch (error) {
    await app?.close();
    removeProfileDir(profile);
    throw error;
  }
}
