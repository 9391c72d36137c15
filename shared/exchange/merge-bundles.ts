/** Merges whole bundles in memory, as `factcheck merge` and the merge tests do: a library is just the records of a bundle. */
import type { Analyst } from '../model/schema';
import type { Bundle } from './bundle-schema';
import { createBundle, type BundleContents } from './create-bundle';
import { planMerge, type MergeOptions, type MergePlan } from './merge-library';

export type Library = BundleContents;

export const EMPTY_LIBRARY: Library = { documents: [], claims: [], sources: [], evidence: [], scales: [] };

function replaced<T extends { id: string }>(records: readonly T[], changes: readonly T[]): T[] {
  if (changes.length === 0) return [...records];
  const byId = new Map(records.map((record) => [record.id, record]));
  for (const change of changes) byId.set(change.id, change);
  return [...byId.values()];
}

/** The library with the bundle merged in, and what the merge did. */
export function mergeIntoLibrary(
  library: Library,
  bundle: Bundle,
  options: MergeOptions = {},
): { library: Library; plan: MergePlan } {
  const plan = planMerge(bundle, library, options);
  return {
    plan,
    library: {
      documents: replaced(library.documents, plan.documents),
      claims: replaced(library.claims, plan.claims),
      sources: replaced(library.sources, plan.sources),
      evidence: replaced(library.evidence, plan.evidence),
      scales: replaced(library.scales, plan.scales),
    },
  };
}

/** Bundles merged one after the other into an empty library, and the result as a bundle. */
export function mergeBundles(
  bundles: readonly Bundle[],
  exportedBy: Analyst,
  now: Date = new Date(),
  options: MergeOptions = {},
): { bundle: Bundle; plans: MergePlan[] } {
  let library: Library = EMPTY_LIBRARY;
  const plans: MergePlan[] = [];
  for (const bundle of bundles) {
    const step = mergeIntoLibrary(library, bundle, options);
    library = step.library;
    plans.push(step.plan);
  }
  return { bundle: createBundle(library, exportedBy, now), plans };
}
