// `factcheck import-annotations` run as a process: anchored and orphan counts, invalid annotations listed, the new bundle valid, info showing the orphans.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readBundle, serialiseBundle, type BundleInfo } from '../../../shared';
import { buildCli, hasStackTrace, REPO_ROOT, runCli, workFolder } from '../../fixtures/w3c/cli-run';
import { sampleBundle } from '../../fixtures/w3c/sample-bundle';

vi.setConfig({ testTimeout: 30_000 });

const MIXED = path.join(REPO_ROOT, 'test', 'fixtures', 'w3c', 'mixed-annotations.json');

let script = '';
let work = '';
let barePath = '';
const inWork = (name: string) => path.join(work, name);

beforeAll(async () => {
  script = await buildCli();
  work = await workFolder();
  barePath = inWork('bare.factcheck.json');
  await writeFile(barePath, serialiseBundle(sampleBundle({ withClaims: false })));
}, 60_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
  if (script) await rm(path.dirname(script), { recursive: true, force: true });
});

describe('factcheck import-annotations', () => {
  it('imports the valid annotations, prints how many anchored and became orphans, and lists each invalid one', async () => {
    const out = inWork('imported.factcheck.json');
    const run = await runCli(script, ['import-annotations', barePath, MIXED, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'Imported 4 claims from 9 annotations: 3 anchored, 1 orphan (kept with their quotes, not placed in the text). Not placed: 1 annotation without a text selector. 4 invalid annotations were left out. 1 link that is not http(s) was dropped.',
      'Anchored: 3. Orphans: 1.',
      `Wrote ${out}: “Harbour traffic report 🚢” now has 4 claims; \`factcheck info\` marks the orphans.`,
      '',
    ]);
    const problems = run.stderr.trim().split('\n');
    expect(problems).toHaveLength(5);
    expect(problems[4]).toBe(
      `${MIXED}: not placed: Annotation 5 (https://annotations.example/harbour/5) at $.items[4]: its selectors point at no text of this article (RangeSelector, XPathSelector)`,
    );
    expect(hasStackTrace(run)).toBe(false);

    const written = readBundle(await readFile(out, 'utf8'));
    expect(written.ok).toBe(true);
    expect(written.ok && written.bundle.claims.map((claim) => claim.createdBy.name)).toEqual([
      'Test Analyst',
      'Test Analyst',
      'Test Analyst',
      'Test Analyst',
    ]);

    const info = await runCli(script, ['info', out, '--json']);
    const summary = JSON.parse(info.stdout) as BundleInfo;
    expect(summary.claims.map((claim) => [claim.exact, claim.orphaned])).toEqual(
      expect.arrayContaining([
        ['cargo volumes doubled in 2024', false],
        ['exports tripled overnight', true],
      ]),
    );
    expect(summary.claims.find((claim) => claim.exact === 'cargo volumes doubled in 2024')).toMatchObject({
      start: 48,
      end: 77,
    });
  });

  it('round-trips an export of the CLI: every claim lands where it was', async () => {
    const full = inWork('full.factcheck.json');
    await writeFile(full, serialiseBundle(sampleBundle()));
    const annotations = inWork('full.annotations.json');
    expect((await runCli(script, ['export', full, '--format', 'w3c', '-o', annotations])).code).toBe(0);
    const out = inWork('round-trip.factcheck.json');
    const run = await runCli(script, [
      'import-annotations',
      barePath,
      annotations,
      '-o',
      out,
      '--author-name',
      'Rita Reviewer',
    ]);
    expect(run.stdout).toContain('Anchored: 5. Orphans: 1.');
    expect(run.stderr).toBe('');
    const before = JSON.parse((await runCli(script, ['info', full, '--json'])).stdout) as BundleInfo;
    const after = JSON.parse((await runCli(script, ['info', out, '--json'])).stdout) as BundleInfo;
    const anchored = (info: BundleInfo) =>
      info.claims
        .filter((claim) => !claim.orphaned)
        .map((claim) => [claim.exact, claim.start, claim.end, claim.verdict])
        .sort();
    expect(anchored(after)).toEqual(anchored(before));
    // The claimant and each evidence link's stance and note travel too (our W3C vocabulary, docs/interop.md).
    const written = JSON.parse(await readFile(out, 'utf8')) as {
      claims: Array<{ claimant: string; deleted: boolean }>;
      evidence: Array<{ stance: string; note: string }>;
    };
    const original = sampleBundle();
    const live = (claims: ReadonlyArray<{ claimant: string; deleted: boolean }>) =>
      claims
        .filter((claim) => !claim.deleted)
        .map((claim) => claim.claimant)
        .sort();
    expect(live(written.claims)).toEqual(live(original.claims));
    const links = (evidence: ReadonlyArray<{ stance: string; note: string }>) =>
      evidence.map((link) => `${link.stance}: ${link.note}`).sort();
    expect(links(written.evidence)).toEqual(links(original.evidence));
  });

  it.each([
    [['import-annotations', 'BARE', '-o', 'x'], 2, 'Name the bundle and the annotation file: BUNDLE ANNOTATIONS_FILE.'],
    [['import-annotations', 'BARE', 'MIXED'], 2, 'Name the bundle to write with -o OUT.'],
    [['import-annotations', 'BARE', 'MIXED', '-o', 'MIXED'], 1, 'The bundle would overwrite the annotation file'],
    [['import-annotations', 'BARE', 'NOT_JSON', '-o', 'x'], 1, '$: the file is not valid JSON'],
    [['import-annotations', 'BARE', 'MISSING', '-o', 'x'], 1, 'cannot be read: there is no such file'],
  ])('refuses %j with exit code %i and a sentence', async (args, code, message) => {
    const notJson = inWork('not-json.json');
    await writeFile(notJson, 'this is not json');
    const names: Record<string, string> = {
      BARE: barePath,
      MIXED,
      NOT_JSON: notJson,
      MISSING: inWork('missing.json'),
      x: inWork('refused.factcheck.json'),
    };
    const run = await runCli(
      script,
      args.map((arg) => names[arg] ?? arg),
    );
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
    expect(hasStackTrace(run)).toBe(false);
  });
});
