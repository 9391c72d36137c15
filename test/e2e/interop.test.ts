// Interop end to end in Chromium: every Export as… format downloaded from the UI with the ClaimReview field check and the
// organisation settings, and W3C annotations imported into a document (a teammate's file and our own export, round trip).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serialiseBundle } from '../../shared';
import { uuidFor, type W3cCollection } from '../../shared/interop';
import { HOSTILE_CLAIMANT, HOSTILE_TEXT, QUOTES, sampleBundle } from '../fixtures/w3c/sample-bundle';
import { closeImportReport, enterName, highlightTexts, importFile, lastNotice, type ImportReport } from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';

const baseUrl = inject('baseUrl');
const MIXED = join(import.meta.dirname, '..', 'fixtures', 'w3c', 'mixed-annotations.json');
const TITLE = 'Harbour traffic report 🚢';

async function exportAs(
  page: Page,
  format: RegExp,
  workDir: string,
): Promise<{ download: Download; text: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export as…' }).click();
  await page.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const path = join(workDir, download.suggestedFilename());
  await download.saveAs(path);
  const bytes = readFileSync(path);
  return { download, text: bytes.toString('utf8'), bytes };
}

/** Imports an annotation file through Import annotations…, reads the report it shows and closes it. */
async function importAnnotations(page: Page, path: string): Promise<ImportReport> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import annotations…' }).click(),
  ]);
  await chooser.setFiles(path);
  return closeImportReport(page);
}

/** Opens a claim's card by clicking its highlight in the article. */
async function openClaimCard(page: Page, claimId: string) {
  await page.locator(`.article-text [data-claim-id="${claimId}"]`).first().click();
  const card = page.locator(`[data-claim-details="${claimId}"]`);
  await card.waitFor();
  return card;
}

async function openImportedBundle(page: Page, path: string): Promise<void> {
  await importFile(page, path);
  await page.locator('.article-text h1', { hasText: TITLE }).waitFor();
}

