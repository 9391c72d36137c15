// `factcheck merge` run as a process on teammates' files: what each file brought, conflicts and orphans,
// the same content in any order, and nothing written when a file is refused.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  bundleInfo,
  canonicalJson,
  createBundle,
  makeTarget,
  newClaim,
  newDocument,
  parseArticle,
  readBundle,
  serialiseBundle,
  truthScale,
  withChange,
  type Analyst,
  type Bundle,
  type BundleInfo,
  type Claim,
} from '../../../shared';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ARTICLE =
  'Minister says exports doubled\n\nThe minister said exports doubled in 2023. Critics disagree.\n\nOfficial figures show a rise of 4%.';
const ann: Analyst = { id: 'analyst-ann', name: 'Ann Analyst' };
const bob: Analyst = { id: 'analyst-bob', name: 'Bob Builder' };
const carl: Analyst = { id: 'analyst-carl', name: 'Carl Checker' };

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
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: ROOT, env: { ...process.env, FACTCHECK_ANALYST: 'Merge Desk' }, timeout: 20_000 },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
      },
    );
  });
}

function claimOn(text: string, documentId: string, quote: string, id: string, at: Date): Claim {
  const start = text.indexOf(quote);
  return { ...newClaim(documentId, makeTarget(text, start, start + quote.length), ann, at), id };
}

/** Ann's starting file, and the files of Ann, Bob and Carl after each changed it on their own. */
async function teamFiles(): Promise<{ start: string; files: string[] }> {
  const at = new Date('2025-03-01T09:00:00.000Z');
  const parsed = parseArticle(ARTICLE, { format: 'text' });
  const document = {
    ...newDocument(parsed.blocks, { title: parsed.title, url: 'https://news.example/exports' }, ann, at),
    id: 'doc-exports',
  };
  const claims = [
    claimOn(document.text, document.id, 'exports doubled in 2023', 'claim-1', at),
    claimOn(document.text, document.id, 'Critics disagree', 'claim-2', at),
  ];
  const write = async (name: string, records: Claim[], who: Analyst) => {
    await writeFile(
      inWork(name),
      serialiseBundle(
        createBundle(
          { documents: [document], claims: records, sources: [], evidence: [], scales: [truthScale] },
          who,
          at,
        ),
      ),
    );
    return inWork(name);
  };
  const later = new Date('2025-03-02T09:00:00.000Z');
  const edit = (claim: Claim, change: Partial<Claim>, who: Analyst) => withChange(claim, change, who, later);
  const [first, second] = claims as [Claim, Claim];
  const start = await write('start.factcheck.json', claims, ann);
  const files = [
    await write(
      'ann.factcheck.json',
      [edit(first, { verdict: { scaleId: 'scale-truth-6', stepId: 'false' } }, ann), second],
      ann,
    ),
    await write(
      'bob.factcheck.json',
      [
        edit(first, { verdict: { scaleId: 'scale-truth-6', stepId: 'mostly-false' } }, bob),
        edit(second, { claimant: 'Opposition' }, bob),
      ],
      bob,
    ),
    await write('carl.factcheck.json', [first, edit(second, { deleted: true }, carl)], carl),
  ];
  return { start, files };
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'factcheck-merge-'));
  // A bundle of the CLI of its own, so that other test files building out/cli are never raced.
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

