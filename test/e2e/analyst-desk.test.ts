// The analyst's desk in Chromium: every claim field, the final-verdict rule, verdicts by number keys,
// filters and search, undo and redo, shortcut help, a team verdict scale and the source library.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { enterName, highlightTexts, lastNotice, markClaim, openDocument } from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';

const baseUrl = inject('baseUrl');
const SAMPLE_TITLE = /Putin claims Russia is ready to negotiate/;
const OUTER = 'Russia is open to negotiations with all sides in the conflict in Ukraine';
const INNER = 'open to negotiations with all sides';
const CIVILIANS = 'Moscow claims it does not target civilians.';

describe('the analyst’s desk', () => {
  const profile = newProfileDir();
  let app: AppSession;
  const ids: Record<string, string> = {};
  const field = (name: string) => app.page.getByLabel(name, { exact: true });
  const rationale = () => app.page.getByRole('textbox', { name: 'Rationale' });
  const selectedVerdict = () => app.page.locator('.claim-item.is-selected .verdict-badge').innerText();
  const pick = async (id: string) => {
    await app.page.locator(`[data-claim-card="${id}"] .claim-summary`).click();
    await app.page.locator(`[data-claim-details="${id}"]`).waitFor();
  };
  const tagTexts = () =>
    app.page.locator('.tag').evaluateAll((tags) => tags.map((tag) => tag.firstChild?.textContent ?? ''));
  const blur = () => app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  beforeAll(async () => {
    app = await launchApp(baseUrl, profile);
    await enterName(app.page, 'Dana Desk');
    await openDocument(app.page, SAMPLE_TITLE);
  });

  afterAll(async () => {
    await app?.close();
    removeProfileDir(profile);
  });

  it('records every field of a claim, counting the wording against ClaimReview’s 75 characters', async () => {
    const { page } = app;
    ids.outer = await markClaim(page, OUTER);
    const wording = 'Russia says it is open to negotiations with all sides, but that Kyiv and the West refuse';
    await field('Claim as worded').fill(wording);
    await expect
      .poll(() => page.locator('.counter').first().innerText())
      .toContain(`${wording.length}/75 — ClaimReview wants 75 or fewer`);
    await field('Claim as worded').fill('Russia is open to talks with all sides');
    await field('Claimant').fill('Vladimir Putin');
    await field('Claim date').fill('2022-12-25');
    await field('Where it appeared').fill('ftp://example.org/interview');
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('http:// or https://');
    await field('Where it appeared').fill('https://example.org/interview');
    await field('Claim type').selectOption({ label: 'Quote' });
    await field('Check-worthiness').selectOption({ label: 'High' });
    await field('Tags').fill('negotiations');
    await page.keyboard.press('Enter');
    await field('Tags').fill('kremlin');
    await page.keyboard.press('Enter');
    await field('Reviewer').fill('Rita Reviewer');
    await expect.poll(() => tagTexts()).toEqual(['negotiations', 'kremlin']);
  });

  it('allows a final verdict only with a source, and warns when a final verdict has no rationale', async () => {
    const { page } = app;
    expect(await field('Status').locator('option[value="final"]').isDisabled()).toBe(true);
    await page.getByText('A verdict can be final once at least one source is linked.').waitFor();
    await field('Source URL').fill('https://www.reuters.com/world/europe/');
    await field('Source title').fill('Reuters: Europe');
    await field('Stance').selectOption({ label: 'Refutes' });
    await page.getByRole('button', { name: 'Add source' }).click();
    await expect.poll(() => field('Status').locator('option[value="final"]').isDisabled()).toBe(false);
    await field('Verdict').selectOption({ label: 'Mostly false' });
    await field('Status').selectOption({ label: 'Final' });
    await page.getByText('This verdict is final but has no rationale').waitFor();
    await rationale().click();
    await page.keyboard.type('Kyiv set conditions; ');
    await page.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type('talks never started');
    await expect.poll(() => page.getByText('This verdict is final but has no rationale').count()).toBe(0);
    expect(await rationale().locator('strong').innerText()).toBe('talks never started');
  });

  it('accepts only http(s) links in the rationale', async () => {
    const { page } = app;
    await rationale().click();
    await page.keyboard.press('Control+a');
    await page.getByRole('button', { name: 'Link' }).click();
    await page.getByLabel('Link address').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().innerText())
      .toContain('Links must start with http:// or https://');
    await page.getByLabel('Link address').fill('https://example.org/timeline');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => rationale().locator('a').first().getAttribute('href')).toBe('https://example.org/timeline');
    expect(await rationale().locator('a[href^="javascript"]').count()).toBe(0);
  });

  it('suggests earlier claimants and tags, and marks overlapping claims', async () => {
    const { page } = app;
    ids.inner = await markClaim(page, INNER);
    const claimantList = await field('Claimant').getAttribute('list');
    expect(
      await page
        .locator(`datalist[id="${claimantList}"] option`)
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
    ).toContain('Vladimir Putin');
    const tagList = await field('Tags').getAttribute('list');
    expect(
      await page
        .locator(`datalist[id="${tagList}"] option`)
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
    ).toEqual(['kremlin', 'negotiations']);
    await field('Claimant').fill('Vladimir Putin');
    ids.civilians = await markClaim(page, CIVILIANS);
    await field('Claimant').fill('Russian military');
    const texts = await highlightTexts(page);
    expect(texts[ids.outer ?? 'missing']).toBe(OUTER);
    expect(texts[ids.inner ?? 'missing']).toBe(INNER);
  });

  it('gives verdicts with the number keys, moves between claims with J and K, and searches with /', async () => {
    const { page } = app;
    await pick(ids.civilians!);
    await blur();
    await page.keyboard.press('6');
    await expect.poll(selectedVerdict).toBe('Pants on fire');
    await page.keyboard.press('0');
    await expect.poll(selectedVerdict).toBe('No verdict');
    await page.keyboard.press('5');
    await expect.poll(selectedVerdict).toBe('False');
    await page.keyboard.press('k');
    await expect.poll(() => page.locator('.claim-item.is-selected').getAttribute('data-claim-card')).toBe(ids.inner);
    await page.keyboard.press('j');
    await expect
      .poll(() => page.locator('.claim-item.is-selected').getAttribute('data-claim-card'))
      .toBe(ids.civilians);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search claims');
    await page.keyboard.type('civilians');
    await expect.poll(() => page.locator('[data-claim-card]').count()).toBe(1);
    await page.getByLabel('Search claims').fill('');
  });

  it('filters by verdict, status, claimant, tag and missing evidence, counts verdicts and shows progress', async () => {
    const { page } = app;
    const listed = () =>
      page
        .locator('[data-claim-card]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-claim-card')));
    expect(await page.getByRole('list', { name: 'Claims per verdict' }).innerText()).toMatch(
      /Mostly false\s*1[\s\S]*False\s*1[\s\S]*No verdict\s*1/,
    );
    expect(await page.locator('.progress').innerText()).toContain('1/3 final (33%)');
    await page.getByLabel('Filter by verdict').selectOption({ label: 'False' });
    await expect.poll(listed).toEqual([ids.civilians]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Filter by status').selectOption({ label: 'Final' });
    await expect.poll(listed).toEqual([ids.outer]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Filter by claimant').selectOption('Vladimir Putin');
    await expect.poll(listed).toEqual([ids.outer, ids.inner]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Filter by tag').selectOption('kremlin');
    await expect.poll(listed).toEqual([ids.outer]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('No evidence yet').check();
    await expect.poll(listed).toEqual([ids.inner, ids.civilians]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Sort claims by').selectOption({ label: 'Verdict' });
    await expect.poll(listed).toEqual([ids.outer, ids.civilians, ids.inner]);
    await page.getByLabel('Sort claims by').selectOption({ label: 'Position' });
  });

  it('undoes and redoes verdict changes and wording edits with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const { page } = app;
    await pick(ids.civilians!);
    await blur();
    await page.keyboard.press('2');
    await expect.poll(selectedVerdict).toBe('Mostly true');
    await page.keyboard.press('Control+z');
    await expect.poll(selectedVerdict).toBe('False');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(selectedVerdict).toBe('Mostly true');
    await page.keyboard.press('Control+z');
    await expect.poll(selectedVerdict).toBe('False');
    await field('Claim as worded').fill('Russia does not target civilians');
    await blur();
    await page.waitForTimeout(1600);
    await page.keyboard.press('Control+z');
    await expect.poll(() => field('Claim as worded').inputValue()).toBe('');
    await page.keyboard.press('Control+y');
    await expect.poll(() => field('Claim as worded').inputValue()).toBe('Russia does not target civilians');
    await expect.poll(() => lastNotice(page)).toContain('Redone: change wording');
  });

  it('shows the shortcut help with ? and closes it with Escape', async () => {
    const { page } = app;
    await blur();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.innerText()).toContain('Give the selected claim the verdict with that number');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
  });

  it('lets the team define its own scale; a document switches scale and keeps the verdicts already given', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Scales…' }).click();
    const editor = page.getByRole('dialog', { name: 'Verdict scales' });
    await editor.getByRole('button', { name: 'Copy “Six-step truth scale”' }).click();
    await editor.getByLabel('Name').fill('Desk scale');
    await editor.getByLabel('Label of step 1').fill('Accurate');
    await editor.getByLabel('Colour of Accurate').fill('#123456');
    await editor.getByLabel('Rating value of Accurate').fill('9');
    await expect.poll(() => editor.getByRole('button', { name: 'Save scale' }).isDisabled()).toBe(true);
    expect(await editor.innerText()).toContain(
      'The value of “Accurate” must lie between the worst (1) and best (6) values.',
    );
    await editor.getByLabel('Rating value of Accurate').fill('6');
    await editor.getByRole('button', { name: 'Save scale' }).click();
    await expect.poll(() => lastNotice(page)).toContain('Saved the scale “Desk scale”');
    await editor.getByRole('button', { name: 'Close' }).last().click();
    await page.getByLabel('Scale', { exact: true }).selectOption({ label: 'Desk scale' });
    await pick(ids.civilians!);
    await blur();
    expect(await selectedVerdict()).toBe('False');
    await page.keyboard.press('1');
    await expect.poll(selectedVerdict).toBe('Accurate');
    await page.keyboard.press('Escape');
    const colour = await page
      .locator(`.article-text [data-claim-id="${ids.civilians}"]`)
      .evaluate((element) => getComputedStyle(element).borderBottomColor);
    expect(colour).toBe('rgb(18, 52, 86)');
    await pick(ids.outer!);
    expect(await selectedVerdict()).toBe('Mostly false');
  });

  it('keeps a source library that shows which claims use each source, and persists everything', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await page.getByRole('button', { name: /Reuters: Europe/ }).click();
    expect(await page.locator('.source-details').innerText()).toContain('Used by one claim');
    await page.getByLabel('Publisher').fill('Reuters');
    await page.getByLabel('Source type').selectOption({ label: 'News report' });
    await page
      .getByLabel('Archived copy')
      .fill('https://web.archive.org/web/2022/https://www.reuters.com/world/europe/');
    await page.getByRole('button', { name: /“Russia is open to negotiations/ }).click();
    await page.locator(`[data-claim-details="${ids.outer}"]`).waitFor();

    await app.close();
    app = await launchApp(baseUrl, profile);
    await openDocument(app.page, SAMPLE_TITLE);
    await pick(ids.outer!);
    expect(await field('Claimant').inputValue()).toBe('Vladimir Putin');
    expect(await field('Claim date').inputValue()).toBe('2022-12-25');
    expect(await field('Where it appeared').inputValue()).toBe('https://example.org/interview');
    expect(await field('Claim type').inputValue()).toBe('quote');
    expect(await field('Check-worthiness').inputValue()).toBe('high');
    expect(await field('Reviewer').inputValue()).toBe('Rita Reviewer');
    expect(await tagTexts()).toEqual(['negotiations', 'kremlin']);
    expect(await rationale().locator('strong').innerText()).toBe('talks never started');
    expect(await app.page.getByLabel('Scale', { exact: true }).locator('option:checked').innerText()).toBe(
      'Desk scale',
    );
    await app.page.getByRole('button', { name: 'Sources', exact: true }).click();
    expect(await app.page.getByRole('button', { name: /Reuters: Europe/ }).innerText()).toContain(
      'Reuters · News report · 1 claim',
    );
  });

  it('ran without page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