describe('exporting a document in every format and importing W3C annotations', () => {
  const profile = newProfileDir();
  const teammate = newProfileDir();
  const workDir = newProfileDir();
  let app: AppSession;
  let w3cPath = '';

  beforeAll(async () => {
    writeFileSync(join(workDir, 'harbour.factcheck.json'), serialiseBundle(sampleBundle()));
    writeFileSync(join(workDir, 'harbour-bare.factcheck.json'), serialiseBundle(sampleBundle({ withClaims: false })));
    app = await launchApp(baseUrl, profile);
    await enterName(app.page, 'Ana Analyst');
    await openImportedBundle(app.page, join(workDir, 'harbour.factcheck.json'));
  });

  afterAll(async () => {
    await app?.close();
    for (const dir of [profile, teammate, workDir]) removeProfileDir(dir);
  });

  it('downloads the W3C AnnotationCollection with code-point selectors', async () => {
    const { download, text } = await exportAs(app.page, /^W3C Web Annotations(?! \(list\))/, workDir);
    expect(download.suggestedFilename()).toBe('harbour-traffic-report.annotations.jsonld');
    const collection = JSON.parse(text) as W3cCollection;
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 6 });
    const cargo = collection.first?.items.find(
      (item) => item.target.selector[0]?.type === 'TextQuoteSelector' && item.target.selector[0].exact === QUOTES.cargo,
    );
    expect(cargo?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 48, end: 77 });
    expect(await lastNotice(app.page)).toContain(`Exported “${TITLE}” as W3C Web Annotations`);
    w3cPath = join(workDir, download.suggestedFilename());
  });

  it('lists the missing ClaimReview fields, takes the organisation from its settings and downloads the reviews', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export as…' }).click();
    await page.getByRole('radio', { name: /ClaimReview/ }).check();
    const summary = page.getByTestId('claimreview-summary');
    await expect
      .poll(() => summary.innerText())
      .toBe('3 claims with a verdict will be exported; 3 without a verdict are left out. 3 miss a required field.');
    const gaps = page.locator('.organisation-gaps li');
    expect(await gaps.allInnerTexts()).toEqual([
      'Required url: Set the fact-check page URL in the organisation settings.',
      'Recommended author.name: Set the organisation name in the organisation settings.',
      'Recommended author.url: Set the organisation web site in the organisation settings.',
      'Recommended author.logo: Set the logo URL in the organisation settings.',
    ]);
    expect(await page.locator('[data-claim-check="claim-formula"]').innerText()).toContain(
      'Not exported: Give the claim a verdict.',
    );
    expect(await page.locator('[data-claim-check="claim-unemployment"] .gap-list').innerText()).toContain(
      'claimReviewed: Word the claim',
    );

    await page.getByRole('button', { name: 'Organisation settings…' }).click();
    await page.getByLabel('Organisation name').fill('Harbour Checks');
    await page.getByLabel('Organisation web site').fill('javascript:alert(1)');
    await page.getByLabel('Logo URL').fill('https://checks.example/logo.png');
    await page.getByLabel('Fact-check page URL').fill('https://checks.example/harbour');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('starting with http:// or https://');
    await page.getByLabel('Organisation web site').fill('https://checks.example');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect
      .poll(() => summary.innerText())
      .toBe('3 claims with a verdict will be exported; 3 without a verdict are left out.');
    expect(await page.locator('.organisation-gaps').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const path = join(workDir, download.suggestedFilename());
    await download.saveAs(path);
    const reviews = JSON.parse(readFileSync(path, 'utf8')) as Array<{
      url: string;
      author: unknown;
      reviewRating: { alternateName: string };
    }>;
    expect(download.suggestedFilename()).toBe('harbour-traffic-report.claimreview.jsonld');
    expect(reviews.map((review) => review.reviewRating.alternateName)).toEqual(['False', 'Mostly true', 'Half true']);
    expect(reviews[0]?.url).toBe('https://checks.example/harbour#claim-claim-cargo');
    expect(reviews[0]?.author).toEqual({
      '@type': 'Organization',
      name: 'Harbour Checks',
      url: 'https://checks.example/',
      logo: { '@type': 'ImageObject', url: 'https://checks.example/logo.png' },
    });
  });

  it('downloads the CSV as UTF-8 with a byte-order mark, CRLF line ends and formulas made inert', async () => {
    const { download, bytes, text } = await exportAs(app.page, /Spreadsheet \(CSV\)/, workDir);
    expect(download.suggestedFilename()).toBe('harbour-traffic-report.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\r\n')).toHaveLength(8);
    expect(text).toContain(`'${QUOTES.formula}`);
  });

  it('downloads an HTML report that opens as a page with no script and only http(s) links', async () => {
    const { download } = await exportAs(app.page, /Report \(HTML\)/, workDir);
    expect(download.suggestedFilename()).toBe('harbour-traffic-report.report.html');
    const report = await app.context.newPage();
    const dialogs: string[] = [];
    report.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await report.goto(`file://${join(workDir, download.suggestedFilename())}`);
    expect(await report.locator('h1').innerText()).toBe(TITLE);
    expect(await report.locator('article.claim').count()).toBe(6);
    expect(await report.locator('script').count()).toBe(0);
    const hrefs = await report
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(await report.getByText('<script>alert("claimant")</script>').count()).toBe(1);
    expect(dialogs).toEqual([]);
    // Printed with the options the desktop app's hidden window uses, the report is a PDF of a few A4 pages.
    const pdf = await report.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length).toBeGreaterThanOrEqual(2);
    await report.emulateMedia({ media: 'print' });
    await report.screenshot({
      path: join(import.meta.dirname, '..', '..', '.tmp', 'interop-report-print.png'),
      fullPage: true,
    });
    await report.close();
  });

  it('offers no PDF on the web page: the HTML report is printed from the browser instead', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export as…' }).click();
    const dialog = page.getByRole('dialog');
    expect(
      await dialog.getByRole('radio').evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value)),
    ).toEqual(['w3c', 'w3c-list', 'hypothesis', 'claimreview', 'csv', 'html', 'md']);
    await dialog.getByRole('radio', { name: /Report \(HTML\)/ }).check();
    expect(await dialog.getByText('print it from there to make a PDF').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Save as PDF' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('downloads the Markdown report', async () => {
    const { download, text } = await exportAs(app.page, /Report \(Markdown\)/, workDir);
    expect(download.suggestedFilename()).toBe('harbour-traffic-report.report.md');
    expect(text.startsWith(`# Fact-check report: ${TITLE}`)).toBe(true);
    expect(text).toContain('&lt;script&gt;alert\\("claimant"\\)&lt;/script&gt;');
  });

  it('downloads the Hypothesis export and the W3C list of annotations', async () => {
    const hypothesis = await exportAs(app.page, /Hypothesis/, workDir);
    expect(hypothesis.download.suggestedFilename()).toBe('harbour-traffic-report.hypothesis.json');
    const file = JSON.parse(hypothesis.text) as { annotations: Array<{ uri: string; target: unknown[] }> };
    expect(file.annotations).toHaveLength(6);
    expect(file.annotations[0]?.uri).toBe('https://news.example/harbour');
    const list = await exportAs(app.page, /W3C Web Annotations \(list\)/, workDir);
    expect(list.download.suggestedFilename()).toBe('harbour-traffic-report.annotations.json');
    const annotations = JSON.parse(list.text) as Array<{ type: string; target: unknown[] }>;
    expect(annotations.map((annotation) => [annotation.type, annotation.target.length])).toEqual(
      Array.from({ length: 6 }, () => ['Annotation', 1]),
    );
  });

  it('imports a W3C annotation page: anchors the valid annotations, keeps an orphan and lists each invalid one', async () => {
    const { page } = app;
    const report = await importAnnotations(page, MIXED);
    expect(report.title).toBe('Annotations imported');
    expect(report.lines).toHaveLength(5);
    expect(report.lines[1]).toBe(
      'Invalid: Annotation 6 (https://annotations.example/harbour/6) at $.items[5]: its type is "Note", not "Annotation"',
    );
    expect(report.facts).toMatchObject({ 'Placed on the text': 3, 'Invalid, left out': 4 });
    expect(report.summary).toBe(
      '“mixed-annotations.json”: Imported 4 claims from 9 annotations: 3 anchored, 1 orphan (kept with their quotes, not placed in the text). Not placed: 1 annotation without a text selector. 4 invalid annotations were left out. 1 link that is not http(s) was dropped.',
    );
    // The notice keeps to the first sentence; the report says the rest.
    expect(await lastNotice(page)).toContain(
      'Imported 4 claims from 9 annotations: 3 anchored, 1 orphan (kept with their quotes, not placed in the text).',
    );
    await expect
      .poll(async () => (await highlightTexts(page))['6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b'])
      .toBe(QUOTES.cargo);
    expect(app.pageErrors).toEqual([]);
  });

  it('round-trips: our W3C export imported into the bare article on a teammate’s profile lands every claim where it was', async () => {
    const other = await launchApp(baseUrl, teammate);
    try {
      await enterName(other.page, 'Tom Teammate');
      await openImportedBundle(other.page, join(workDir, 'harbour-bare.factcheck.json'));
      expect(await other.page.locator('.article-text [data-claim-id]').count()).toBe(0);
      await importAnnotations(other.page, w3cPath);
      await expect
        .poll(() => lastNotice(other.page))
        .toContain(
          'Imported 6 claims from 6 annotations: 5 anchored, 1 orphan (kept with their quotes, not placed in the text).',
        );
      const texts = await highlightTexts(other.page);
      expect(Object.values(texts).sort()).toEqual(
        [QUOTES.cargo, QUOTES.jobs, QUOTES.formula, QUOTES.unemployment, QUOTES.minus].sort(),
      );
      expect(texts['0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a']).toBe(QUOTES.jobs);

      // The claim card shows what the annotation carried: verdict, claimant, the rationale's formatting and link, each source's stance and note.
      const card = await openClaimCard(other.page, uuidFor('claim-cargo'));
      expect(await card.getByLabel('Claimant').inputValue()).toBe('Port Authority');
      expect(await card.getByLabel('Verdict').locator('option:checked').innerText()).toBe('False');
      expect(await card.locator('.rationale-text strong').innerText()).toBe('12% rise');
      expect(await card.locator('.rationale-text a').getAttribute('href')).toBe('https://port.example/annual-2024');
      expect(await card.getByLabel('Stance of Port statistics 2024').inputValue()).toBe('refutes');
      expect(await card.getByRole('region', { name: 'Sources' }).getByLabel('Note').inputValue()).toBe('Table 3');

      // Hostile words come back as words: the claimant and the note are shown as text, nothing runs.
      const hostile = await openClaimCard(other.page, uuidFor('claim-unemployment'));
      expect(await hostile.getByLabel('Claimant').inputValue()).toBe(HOSTILE_CLAIMANT);
      expect(await hostile.getByRole('region', { name: 'Sources' }).getByLabel('Note').inputValue()).toBe(HOSTILE_TEXT);
      expect(await hostile.locator('select[aria-label^="Stance of"]').inputValue()).toBe('supports');
      expect(await other.page.locator('.claim-card img, .claim-card script').count()).toBe(0);

      const again = await importAnnotations(other.page, w3cPath);
      expect(again.summary).toContain(
        'Imported 0 claims from 6 annotations: 0 anchored, 0 orphans. 6 annotations were already in the document.',
      );
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});

interface DesktopStandIn {
  calls: Array<{ name: string; args: Record<string, unknown> }>;
  toOpen: Record<string, { name: string; content: string } | undefined>;
  menu(command: string): void;
}

/** Installs window.factcheck before the app's scripts run, as the preload does: it records each call and answers as the main process would. */
function installDesktopStandIn(): void {
  const listeners: Array<(command: string) => void> = [];
  const state: DesktopStandIn = {
    calls: [],
    toOpen: {},
    menu: (command) => listeners.forEach((listener) => listener(command)),
  };
  const record = (name: string, args: Record<string, unknown> = {}) => state.calls.push({ name, args });
  (window as unknown as Record<string, unknown>)['__desktop'] = state;
  (window as unknown as Record<string, unknown>)['factcheck'] = {
    openFile: async (args: { purpose: string }) => {
      record('openFile', args);
      const file = state.toOpen[args.purpose];
      state.toOpen[args.purpose] = undefined;
      return file ? { ...file, byteLength: file.content.length } : null;
    },
    saveFile: async (args: { purpose: string; suggestedName: string; content: string }) => {
      record('saveFile', { purpose: args.purpose, suggestedName: args.suggestedName, length: args.content.length });
      return { name: args.suggestedName };
    },
    saveReportPdf: async (args: { suggestedName: string; html: string }) => {
      record('saveReportPdf', args);
      return { name: 'harbour.pdf' };
    },
    openExternal: async () => false,
    appInfo: async () => ({ version: '0.0.0', platform: 'linux' }),
    onMenuCommand: (listener: (command: string) => void) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    onFileOpened: () => () => undefined,
    writeBackup: async ({ content, reason }: { content: string; reason: string }) => ({
      id: 'backup-20250302T080000000Z.factcheck.json',
      createdAt: '2025-03-02T08:00:00.000Z',
      byteLength: content.length,
      reason,
    }),
    listBackups: async () => [],
    readBackup: async () => {
      throw new Error('no backups');
    },
    onBackupFlushRequest: () => () => undefined,
  };
}

describe('the application menu and Save as PDF in the desktop app (a stand-in for the preload bridge)', () => {
  const profile = newProfileDir();
  let app: AppSession;
  const desktop = () => app.page.evaluate(() => (window as unknown as { __desktop: DesktopStandIn }).__desktop.calls);
  const menu = (command: string) =>
    app.page.evaluate((name) => (window as unknown as { __desktop: DesktopStandIn }).__desktop.menu(name), command);
  const queueFile = (purpose: string, name: string, content: string) =>
    app.page.evaluate(
      ([kind, fileName, text]) => {
        (window as unknown as { __desktop: DesktopStandIn }).__desktop.toOpen[kind as string] = {
          name: fileName as string,
          content: text as string,
        };
      },
      [purpose, name, content],
    );

  beforeAll(async () => {
    app = await launchApp(baseUrl, profile);
    await enterName(app.page, 'Ana Analyst');
    await app.context.addInitScript(installDesktopStandIn);
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Library' }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
    removeProfileDir(profile);
  });

  it('says which commands need an open document, and opens Backups from the menu', async () => {
    const { page } = app;
    await menu('export-pdf');
    await expect.poll(() => lastNotice(page)).toContain('Open a document to export it.');
    await menu('import-annotations');
    await expect.poll(() => lastNotice(page)).toContain('Open a document to import annotations into it.');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await menu('show-backups');
    await page.getByRole('dialog', { name: 'Backups' }).waitFor();
    await page.getByRole('dialog', { name: 'Backups' }).getByRole('button', { name: 'Close' }).click();
    await menu('delete-everything');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await desktop()).toEqual([]);
  });

  it('imports a bundle through the bundle dialog, then offers Save as PDF, which hands the report HTML to the main process', async () => {
    const { page } = app;
    await queueFile('bundle', 'harbour.factcheck.json', serialiseBundle(sampleBundle()));
    await menu('import-bundle');
    await page.locator('.article-text h1', { hasText: TITLE }).waitFor();
    await menu('export-pdf');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /Report \(PDF\)/ }).waitFor();
    expect(await dialog.getByRole('radio', { name: /Report \(PDF\)/ }).isChecked()).toBe(true);
    await page.screenshot({ path: join(import.meta.dirname, '..', '..', '.tmp', 'interop-desktop-export-pdf.png') });
    await dialog.getByRole('button', { name: 'Save as PDF' }).click();
    await expect.poll(() => lastNotice(page)).toContain(`Exported “${TITLE}” as Report (PDF) to harbour.pdf.`);
    const calls = await desktop();
    expect(calls.map((call) => call.name)).toEqual(['openFile', 'saveReportPdf']);
    expect(calls[0]?.args).toEqual({ purpose: 'bundle' });
    const pdf = calls[1]?.args as { suggestedName: string; html: string };
    expect(pdf.suggestedName).toBe('harbour-traffic-report.report');
    expect(pdf.html.startsWith('<!doctype html>')).toBe(true);
    expect(pdf.html).toContain('<h1>Harbour traffic report 🚢</h1>');
    expect(pdf.html).not.toContain('<script');
  });

  it.each([
    ['export-w3c', /^W3C Web Annotations(?! \(list\))/, 'w3c', 'harbour-traffic-report.annotations.jsonld'],
    ['export-w3c-list', /W3C Web Annotations \(list\)/, 'w3c-list', 'harbour-traffic-report.annotations.json'],
    ['export-hypothesis', /Hypothesis/, 'hypothesis', 'harbour-traffic-report.hypothesis.json'],
    ['export-claimreview', /ClaimReview/, 'claimreview', 'harbour-traffic-report.claimreview.jsonld'],
    ['export-csv', /Spreadsheet \(CSV\)/, 'csv', 'harbour-traffic-report.csv'],
    ['export-html', /Report \(HTML\)/, 'html', 'harbour-traffic-report.report.html'],
    ['export-md', /Report \(Markdown\)/, 'md', 'harbour-traffic-report.report.md'],
  ])(
    '%s opens Export as… on its format and saves through its own dialog purpose',
    async (command, radio, purpose, suggestedName) => {
      const { page } = app;
      const before = (await desktop()).length;
      await menu(command);
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('radio', { name: radio }).waitFor();
      expect(await dialog.getByRole('radio', { name: radio }).isChecked()).toBe(true);
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      await expect
        .poll(async () => (await desktop()).slice(before))
        .toEqual([{ name: 'saveFile', args: expect.objectContaining({ purpose, suggestedName }) }]);
      await expect.poll(() => dialog.count()).toBe(0);
    },
  );

  it('imports annotations through the annotations dialog', async () => {
    const { page } = app;
    await queueFile('annotations', 'mixed.jsonld', readFileSync(MIXED, 'utf8'));
    await menu('import-annotations');
    expect((await closeImportReport(page)).title).toBe('Annotations imported');
    expect((await desktop()).at(-1)).toEqual({ name: 'openFile', args: { purpose: 'annotations' } });
    expect(app.pageErrors).toEqual([]);
  });
});
