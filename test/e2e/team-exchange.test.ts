// Team exchange end to end in Chromium: two analysts change the same verdict, one imports the other's
// file (in a worker, with a progress bar), resolves the conflict in the Conflicts view, and re-attaches
// the orphaned claim of a teammate's edited copy of the article by selecting text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  canonicalText,
  createdSync,
  hashText,
  makeTarget,
  newId,
  openConflicts,
  readBundle,
  serialiseBundle,
  type Bundle,
  type Claim,
} from '../../shared';
import {
  enterName,
  exportBundle,
  highlightTexts,
  importFile,
  lastNotice,
  markClaim,
  openDocument,
  selectInArticle,
} from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';

const baseUrl = inject('baseUrl');
const SAMPLE_TITLE = /Putin claims Russia is ready to negotiate/;
const WAR_SENTENCE = 'The war is not over yet.';
const CIVILIANS = 'Moscow claims it does not target civilians.';
const ADDED_SENTENCE = 'Talks could resume in the spring, officials in Ankara said.';

function readFile(path: string): Bundle {
  const result = readBundle(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path} is not a valid bundle`);
  return result.bundle;
}

/** Tomás's copy of the article: the war sentence cut and a sentence added, under the same title, with a claim on each of two passages. */
function editedCopy(bundle: Bundle): Bundle {
  const original = bundle.documents[0] as Bundle['documents'][number];
  const blocks = original.blocks
    .filter((block) => block.text !== WAR_SENTENCE)
    .map((block) => (block.text.includes(CIVILIANS) ? { ...block, text: `${block.text} ${ADDED_SENTENCE}` } : block));
  const text = canonicalText(blocks);
  const tomas = { id: 'analyst-tomas-copy', name: 'Tomás Teammate' };
  const document = {
    ...original,
    id: newId(),
    blocks,
    text,
    textHash: hashText(text),
    sync: createdSync(tomas.id),
    createdBy: tomas,
    updatedBy: tomas,
    rev: 1,
  };
  const claimOn = (quote: string): Bundle['claims'][number] => {
    const start = text.indexOf(quote);
    const base = bundle.claims[0] as Bundle['claims'][number];
    return {
      ...base,
      id: newId(),
      documentId: document.id,
      target: makeTarget(text, start, start + quote.length),
      text: quote,
      verdict: null,
      status: 'new',
      createdBy: tomas,
      updatedBy: tomas,
      rev: 1,
      sync: createdSync(tomas.id),
    };
  };
  return {
    ...bundle,
    exportedBy: tomas,
    documents: [document],
    claims: [claimOn(CIVILIANS), claimOn(ADDED_SENTENCE)],
    sources: [],
    evidence: [],
  };
}

describe('two analysts change the same verdict and settle it in the Conflicts view', () => {
  const profileA = newProfileDir();
  const profileB = newProfileDir();
  const workDir = newProfileDir();
  let app: AppSession;
  let warClaim = '';
  let workers = 0;

  beforeAll(async () => {
    app = await launchApp(baseUrl, profileA);
  });

  afterAll(async () => {
    await app?.close();
    for (const dir of [profileA, profileB, workDir]) removeProfileDir(dir);
  });

  async function switchTo(profile: string): Promise<void> {
    await app.close();
    app = await launchApp(baseUrl, profile);
    app.page.on('worker', () => (workers += 1));
  }

  async function setVerdict(label: string): Promise<void> {
    await app.page.locator(`[data-claim-card="${warClaim}"] .claim-summary`).click();
    await app.page.getByLabel('Verdict', { exact: true }).selectOption({ label });
    await expect.poll(() => app.page.locator('.claim-item.is-selected .verdict-badge').innerText()).toBe(label);
  }

  async function saveExport(name: string): Promise<string> {
    const download = await exportBundle(app.page);
    const path = join(workDir, name);
    await download.saveAs(path);
    return path;
  }

  it('Ana marks a claim with a verdict and shares the file; Tomás imports it and changes the verdict', async () => {
    await enterName(app.page, 'Ana Analyst');
    await openDocument(app.page, SAMPLE_TITLE);
    warClaim = await markClaim(app.page, WAR_SENTENCE);
    await setVerdict('True');
    const fromAna = await saveExport('ana.factcheck.json');

    await switchTo(profileB);
    await enterName(app.page, 'Tomás Teammate');
    await importFile(app.page, fromAna);
    await expect.poll(() => lastNotice(app.page)).toMatch(/Imported 0 new documents, 1 new claim/);
    await setVerdict('False');
    await saveExport('tomas.factcheck.json');
  });

  it('Ana, who changed the verdict too, imports Tomás’s file in a worker and is told of one conflict', async () => {
    await switchTo(profileA);
    await openDocument(app.page, SAMPLE_TITLE);
    await setVerdict('Mostly true');
    await importFile(app.page, join(workDir, 'tomas.factcheck.json'));
    await expect.poll(() => lastNotice(app.page)).toMatch(/1 record updated; 1 conflict to resolve/);
    expect(workers).toBeGreaterThan(0);
    await expect.poll(() => app.page.locator('.conflicts-button').innerText()).toMatch(/Conflicts\s*1/);
  });

  it('shows both verdicts with their authors, and keeps the one Ana picks', async () => {
    const { page } = app;
    await page.locator('.conflicts-button').click();
    const dialog = page.getByRole('dialog', { name: 'Conflicts' });
    await dialog.waitFor();
    const field = dialog.locator('[data-conflict-field="verdict"]');
    await expect
      .poll(async () => (await field.locator('.conflict-value').allInnerTexts()).sort())
      .toEqual([
        expect.stringMatching(/^False\s*by Tomás Teammate/),
        expect.stringMatching(/^Mostly true\s*by Ana Analyst/),
      ]);
    await dialog.getByRole('button', { name: 'Keep “False” for Verdict' }).click();
    await expect.poll(() => dialog.innerText()).toContain('No conflicts');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.locator('.conflicts-button').count()).toBe(0);
    await expect.poll(() => page.locator(`[data-claim-card="${warClaim}"] .verdict-badge`).innerText()).toBe('False');
  });

  it('exports the settled verdict with no conflict left, and importing Tomás’s file again changes nothing', async () => {
    const bundle = readFile(await saveExport('ana-settled.factcheck.json'));
    const claim = bundle.claims.find((each) => each.id === warClaim) as Claim;
    expect(claim.verdict?.stepId).toBe('false');
    expect(openConflicts('claims', claim)).toEqual([]);
    await importFile(app.page, join(workDir, 'tomas.factcheck.json'));
    await expect
      .poll(() => lastNotice(app.page))
      .toMatch(/Imported 0 new documents, 0 new claims.*1 identical record skipped/);
    expect(await app.page.locator('.conflicts-button').count()).toBe(0);
  });

  it('re-anchors the claims of Tomás’s edited copy of the article and lists the one it cannot place as an orphan', async () => {
    const { page } = app;
    const path = join(workDir, 'tomas-copy.factcheck.json');
    writeFileSync(path, serialiseBundle(editedCopy(readFile(join(workDir, 'ana-settled.factcheck.json')))));
    const claimsBefore = await page.locator('.claim-item').count();
    await importFile(page, path);
    const question = page.getByRole('dialog', { name: 'Another version of an article?' });
    await expect.poll(() => question.isVisible()).toBe(true);
    expect(
      await question.getByRole('radio', { name: /Re-anchor its claims on your “Putin claims.*same title/ }).isChecked(),
    ).toBe(true);
    await question.getByRole('button', { name: 'Cancel import' }).click();
    await expect.poll(() => lastNotice(page)).toMatch(/was cancelled; nothing was changed/);
    expect(await page.locator('.claim-item').count()).toBe(claimsBefore);

    await importFile(page, path);
    await question.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => lastNotice(page))
      .toMatch(
        /Imported 0 new documents, 2 new claims, .*; claims re-anchored on your copy of “Putin claims.*; 1 orphaned claim/,
      );
    await expect.poll(async () => Object.values(await highlightTexts(page))).toContain(CIVILIANS);
    await page.locator('.orphans-button').click();
    const orphan = page.locator('.orphan-item');
    await expect.poll(() => orphan.count()).toBe(1);
    expect(await orphan.locator('mark').innerText()).toBe(ADDED_SENTENCE);
  });

  it('attaches the orphan to the passage Ana selects', async () => {
    const { page } = app;
    const orphanId = await page.locator('.orphan-item').getAttribute('data-orphan-claim');
    const passage = 'Since October, millions of Ukrainians have been left without heat or water';
    await selectInArticle(page, passage);
    await page.getByRole('button', { name: 'Attach to selection' }).click();
    await expect.poll(async () => (await highlightTexts(page))[orphanId as string]).toBe(passage);
    await expect.poll(() => page.locator('.orphans-button').count()).toBe(0);
  });

  it('ran without page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
