// `factcheck verify` and the trust checks of `factcheck merge`, run as processes: who signed what, a
// tampered file refused with exit 1, one analyst under two keys, and a forged history refused with --own.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createBundle,
  keyFingerprint,
  makeTarget,
  newClaim,
  newDocument,
  newSigningKey,
  parseArticle,
  readBundle,
  serialiseBundle,
  truthScale,
  withChange,
  type Author,
  type Claim,
  type FactDocument,
  type SigningKey,
} from '../../../shared';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ARTICLE = 'Minister says exports doubled\n\nThe minister said exports doubled in 2023. Critics disagree.';
const AT = new Date('2025-03-01T09:00:00.000Z');
const vic: Author = { id: 'analyst-vic', name: 'Vic Victim', writerId: 'analyst-vic@0a1b2c3d' };
const mallory: Author = { id: 'analyst-mallory', name: 'Mallory', writerId: 'analyst-mallory@ffff0000' };
const vicKey = newSigningKey();

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

vi.setConfig({ testTimeout: 30_000 });

let work = '';
let cli = '';
const inWork = (name: string) => path.join(work, name);

function factcheck(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: ROOT, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

function documentOf(): FactDocument {
  const parsed = parseArticle(ARTICLE, { format: 'text' });
  return { ...newDocument(parsed.blocks, { title: parsed.title }, vic, AT), id: 'doc-exports' };
}

/** Vic's claim after four writes of Vic's library. */
function vicClaim(document: FactDocument): Claim {
  const start = document.text.indexOf('exports doubled in 2023');
  const created = { ...newClaim(document.id, makeTarget(document.text, start, start + 23), vic, AT), id: 'claim-1' };
  let claim = withChange(created, { text: 'Exports doubled' }, vic, AT);
  claim = withChange(claim, { claimant: 'The minister' }, vic, AT);
  return withChange(claim, { text: 'Exports doubled in 2023, says the minister' }, vic, AT);
}

async function write(name: string, claims: Claim[], who: Author, key?: SigningKey): Promise<string> {
  const document = documentOf();
  const bundle = createBundle(
    { documents: [document], claims, sources: [], evidence: [], scales: [truthScale] },
    who,
    AT,
  );
  await writeFile(inWork(name), serialiseBundle(bundle, key));
  return inWork(name);
}

/** The file of the report: Vic's claim with Mallory's wording, its clock saying it has seen 1,000 of Vic's writes. */
function forgedClaim(claim: Claim): Claim {
  const edited = withChange(claim, { text: 'Exports tripled' }, mallory, AT);
  const sync = edited.sync as NonNullable<Claim['sync']>;
  return { ...edited, rev: 1001, sync: { ...sync, clock: { ...sync.clock, [vic.writerId as string]: 1000 } } };
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'factcheck-verify-'));
  cli = path.join(work, 'factcheck.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'cli', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: cli,
    logLevel: 'warning',
  });
}, 60_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('factcheck verify', () => {
  it('says who signed a file, with the fingerprint of their key, and what it holds', async () => {
    const file = await write('signed.factcheck.json', [vicClaim(documentOf())], vic, vicKey);
    const run = await factcheck(['verify', file]);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: `${file}: signed by Vic Victim (analyst-vic), key ${keyFingerprint(vicKey.publicKey)}: the signature holds (1 document, 1 claim, 0 sources, 0 evidence links, exported 2025-03-01T09:00:00.000Z)\n`,
    });
  });

  it('refuses a signed file changed afterwards, with exit 1, and says which', async () => {
    const signed = await write('tampered.factcheck.json', [vicClaim(documentOf())], vic, vicKey);
    await writeFile(signed, (await readFile(signed, 'utf8')).replace('says the minister', 'says the PRESIDENT'));
    expect(readBundle(await readFile(signed, 'utf8')).ok).toBe(true);
    const good = await write('good.factcheck.json', [vicClaim(documentOf())], vic, vicKey);
    const run = await factcheck(['verify', good, signed]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/good\.factcheck\.json: signed by Vic Victim .*: the signature holds/),
      `${signed}: BAD SIGNATURE: the file was changed after it was signed (it names Vic Victim (analyst-vic), key ${keyFingerprint(vicKey.publicKey)})`,
    ]);
  });

  it('accepts an unsigned file, saying so, unless a signature is required', async () => {
    const file = await write('unsigned.factcheck.json', [vicClaim(documentOf())], vic);
    const run = await factcheck(['verify', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${file}: unsigned: exported by Vic Victim (analyst-vic), which cannot be confirmed`);
    expect((await factcheck(['verify', '--require-signature', file])).code).toBe(1);
  });

  it('reports an analyst who signs with two keys', async () => {
    const first = await write('key-one.factcheck.json', [vicClaim(documentOf())], vic, vicKey);
    const other = newSigningKey();
    const second = await write('key-two.factcheck.json', [vicClaim(documentOf())], vic, other);
    const run = await factcheck(['verify', first, second]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `factcheck: Vic Victim (analyst-vic) signs with 2 keys: key ${keyFingerprint(vicKey.publicKey)} in ${first}; key ${keyFingerprint(other.publicKey)} in ${second}`,
    );
  });

  it('lists the problems of a file that is not a bundle, with exit 1', async () => {
    await writeFile(inWork('not-json.factcheck.json'), 'not json');
    const run = await factcheck(['verify', inWork('not-json.factcheck.json')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/not-json\.factcheck\.json: \$: the file is not valid JSON/);
  });
});

describe('factcheck merge and trust', () => {
  it('refuses, with --own, a file that claims writes of your library you never made, and writes nothing', async () => {
    const document = documentOf();
    const mine = await write('vic.factcheck.json', [vicClaim(document)], vic, vicKey);
    const forged = await write('forged.factcheck.json', [forgedClaim(vicClaim(document))], mallory);
    const output = inWork('never.factcheck.json');
    const run = await factcheck(['merge', forged, '--own', mine, '-o', output]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${forged}: $.claims[0].sync.clock: the claim “Exports tripled” (id claim-1) counts 1,000 writes by this library (writer "analyst-vic@0a1b2c3d"), but this library has made 4`,
    );
    expect(run.stderr).toContain('factcheck: nothing was written');
    await expect(stat(output)).rejects.toThrow();
  });

  it('merges, with --own, a teammate’s honest edit of your claim, and your edit survives', async () => {
    const document = documentOf();
    const claim = vicClaim(document);
    const mine = await write('vic-own.factcheck.json', [claim], vic, vicKey);
    const bob: Author = { id: 'analyst-bob', name: 'Bob', writerId: 'analyst-bob@1234abcd' };
    const theirs = await write('bob.factcheck.json', [withChange(claim, { reviewer: 'Bob' }, bob, AT)], bob);
    const output = inWork('merged-honest.factcheck.json');
    const run = await factcheck(['merge', theirs, mine, '--own', mine, '-o', output]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/vic-own\.factcheck\.json: signed by Vic Victim/);
    const merged = readBundle(await readFile(output, 'utf8'));
    expect(merged.ok && merged.bundle.claims[0]).toMatchObject({
      text: 'Exports doubled in 2023, says the minister',
      reviewer: 'Bob',
    });
  });

  it('refuses --own with a file that names no writer', async () => {
    const older = await write('older.factcheck.json', [vicClaim(documentOf())], { id: vic.id, name: vic.name });
    const run = await factcheck(['merge', older, '--own', older, '-o', inWork('x.factcheck.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('names no writer: --own needs a file exported by Factcheck Desk');
  });

  it('refuses a file whose signature does not hold, unless told to allow it', async () => {
    const file = await write('changed.factcheck.json', [vicClaim(documentOf())], vic, vicKey);
    await writeFile(file, (await readFile(file, 'utf8')).replace('says the minister', 'says the premier'));
    const output = inWork('bad-signature.factcheck.json');
    const refused = await factcheck(['merge', file, '-o', output]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `${file}: the signature does not hold: the file was changed after it was signed (add --allow-bad-signature to merge it anyway)`,
    );
    await expect(stat(output)).rejects.toThrow();
    const allowed = await factcheck(['merge', file, '--allow-bad-signature', '-o', output]);
    expect(allowed.code).toBe(0);
    const merged = readBundle(await readFile(output, 'utf8'));
    expect(merged.ok && merged.signature.status).toBe('unsigned');
  });
});
