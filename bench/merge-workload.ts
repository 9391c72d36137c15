/**
 * The merge benchmark's workload: a 20,000-claim bundle from the real sample article, and the medians
 * of JSON.parse, validate (readBundle, which parses too), merge into an empty library and re-merge
 * into a library that holds it all, measured side by side in one run.
 */
import { readFileSync } from 'node:fs';
import { planMerge, readBundle, serialiseBundle, truthScale, type Bundle } from '../shared';
import { largeBundle } from '../test/fixtures/bundles/large-bundle';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(runs: number, work: () => unknown): number {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export interface MergeFigures {
  claims: number;
  megabytes: number;
  parse: number;
  validate: number;
  merge: number;
  remerge: number;
}

export function measureMerge(articlePath: string, claims: number, runs: number): MergeFigures {
  const text = serialiseBundle(largeBundle(readFileSync(articlePath, 'utf8'), claims));
  const read = readBundle(text);
  if (!read.ok) throw new Error(`the workload is not valid: ${read.problems[0]?.path} ${read.problems[0]?.message}`);
  const bundle: Bundle = read.bundle;
  const empty = { documents: [], claims: [], sources: [], evidence: [], scales: [truthScale] };
  const full = { documents: bundle.documents, claims: bundle.claims, sources: [], evidence: [], scales: [truthScale] };
  // Interleaved warm-up so that no step profits from running first.
  for (let warm = 0; warm < 2; warm += 1) {
    JSON.parse(text);
    readBundle(text);
    planMerge(bundle, empty);
  }
  return {
    claims,
    megabytes: Buffer.byteLength(text) / 1048576,
    parse: time(runs, () => JSON.parse(text)),
    validate: time(runs, () => readBundle(text)),
    merge: time(runs, () => planMerge(bundle, empty)),
    remerge: time(runs, () => planMerge(bundle, full)),
  };
}
