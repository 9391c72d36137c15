// Marking a claim in Chromium: the highlight and card show at once, before the write is stored; a write that fails takes them away again with a message.
// Another connection holds the claims store with a long read-write transaction, so the app's write waits (or fails) for real.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { lastNotice, openDocument, openFreshApp, selectInArticle, type FreshApp } from './app-actions';
import { storedKeys } from './import-steps';

const baseUrl = inject('baseUrl');
const SAMPLE_TITLE = /Putin claims Russia is ready to negotiate/;

type HoldWindow = Window & {
  holdClaims?: { release: (conflictWithId?: string) => void; done: Promise<void>; count: number };
};

/** Opens a second connection and keeps a read-write transaction on the claims store alive until released. */
async function holdClaimsStore(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((started, failed) => {
        const request = indexedDB.open('factcheck-desk');
        request.onerror = () => failed(request.error);
        request.onsuccess = () => {
          const connection = request.result;
          const transaction = connection.transaction('claims', 'readwrite');
          const store = transaction.objectStore('claims');
          let release: { conflictWithId?: string } | null = null;
          const done = new Promise<void>((resolve, reject) => {
            transaction.oncomplete = () => {
              connection.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          });
          // Requests chained one after another keep the transaction open.
          const keepAlive = () => {
            if (!release) {
              const counted = store.count();
              counted.onsuccess = () => {
                hold.count = counted.result;
                keepAlive();
              };
              return;
            }
            const id = release.conflictWithId;
            if (id === undefined) return;
            // A record of another document under the id the app is about to write: its add fails for real.
            const cursor = store.openCursor();
            cursor.onsuccess = () => {
              const record = {
                ...(cursor.result?.value as Record<string, unknown>),
                id,
                documentId: 'held-by-another-window',
              };
              store.put(record);
            };
          };
          const hold = { release: (conflictWithId?: string) => void (release = { conflictWithId }), done, count: -1 };
          (window as HoldWindow).holdClaims = hold;
          keepAlive();
          started();
        };
      }),
  );
}

async function releaseClaimsStore(page: Page, conflictWithId?: string): Promise<void> {
  await page.evaluate((id) => {
    const hold = (window as HoldWindow).holdClaims;
    hold?.release(id ?? undefined);
    return hold?.done;
  }, conflictWithId ?? null);
}

function storedClaimIds(page: Page): Promise<string[]> {
  return storedKeys(page, 'claims');
}

async function activeHighlight(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector<HTMLElement>('.article-text .claim-hl.is-active')?.dataset['claimId'] ?? null,
  );
}

describe('marking a claim', () => {
  let app: FreshApp;

  beforeAll(async () => {
    app = await openFreshApp(baseUrl);
    await openDocument(app.page, SAMPLE_TITLE);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the highlight and the card while the write waits, and keeps the claim once it is stored', async () => {
    const { page } = app;
    const before = await storedClaimIds(page);
    await holdClaimsStore(page);
    await selectInArticle(page, 'The war is not over yet');
    await page.keyboard.press('m');

    await expect.poll(() => activeHighlight(page)).not.toBeNull();
    const id = (await activeHighlight(page)) as string;
    expect(before).not.toContain(id);
    await expect.poll(() => page.locator('[data-claim-details]').getAttribute('data-claim-details')).toBe(id);
    expect(await page.locator(`.article-text [data-claim-id="${id}"]`).allInnerTexts()).toEqual([
      'The war is not over yet',
    ]);
    // Not stored yet: the other connection still holds the store (and reads it while the app waits).
    expect(await page.evaluate(() => (window as HoldWindow).holdClaims?.count)).toBe(before.length);

    await releaseClaimsStore(page);
    await expect.poll(() => storedClaimIds(page)).toContain(id);
    await page.reload();
    await openDocument(page, SAMPLE_TITLE);
    expect(await page.locator(`.article-text [data-claim-id="${id}"]`).allInnerTexts()).toEqual([
      'The war is not over yet',
    ]);
  });

  it('takes the highlight and the card away with a message when the write fails, and stores nothing', async () => {
    const { page } = app;
    const before = await storedClaimIds(page);
    const highlights = await page.locator('.article-text [data-claim-id]').count();
    await holdClaimsStore(page);
    await selectInArticle(page, 'the largest confrontation');
    await page.keyboard.press('m');
    await expect.poll(() => activeHighlight(page)).not.toBeNull();
    const id = (await activeHighlight(page)) as string;
    expect(before).not.toContain(id);

    await releaseClaimsStore(page, id);
    await expect.poll(() => lastNotice(page)).toContain('The claim was not saved');
    await expect.poll(() => page.locator(`.article-text [data-claim-id="${id}"]`).count()).toBe(0);
    expect(await page.locator(`[data-claim-details="${id}"]`).count()).toBe(0);
    expect(await page.locator('.article-text [data-claim-id]').count()).toBe(highlights);
    // The only record under that id is the other window's, of another document.
    const stored = await storedClaimIds(page);
    expect(stored.filter((key) => !before.includes(key))).toEqual([id]);
    expect(app.pageErrors).toEqual([]);
  });
});
