/** What a merge did, in words: one sentence for the app's notice. */
import type { MergePlan } from './merge-library';

function count(value: number, noun: string, plural = `${noun}s`): string {
  return `${value} ${value === 1 ? noun : plural}`;
}

/** Records of the file whose values changed in the library (documents only gain history when matched). */
export function updatedRecords(plan: MergePlan): number {
  return plan.counts.claims.updated + plan.counts.sources.updated + plan.counts.evidence.updated;
}

/** One sentence on what an import did, for a notice or the CLI. */
export function describeImport(plan: MergePlan): string {
  const { documents, claims, sources, evidence } = plan.counts;
  const liveClaims = claims.added - plan.deletedAdded;
  const deleted = plan.deletedAdded;
  const parts = [
    `${count(documents.added, 'new document')}`,
    `${count(liveClaims, 'new claim')}${deleted > 0 ? ` (and ${count(deleted, 'deleted one')})` : ''}`,
    count(sources.added, 'new source'),
    count(evidence.added, 'evidence link'),
  ];
  let sentence = `Imported ${parts.join(', ')}`;
  for (const { title } of plan.reanchored)
    sentence += `; claims re-anchored on your copy of “${title.slice(0, 80)}” (its text differs)`;
  const updated = updatedRecords(plan);
  if (updated > 0) sentence += `; ${count(updated, 'record')} updated`;
  if (plan.conflicts > 0) sentence += `; ${count(plan.conflicts, 'conflict')} to resolve`;
  if (plan.orphans > 0) sentence += `; ${count(plan.orphans, 'orphaned claim')} (quote not found)`;
  const skipped = claims.unchanged + sources.unchanged + evidence.unchanged;
  if (skipped > 0) sentence += `; ${count(skipped, 'identical record')} skipped`;
  if (plan.scalesKept.length > 0)
    sentence += `; kept your version of the scale${plan.scalesKept.length === 1 ? '' : 's'} ${plan.scalesKept.map((name) => `“${name}”`).join(', ')}`;
  return `${sentence}.`;
}
