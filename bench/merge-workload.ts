/**
 * The merge workload: a bundle of N claims on the real sample article, and the times of JSON.parse,
 * validate (readBundle, which parses too), merge into an empty library, validate + merge in one go and
 * re-merge into a library that holds it all, measured side by side in one run. Each run pays for its
 * own garbage collection and not for what the step before it left (lib/timing.ts).
 */
import { planMerge, readBundle, serialiseBundle, truthScale, type Bundle } from '../shared';
import { largeBundle } from '../test/fixtures/bundles/large-bundle';
import { summarise, type Stats } from './lib/stats';
import { timeRun } from './lib/timing';

export interface MergeFigures {
  claims: number;
  megabytes: number;
  parse: Stats;
  validate: Stats;
  merge: Stats;
  validateAndMerge: Stats;
  remerge: Stats;
  /** Claims the merge plan holds (must equal `claims`). */
  mergedClaims: number;
}

export function measureMerge(article: string, claims: number, runs: number): MergeFigures {
  const text = serialiseBundle(largeBundle(article, claims));
  const read = readBundle(text);
  if (!read.ok) throw new Error(`the workload is not valid: ${read.problems[0]?.path} ${read.problems[0]?.message}`);
  const bundle: Bundle = read.bundle;
  const empty = () => ({ documents: [], claims: [], sources: [], evidence: [], scales: [truthScale] });
  const full = { documents: bundle.documents, claims: bundle.claims, sources: [], evidence: [], scales: [truthScale] };
  // Interleaved warm-up so that no step profits from running first.
  for (let warm = 0; warm < 2; warm += 1) {
    JSON.parse(text);
    readBundle(text);
    planMerge(bundle, empty());
    planMerge(bundle, full);
  }
  const samples = {
    parse: [] as number[],
    validate: [] as number[],
    merge: [] as number[],
    validateAndMerge: [] as number[],
    remerge: [] as number[],
  };
  let mergedClaims = 0;
  const time = (into: number[], work: () => unknown) => into.push(timeRun(work));
  for (let run = 0; run < runs; run += 1) {
    time(samples.parse, () => JSON.parse(text));
    time(samples.validate, () => readBundle(text));
    time(samples.merge, () => planMerge(bundle, empty()));
    time(samples.validateAndMerge, () => {
      const again = readBundle(text);
      if (!again.ok) throw new Error('the workload became invalid');
      mergedClaims = planMerge(again.bundle, empty()).claims.length;
    });
    time(samples.remerge, () => planMerge(bundle, full));
  }
  return {
    claims,
    megabytes: Buffer.byteLength(text) / 1048576,
    parse: summarise(samples.parse),
    validate: summarise(samples.validate),
    merge: summarise(samples.merge),
    validateAndMerge: summarise(samples.validateAndMerge),
    remerge: summarise(samples.remerge),
    mergedClaims,
  };
}
