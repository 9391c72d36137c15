// `factcheck export` run as a process: every format written from a bundle file, what it prints, and how it refuses.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serialiseBundle } from '../../../shared';
import { type W3cCollection } from '../../../shared/interop';
import { buildCli, hasStackTrace, runCli, workFolder } from '../../fixtures/w3c/cli-run';
import { sampleBundle } from '../../fixtures/w3c/sample-bundle';
import { loadMustAssertions, suitePresent, SUITE_MISSING_MESSAGE } from '../shared/interop/w3c-conformance';

vi.setConfig({ testTimeout: 30_000 });

let script = '';
let work = '';
let bundlePath = '';
const inWork = (name: string) => path.join(work, name);

beforeAll(async () => {
  script = await buildCli();
  work = await workFolder();
  bundlePath = inWork('harbour.factcheck.json');
  await writeFile(bundlePath, serialiseBundle(sampleBundle()));
}, 60_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
  if (script) await rm(path.dirname(script), { recursive: true, force: true });
});

describe('factcheck export', () => {
  it('writes a W3C AnnotationCollection with one annotation per live claim', async () => {
    const out = inWork('harbour.annotations.jsonld');
    const run = await runCli(script, ['export', bundlePath, '--format', 'w3c', '-o', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`Wrote ${out}: W3C Web Annotations of “Harbour traffic report 🚢”, 6 claims.\n`);
    const collection = JSON.parse(await readFile(out, 'utf8')) as W3cCollection;
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 6 });
    expect(collection.first?.items).toHaveLength(6);
  });

  it.skipIf(!suitePresent())(
    suitePresent()
      ? 'writes annotations that pass every MUST assertion of the W3C model test suite'
      : SUITE_MISSING_MESSAGE,
    async () => {
      const out = inWork('conformance.annotations.jsonld');
      expect((await runCli(script, ['export', bundlePath, '--format', 'w3c', '-o', out])).code).toBe(0);
      const collection = JSON.parse(await readFile(out, 'utf8')) as W3cCollection;
      const suite = loadMustAssertions();
      for (const annotation of collection.first?.items ?? [])
        expect(suite.check({ '@context': collection['@context'], ...annotation })).toEqual([]);
    },
  );

  it('writes ClaimReview with the organisation from the options and lists what each review misses', async () => {
    const out = inWork('harbour.claimreview.jsonld');
    const run = await runCli(script, [
      'export',
      bundlePath,
      '-f',
      'claimreview',
      '-o',
      out,
      '--org-name',
      'Harbour Checks',
      '--fact-check-url',
      'https://checks.example/harbour',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      `Wrote ${out}: ClaimReview (schema.org) of “Harbour traffic report 🚢”, 6 claims.`,
      '3 ClaimReviews written; 3 claims without a verdict left out.',
      'Missing ClaimReview fields:',
      '  “cargo volumes doubled in 2024”: missing recommended author.url, author.logo',
      '  “the new terminal created 5,000 jobs”: missing recommended author.url, author.logo, itemReviewed.datePublished, reviewRating.ratingExplanation',
      '  “unemployment rose by 3%”: missing recommended author.url, author.logo, claimReviewed, itemReviewed.datePublished',
      'Give the organisation with --org-name, --org-url, --org-logo and --fact-check-url.',
      '',
    ]);
    const reviews = JSON.parse(await readFile(out, 'utf8')) as Array<{ url: string; author: { name: string } }>;
    expect(reviews.map((review) => review.url)).toEqual([
      'https://checks.example/harbour#claim-claim-cargo',
      'https://checks.example/harbour#claim-0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
      'https://checks.example/harbour#claim-claim-unemployment',
    ]);
    expect(reviews[0]?.author.name).toBe('Harbour Checks');
  });

  it('writes CSV with a byte-order mark and CRLF line ends', async () => {
    const out = inWork('harbour.csv');
    expect((await runCli(script, ['export', bundlePath, '--format', 'csv', '-o', out])).code).toBe(0);
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\r\n')).toHaveLength(8);
  });

  it.each([
    ['html', '<!doctype html>', 'Fact-check report'],
    ['md', '# Fact-check report: Harbour traffic report 🚢', '## Verdicts'],
  ])('writes the %s report', async (format, start, heading) => {
    const out = inWork(`harbour.report.${format}`);
    expect((await runCli(script, ['export', bundlePath, '--format', format, '-o', out])).code).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text.startsWith(start)).toBe(true);
    expect(text).toContain(heading);
  });

  it.each([
    [
      ['export', 'BUNDLE', '-o', 'x'],
      2,
      'Choose a format with --format (w3c, w3c-list, hypothesis, claimreview, csv, html, md).',
    ],
    [
      ['export', 'BUNDLE', '--format', 'pdf', '-o', 'x'],
      2,
      'Unknown format "pdf"; the formats are w3c, w3c-list, hypothesis, claimreview, csv, html, md.',
    ],
    [['export', 'BUNDLE', '--format', 'csv'], 2, 'Name the file to write with -o OUT.'],
    [
      ['export', 'BUNDLE', '--format', 'claimreview', '-o', 'x', '--org-url', 'javascript:alert(1)'],
      2,
      '--org-url must be an http or https address, not "javascript:alert(1)".',
    ],
    [
      ['export', 'BUNDLE', '--format', 'csv', '-o', 'BUNDLE'],
      1,
      'The export would overwrite the bundle; choose another -o name.',
    ],
    [
      ['export', 'BUNDLE', '--format', 'csv', '-o', 'x', '--document', 'nope'],
      1,
      'The bundle has no document with the id "nope".',
    ],
  ])('refuses %j with exit code %i and a sentence', async (args, code, message) => {
    const run = await runCli(
      script,
      args.map((arg) => (arg === 'BUNDLE' ? bundlePath : arg === 'x' ? inWork('refused.out') : arg)),
    );
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
    expect(hasStackTrace(run)).toBe(false);
  });

  it('does not replace an existing file without --force', async () => {
    const out = inWork('exists.csv');
    await writeFile(out, 'keep');
    const run = await runCli(script, ['export', bundlePath, '--format', 'csv', '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('already exists; choose another name or add --force');
    expect(await readFile(out, 'utf8')).toBe('keep');
    expect((await runCli(script, ['export', bundlePath, '--format', 'csv', '-o', out, '--force'])).code).toBe(0);
  });

  it('lists the problems of an invalid bundle and writes nothing', async () => {
    const broken = inWork('broken.factcheck.json');
    await writeFile(broken, '{"format": "factcheck-bundle", "version": 3}');
    const run = await runCli(script, ['export', broken, '--format', 'w3c', '-o', inWork('never.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^.*broken\.factcheck\.json: \$\.exportedAt: /m);
  });

  it('is listed in the help', async () => {
    const help = await runCli(script, ['help', 'export']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: factcheck export BUNDLE --format FORMAT -o OUT');
    expect((await runCli(script, ['--help'])).stdout).toContain(
      'export BUNDLE --format w3c|w3c-list|hypothesis|claimreview|csv|html|md -o OUT',
    );
  });
});