describe('factcheck merge', () => {
  it('merges three teammates’ files, reports what each brought, and keeps the conflict', async () => {
    const { files } = await teamFiles();
    const output = inWork('team.factcheck.json');
    const run = await factcheck(['merge', ...files, '-o', output]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const lines = run.stdout.trim().split('\n');
    expect(lines).toEqual([
      `${files[0]}: documents 1 added, 0 with the same text; claims 2 added, 0 updated, 0 unchanged; sources 0 added, 0 updated, 0 unchanged; evidence 0 added, 0 updated, 0 unchanged; 0 conflicts, 0 orphans`,
      `${files[1]}: documents 0 added, 1 with the same text; claims 0 added, 2 updated, 0 unchanged; sources 0 added, 0 updated, 0 unchanged; evidence 0 added, 0 updated, 0 unchanged; 1 conflict, 0 orphans`,
      `${files[2]}: documents 0 added, 1 with the same text; claims 0 added, 1 updated, 1 unchanged; sources 0 added, 0 updated, 0 unchanged; evidence 0 added, 0 updated, 0 unchanged; 1 conflict, 0 orphans`,
      `Wrote ${output}: 1 document, 1 claim (and 1 deleted), 0 sources, 0 evidence links; 1 conflict to resolve, 0 orphaned claims.`,
    ]);
    const merged = readBundle(await readFile(output, 'utf8'));
    if (!merged.ok) throw new Error('the merged bundle should be valid');
    const info = JSON.parse((await factcheck(['info', output, '--json'])).stdout) as BundleInfo;
    expect(info.conflicts).toBe(1);
    expect(info.claims.map((claim) => [claim.id, claim.orphaned])).toEqual([['claim-1', false]]);
    expect(merged.bundle.claims.find((claim) => claim.id === 'claim-2')).toMatchObject({
      deleted: true,
      claimant: 'Opposition',
    });
  });

  it('writes the same content whatever the order of the files', async () => {
    const { files } = await teamFiles();
    const orders = [files, [...files].reverse(), [files[1], files[2], files[0]]] as string[][];
    const contents: string[] = [];
    for (const [index, order] of orders.entries()) {
      const output = inWork(`order-${index}.factcheck.json`);
      expect((await factcheck(['merge', ...order, '-o', output])).code).toBe(0);
      const bundle = JSON.parse(await readFile(output, 'utf8')) as Bundle;
      contents.push(canonicalJson({ ...bundle, exportedAt: null, exportedBy: null }));
    }
    expect(new Set(contents).size).toBe(1);
  });

  it('finds nothing new in a file merged twice', async () => {
    const { files } = await teamFiles();
    const run = await factcheck([
      'merge',
      files[1] as string,
      files[1] as string,
      '-o',
      inWork('twice.factcheck.json'),
    ]);
    expect(run.stdout.split('\n')[1]).toContain('claims 0 added, 0 updated, 2 unchanged');
  });

  it('re-anchors the claims of another version of the article and counts the orphans', async () => {
    const { start } = await teamFiles();
    const bundle = JSON.parse(await readFile(start, 'utf8')) as Bundle;
    const edited = parseArticle(
      ARTICLE.replace(' Critics disagree.', '').replace('The minister', 'On Monday the minister'),
      { format: 'text' },
    );
    const document = {
      ...newDocument(
        edited.blocks,
        { title: 'Minister says exports doubled', url: 'https://news.example/exports' },
        bob,
      ),
      id: 'doc-copy',
    };
    const claims = bundle.claims.map((claim) => {
      const at = document.text.indexOf(claim.target.exact);
      const target =
        at === -1
          ? { ...claim.target, orphaned: true as const }
          : makeTarget(document.text, at, at + claim.target.exact.length);
      return { ...claim, documentId: document.id, target };
    });
    await writeFile(
      inWork('copy.factcheck.json'),
      serialiseBundle(
        createBundle({ documents: [document], claims, sources: [], evidence: [], scales: [truthScale] }, bob),
      ),
    );
    const output = inWork('copy-merged.factcheck.json');
    const run = await factcheck(['merge', inWork('copy.factcheck.json'), start, '-o', output]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[1]).toMatch(
      /documents 0 added, 0 with the same text, 1 re-anchored; .*; 0 conflicts, 1 orphan$/,
    );
    const info = bundleInfo((readBundle(await readFile(output, 'utf8')) as { bundle: Bundle }).bundle);
    expect(info.documents.map((each) => each.id)).toEqual(['doc-copy']);
    expect(info.claims.map((claim) => [claim.id, claim.orphaned])).toEqual([
      ['claim-1', false],
      ['claim-2', true],
    ]);
  });

  it('writes nothing when a file is refused, and lists its problems', async () => {
    const { files } = await teamFiles();
    await writeFile(inWork('broken.factcheck.json'), '{"format": "factcheck-bundle", "version": 3');
    const output = inWork('never.factcheck.json');
    const run = await factcheck(['merge', files[0] as string, inWork('broken.factcheck.json'), '-o', output]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/broken\.factcheck\.json: \$: the file is not valid JSON/);
    expect(run.stderr).toContain('factcheck: nothing was written: 1 problem in the files.');
    await expect(stat(output)).rejects.toThrow();
  });

  it('refuses to replace an existing file unless --force is given', async () => {
    const { files } = await teamFiles();
    const output = inWork('existing.factcheck.json');
    await writeFile(output, 'precious');
    const refused = await factcheck(['merge', ...files, '-o', output]);
    expect(refused).toMatchObject({
      code: 1,
      stderr: `factcheck: ${output} already exists; choose another name or add --force to replace it.\n`,
    });
    expect(await readFile(output, 'utf8')).toBe('precious');
    expect((await factcheck(['merge', ...files, '-o', output, '--force'])).code).toBe(0);
  });

  it.each([
    { args: ['merge', '-o', 'x.factcheck.json'], message: 'factcheck: Name the bundle files to merge.' },
    { args: ['merge', 'a.factcheck.json'], message: 'factcheck: Name the bundle to write with -o OUT.' },
  ])('exits 2 with a message for $message', async ({ args, message }) => {
    const run = await factcheck(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: factcheck merge FILE... -o OUT');
  });
});
