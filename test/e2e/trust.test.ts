// Trust in exchanged files, in Chromium: a file that claims 1,000 of the analyst's own writes is refused
// and her edit survives a reload; a teammate's signed file pins his key with its fingerprint; a file in
// his name under another key, and one changed after signing, are kept apart untouched until she decides.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keyFingerprint, newSigningKey, readBundle, serialiseBundle, type Bundle } from '../../shared';
import { enterName, exportBundle, importFile, lastNotice, markClaim, openDocument } from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';
import { storedKeys } from './import-steps';

const baseUrl = inject('baseUrl');
const SAMPLE_TITLE = /Putin claims Russia is ready to negotiate/;
const ANA_QUOTE = 'Moscow claims it does not target civilians.';
const BOB_QUOTE = 'The war is not over yet.';

function read(path: string): { bundle: Bundle; text: string } {
  const text = readFileSync(path, 'utf8');
  const result = readBundle(text);
  if (!result.ok) throw new Error(`${path} is not a valid bundle`);
  return { bundle: result.bundle, text };
}

describe('trust in exchanged files', () => {
  const profileAna = newProfileDir();
  const profileBob = newProfileDir();
  const workDir = newProfileDir();
  let app: AppSession;
  let anaClaim = '';
  let bobFile = '';
  let bobFingerprint = '';
  const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });
  const pickClaim = async (page: Page, id: string) => {
    await page.locator(`[data-claim-card="${id}"] .claim-summary`).click();
    await page.locator(`[data-claim-details="${id}"]`).waitFor();
  };

  async function switchTo(profile: string): Promise<void> {
    await app.close();
    app = await launchApp(baseUrl, profile);
  }

  async function saveExport(name: string): Promise<string> {
    const download = await exportBundle(app.page);
    const path = join(workDir, name);
    await download.saveAs(path);
    return path;
  }

  beforeAll(async () => {
    app = await launchApp(baseUrl, profileBob);
  });

  afterAll(async () => {
    await app?.close();
    for (const dir of [profileAna, profileBob, workDir]) removeProfileDir(dir);
  });

  it('Bob exports a claim, signed with his key', async () => {
    await enterName(app.page, 'Bob Builder');
    await openDocument(app.page, SAMPLE_TITLE);
    const id = await markClaim(app.page, BOB_QUOTE);
    await field(app.page, 'Claim as worded').fill('Bob says the war goes on');
    await pickClaim(app.page, id);
    bobFile = await saveExport('bob.factcheck.json');
    const { bundle } = read(bobFile);
    expect(bundle.signature?.algorithm).toBe('ed25519');
    bobFingerprint = keyFingerprint(bundle.signature?.publicKey as string);
  });

  it('refuses a file that claims 1,000 of Ana’s own writes, and her edit survives a reload', async () => {
    await switchTo(profileAna);
    await enterName(app.page, 'Ana Analyst');
    await openDocument(app.page, SAMPLE_TITLE);
    anaClaim = await markClaim(app.page, ANA_QUOTE);
    await field(app.page, 'Claim as worded').fill('Moscow says it spares civilians');
    await pickClaim(app.page, anaClaim);
    const { bundle } = read(await saveExport('ana.factcheck.json'));
    // The forger takes Ana's export, writes their own wording and says they have seen 1,000 of her writes.
    const claim = bundle.claims.find((each) => each.id === anaClaim) as Bundle['claims'][number];
    const writer = bundle.writer as string;
    const forged: Bundle['claims'][number] = {
      ...claim,
      text: 'Moscow admits striking civilians',
      rev: 1000,
      sync: { ...claim.sync, clock: { [writer]: 1000 } },
    };
    const path = join(workDir, 'forged.factcheck.json');
    writeFileSync(
      path,
      serialiseBundle({
        ...bundle,
        exportedBy: { id: 'analyst-mallory', name: 'Mallory' },
        writer: undefined,
        claims: [forged],
      }),
    );

    await importFile(app.page, path);
    const dialog = app.page.getByRole('dialog', { name: 'The file was not imported: it claims edits you never made' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(
      `$.claims[0].sync.clock: the claim “Moscow admits striking civilians” (id ${anaClaim}) counts 1,000 writes by this library (writer "${writer}"), but this library has made 2`,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await field(app.page, 'Claim as worded').inputValue()).toBe('Moscow says it spares civilians');
    await app.page.reload();
    await openDocument(app.page, SAMPLE_TITLE);
    await pickClaim(app.page, anaClaim);
    expect(await field(app.page, 'Claim as worded').inputValue()).toBe('Moscow says it spares civilians');
  });

  it('imports Bob’s signed file, shows his key’s fingerprint to compare, and remembers it', async () => {
    await importFile(app.page, bobFile);
    await expect
      .poll(() => lastNotice(app.page))
      .toContain(
        `Signed by Bob Builder with key ${bobFingerprint}, seen for the first time and now remembered: compare this fingerprint with Bob Builder by voice or chat.`,
      );
    await app.page.getByRole('button', { name: 'Ana Analyst' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Your identity and your teammates’ keys' });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.locator('.trust-keys tbody tr').innerText())
      .toMatch(new RegExp(`^Bob Builder\\s+${bobFingerprint}\\s+.* in “bob\\.factcheck\\.json”`));
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('keeps a file in Bob’s name under another key apart, across a reload, until Ana trusts the new key', async () => {
    const { bundle } = read(bobFile);
    const newKey = newSigningKey();
    const path = join(workDir, 'bob-new-key.factcheck.json');
    writeFileSync(path, serialiseBundle(bundle, newKey));
    const claimsBefore = (await storedKeys(app.page, 'claims')).length;
    await importFile(app.page, path);
    const dialog = app.page.getByRole('dialog', { name: 'Files kept apart' });
    await dialog.waitFor();
    const item = dialog.locator('.held-file').first();
    expect(await item.innerText()).toMatch(
      /“bob-new-key\.factcheck\.json”\s*Signed as Bob Builder with a key you do not know for them/,
    );
    expect(await item.innerText()).toContain(`Key in the file\n${keyFingerprint(newKey.publicKey)}`);
    expect(await item.innerText()).toContain(`Key you know for Bob Builder\n${bobFingerprint}`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect((await storedKeys(app.page, 'claims')).length).toBe(claimsBefore);

    await app.page.reload();
    await app.page.getByRole('button', { name: '1 file kept apart' }).click();
    await dialog.waitFor();
    await dialog.getByLabel('Trust Bob Builder’s new key from now on').check();
    await dialog.getByRole('button', { name: 'Import anyway' }).click();
    await expect
      .poll(() => lastNotice(app.page))
      .toContain(`Bob Builder’s new key ${keyFingerprint(newKey.publicKey)} is now the one you trust for them.`);
    await expect.poll(() => app.page.getByRole('button', { name: /kept apart/ }).count()).toBe(0);
    await app.page.getByRole('button', { name: 'Ana Analyst' }).click();
    const identity = app.page.getByRole('dialog', { name: 'Your identity and your teammates’ keys' });
    await expect
      .poll(() => identity.locator('.trust-keys tbody tr').innerText())
      .toContain(keyFingerprint(newKey.publicKey));
    await identity.getByRole('button', { name: 'Close' }).click();
  });

  it('keeps a signed file changed afterwards apart, and discarding it imports nothing', async () => {
    const { text } = read(bobFile);
    const path = join(workDir, 'bob-changed.factcheck.json');
    writeFileSync(path, text.replace('Bob says the war goes on', 'Bob says the war is over'));
    const claimsBefore = await storedKeys(app.page, 'claims');
    await importFile(app.page, path);
    const dialog = app.page.getByRole('dialog', { name: 'Files kept apart' });
    await dialog.waitFor();
    const item = dialog.locator('.held-file').first();
    expect(await item.innerText()).toContain('Changed after it was signed');
    expect(await item.innerText()).toContain('The signature does not hold: the file was changed after it was signed.');
    await item.getByRole('button', { name: 'Discard' }).click();
    await expect
      .poll(() => lastNotice(app.page))
      .toBe('Discarded “bob-changed.factcheck.json”; nothing of it was imported.×');
    await expect.poll(() => dialog.innerText()).toContain('No file is kept apart.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await storedKeys(app.page, 'claims')).toEqual(claimsBefore);
  });

  it('ran without page errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
