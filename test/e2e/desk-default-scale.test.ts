// The library default scale in Chromium: chosen in the scale editor, taken by every new document
// (pasted or dropped), overridden per document without losing a verdict, and kept across a reload.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articleShown, lastNotice, markClaim, openDocument, openFreshApp, type FreshApp } from './app-actions';
import { dropFile, storedDocument } from './import-steps';

const baseUrl = inject('baseUrl');
const SAMPLE_TITLE = /Putin claims Russia is ready to negotiate/;
const PASTED =
  'Harbour bridge to reopen in May\n\nThe council said repairs would finish two months early.\n\nEngineers disagreed with the council.';
const DROPPED = 'Tram fares frozen for a year\n\nThe mayor said fares would not rise before next spring.';

describe('the library default scale', () => {
  let app: FreshApp;
  const scalePicker = () => app.page.getByRole('combobox', { name: 'Scale', exact: true });
  const verdictField = () => app.page.getByLabel('Verdict', { exact: true });
  const toLibrary = async () => {
    await app.page.getByRole('button', { name: 'Library', exact: true }).click();
    await app.page.locator('.document-item').first().waitFor();
  };
  const optionLabels = () => verdictField().locator('option').allInnerTexts();

  beforeAll(async () => {
    app = await openFreshApp(baseUrl, 'Dana Default');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('is chosen in the scale editor, while the open document keeps its scale', async () => {
    const { page } = app;
    await openDocument(page, SAMPLE_TITLE);
    expect(await scalePicker().locator('option:checked').innerText()).toBe('Six-step truth scale');
    await page.getByRole('button', { name: 'Scales…' }).click();
    const editor = page.getByRole('dialog', { name: 'Verdict scales' });
    const defaultScale = editor.getByLabel('Library default for new documents');
    await expect.poll(() => defaultScale.locator('option:checked').innerText()).toBe('Six-step truth scale');
    await defaultScale.selectOption({ label: 'Pinocchios' });
    await expect.poll(() => lastNotice(page)).toContain('New documents will use this scale');
    await editor.getByRole('button', { name: 'Close' }).click();
    expect(await scalePicker().locator('option:checked').innerText()).toBe('Six-step truth scale');
  });

  it('is the scale of a pasted article, whose verdicts use its steps, colours and labels', async () => {
    const { page } = app;
    await toLibrary();
    await page.getByRole('button', { name: 'Paste article…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste article' });
    await dialog.getByLabel('Article text').fill(PASTED);
    await dialog.getByRole('button', { name: 'Import article' }).click();
    await articleShown(page);
    expect(await scalePicker().locator('option:checked').innerText()).toBe('Pinocchios');
    expect((await storedDocument(page, 'Harbour bridge to reopen in May')).scaleId).toBe('scale-pinocchios');
    const claimId = await markClaim(page, 'repairs would finish two months early');
    expect(await optionLabels()).toEqual(
      expect.arrayContaining([
        'Geppetto check mark',
        'One Pinocchio',
        'Two Pinocchios',
        'Three Pinocchios',
        'Four Pinocchios',
      ]),
    );
    expect(await optionLabels()).not.toContain('Pants on fire');
    await verdictField().selectOption({ label: 'Two Pinocchios' });
    const highlight = page.locator(`.article-text [data-claim-id="${claimId}"]`);
    await expect.poll(() => highlight.getAttribute('data-verdict')).toBe('scale-pinocchios/two-pinocchios');
    await expect
      .poll(() => page.locator(`[data-claim-card="${claimId}"] .verdict-badge`).innerText())
      .toBe('Two Pinocchios');
    // The step's colour reaches the highlight (Two Pinocchios is #d4661c).
    await expect
      .poll(() => highlight.evaluate((element) => getComputedStyle(element).getPropertyValue('--claim-color').trim()))
      .toBe('#d4661c');
  });

  it('is the scale of a dropped article file too', async () => {
    const { page } = app;
    await toLibrary();
    await dropFile(page, 'trams.txt', new TextEncoder().encode(DROPPED));
    await articleShown(page);
    await expect.poll(() => scalePicker().locator('option:checked').innerText()).toBe('Pinocchios');
    expect((await storedDocument(page, 'Tram fares frozen for a year')).scaleId).toBe('scale-pinocchios');
  });

  it('gives way to a per-document choice without losing the verdict already given', async () => {
    const { page } = app;
    await toLibrary();
    await openDocument(page, /Harbour bridge to reopen in May/);
    await scalePicker().selectOption({ label: 'Snopes-style labels' });
    await expect.poll(() => lastNotice(page)).toContain('verdicts already given keep theirs');
    await page.locator('.claim-item .claim-summary').first().click();
    await expect.poll(() => verdictField().locator('option:checked').innerText()).toContain('Two Pinocchios');
    expect(await optionLabels()).toEqual(expect.arrayContaining(['Mixture', 'Miscaptioned']));
    expect(await page.locator('.article-text [data-claim-id]').first().getAttribute('data-verdict')).toBe(
      'scale-pinocchios/two-pinocchios',
    );
  });

  it('is still the default after a reload, and each document keeps its own scale', async () => {
    const { page } = app;
    await page.reload();
    await page.locator('.document-item').first().waitFor();
    await openDocument(page, /Tram fares frozen for a year/);
    expect(await scalePicker().locator('option:checked').innerText()).toBe('Pinocchios');
    await page.getByRole('button', { name: 'Scales…' }).click();
    const editor = page.getByRole('dialog', { name: 'Verdict scales' });
    await expect
      .poll(() => editor.getByLabel('Library default for new documents').locator('option:checked').innerText())
      .toBe('Pinocchios');
    await editor.getByRole('button', { name: 'Close' }).click();
    await toLibrary();
    await openDocument(page, /Harbour bridge to reopen in May/);
    expect(await scalePicker().locator('option:checked').innerText()).toBe('Snopes-style labels');
    await expect
      .poll(() => page.locator('.article-text [data-claim-id]').first().getAttribute('data-verdict'))
      .toBe('scale-pinocchios/two-pinocchios');
    await expect.poll(() => page.locator('.claim-item .verdict-badge').first().innerText()).toBe('Two Pinocchios');
    await toLibrary();
    await openDocument(page, SAMPLE_TITLE);
    expect(await scalePicker().locator('option:checked').innerText()).toBe('Six-step truth scale');
    expect(app.pageErrors).toEqual([]);
  });
});
