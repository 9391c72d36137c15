// One writer per library in the web build: a second tab of the same library says the desk is open
// elsewhere and may take over; the tab that gives up saves what it has (a tag still being typed
// included) first, so the same claim edited in two tabs in turn loses nothing, and a reload shows it all.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Claim } from '../../shared';
import { articleShown, markClaim, openDocument, openFreshApp, type FreshApp } from './app-actions';

const baseUrl = inject('baseUrl');
const SAMPLE_TITLE = /Putin claims Russia is ready to negotiate/;
const QUOTE = 'Moscow claims it does not target civilians.';

function storedClaim(page: Page, id: string): Promise<Claim> {
  return page.evaluate(
    (claimId) =>
      new Promise<Claim>((done, fail) => {
        const request = indexedDB.open('factcheck-desk');
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('claims').objectStore('claims').get(claimId);
          read.onsuccess = () => {
            request.result.close();
            done(read.result as Claim);
          };
          read.onerror = () => fail(read.error);
        };
      }),
    id,
  );
}

describe('two tabs of the same library', () => {
  let app: FreshApp;
  let second: Page;
  let claimId = '';
  const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });
  const blocked = (page: Page, title: string) => page.getByRole('heading', { name: title });
  const tagTexts = (page: Page) =>
    page.locator('.tag').evaluateAll((tags) => tags.map((tag) => tag.firstChild?.textContent ?? ''));
  const pickClaim = async (page: Page) => {
    await page.locator(`[data-claim-card="${claimId}"] .claim-summary`).click();
    await page.locator(`[data-claim-details="${claimId}"]`).waitFor();
  };
  const openClaim = async (page: Page) => {
    await openDocument(page, SAMPLE_TITLE);
    await pickClaim(page);
  };

  beforeAll(async () => {
    app = await openFreshApp(baseUrl);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lets the second tab only say that the desk is open in another one', async () => {
    await openDocument(app.page, SAMPLE_TITLE);
    claimId = await markClaim(app.page, QUOTE);
    await field(app.page, 'Claim as worded').fill('Moscow says it spares civilians');
    second = await app.context.newPage();
    await second.goto(baseUrl);
    await blocked(second, 'The desk is open in another tab').waitFor();
    expect(await second.locator('.app-header').count()).toBe(0);
    expect(await app.page.locator(`[data-claim-details="${claimId}"]`).count()).toBe(1);
  });

  it('takes over in the second tab after the first saved what it had, a tag still being typed included', async () => {
    await field(app.page, 'Tags').fill('tab-one');
    await second.getByRole('button', { name: 'Use the desk here' }).click();
    await blocked(app.page, 'The desk moved to another tab').waitFor();
    await openClaim(second);
    expect(await field(second, 'Claim as worded').inputValue()).toBe('Moscow says it spares civilians');
    await expect.poll(() => tagTexts(second)).toEqual(['tab-one']);
    await field(second, 'Claim as worded').fill('Moscow says it spares civilians, Kyiv disagrees');
    await field(second, 'Tags').fill('tab-two');
    await second.keyboard.press('Enter');
    await expect.poll(() => tagTexts(second)).toEqual(['tab-one', 'tab-two']);
  });

  it('takes the desk back in the first tab, which shows the second tab’s edits and builds on them', async () => {
    await app.page.getByRole('button', { name: 'Use the desk here' }).click();
    await blocked(second, 'The desk moved to another tab').waitFor();
    // The first tab comes back where it was: on the document.
    await articleShown(app.page);
    await pickClaim(app.page);
    expect(await field(app.page, 'Claim as worded').inputValue()).toBe(
      'Moscow says it spares civilians, Kyiv disagrees',
    );
    await expect.poll(() => tagTexts(app.page)).toEqual(['tab-one', 'tab-two']);
    await field(app.page, 'Tags').fill('tab-one-again');
    await app.page.keyboard.press('Enter');
    await expect
      .poll(async () => (await storedClaim(app.page, claimId)).tags)
      .toEqual(['tab-one', 'tab-two', 'tab-one-again']);
  });

  it('keeps every edit of both tabs after a reload', async () => {
    await second.close();
    await app.page.reload();
    await openClaim(app.page);
    expect(await field(app.page, 'Claim as worded').inputValue()).toBe(
      'Moscow says it spares civilians, Kyiv disagrees',
    );
    expect(await tagTexts(app.page)).toEqual(['tab-one', 'tab-two', 'tab-one-again']);
    const stored = await storedClaim(app.page, claimId);
    expect(stored.text).toBe('Moscow says it spares civilians, Kyiv disagrees');
    expect(app.pageErrors).toEqual([]);
  });
});
