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

  it('lists the first 100 of 200,000 invalid annotations with a count of the rest, writes nothing and says so in its exit code', async () => {
    const invalid = inWork('invalid.json');
    await writeFile(invalid, `[${Array.from({ length: 200_000 }, () => '1').join(',')}]`);
    const out = inWork('nothing.factcheck.json');
    const run = await runCli(script, ['import-annotations', barePath, invalid, '-o', out]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(103);
    expect(lines[0]).toBe(`${invalid}: Annotation 1 at $[0]: expected an Annotation (an object), found number`);
    expect(lines[100]).toBe(`${invalid}: … and 199,900 more annotations`);
    expect(lines[101]).toBe(
      'Imported 0 claims from 200,000 annotations: 0 anchored, 0 orphans. 200,000 invalid annotations were left out.',
    );
    expect(lines[102]).toBe(`Nothing was imported; ${out} was not written.`);
    expect(run.stdout).toBe('');
    await expect(readFile(out)).rejects.toThrow();
    expect(hasStackTrace(run)).toBe(false);
  });

  it('reports an annotation nested 5,000 deep and imports the others', async () => {
    const deep = inWork('deep.json');
    const good = {
      id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
      type: 'Annotation',
      target: {
        source: 'https://news.example/harbour',
        selector: { type: 'TextQuoteSelector', exact: 'cargo volumes doubled in 2024' },
      },
    };
    const body = `${'{"type":"List","items":['.repeat(5000)}{"type":"TextualBody","value":"x"}${']}'.repeat(5000)}`;
    const bad = `{"id":"urn:uuid:11111111-2222-4333-8444-666666666666","type":"Annotation","target":${JSON.stringify(good.target)},"body":${body}}`;
    await writeFile(deep, `[${bad},${JSON.stringify(good)}]`);
    const out = inWork('deep.factcheck.json');
    const run = await runCli(script, ['import-annotations', barePath, deep, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stderr.trim()).toBe(
      `${deep}: Annotation 1 (urn:uuid:11111111-2222-4333-8444-666666666666) at $[0]: it is nested deeper than 64 levels`,
    );
    expect(run.stdout).toContain(
      'Imported 1 claim from 2 annotations: 1 anchored, 0 orphans. 1 invalid annotation was left out.',
    );
    expect(hasStackTrace(run)).toBe(false);
  });

  it('imports a Hypothesis export and writes the bundle again unchanged when every annotation is already there', async () => {
    const full = inWork('hyp-full.factcheck.json');
    await writeFile(full, serialiseBundle(sampleBundle()));
    const hypothesis = inWork('harbour.hypothesis.json');
    expect((await runCli(script, ['export', full, '--format', 'hypothesis', '-o', hypothesis])).code).toBe(0);
    const once = inWork('hyp-once.factcheck.json');
    const first = await runCli(script, ['import-annotations', barePath, hypothesis, '-o', once]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Imported 6 claims from 6 annotations (a Hypothesis export): 5 anchored, 1 orphan');
    const twice = await runCli(script, [
      'import-annotations',
      once,
      hypothesis,
      '-o',
      inWork('hyp-twice.factcheck.json'),
    ]);
    expect(twice.code).toBe(0);
    expect(twice.stdout).toContain('6 annotations were already in the document.');
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
