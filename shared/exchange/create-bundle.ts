/** Builds a bundle from one document and the records that belong to it. */
import type { Analyst, Claim, Evidence, FactDocument, Source, VerdictScale } from '../model/schema';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle-schema';
import { legacySync } from '../model/record-sync';

export const GENERATOR = 'Factcheck Desk';

export interface BundleContents {
  documents: FactDocument[];
  claims: Claim[];
  sources: Source[];
  evidence: Evidence[];
  scales: VerdictScale[];
}

function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A record as a bundle carries it: with its merge history (derived for a record from before format 3), without its library-only origin. */
function forExchange<T extends { id: string; origin?: unknown; sync?: unknown }>(
  record: T,
): Omit<T, 'origin'> & { sync: NonNullable<T['sync']> } {
  type Exchanged = Omit<T, 'origin'> & { sync: NonNullable<T['sync']> };
  // At most one copy per record (an export of 20,000 claims makes no more): none when there is nothing to drop or add.
  if (record.origin === undefined && record.sync !== undefined) return record as unknown as Exchanged;
  const { origin: _origin, ...rest } = record;
  if (rest.sync !== undefined) return rest as unknown as Exchanged;
  return { ...rest, sync: legacySync(record as unknown as Record<string, unknown>) } as Exchanged;
}

/** A bundle of the given records, sorted by id so the same library always exports the same bytes. */
export function createBundle(contents: BundleContents, exportedBy: Analyst, now: Date = new Date()): Bundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now.toISOString(),
    exportedBy,
    generator: GENERATOR,
    documents: byId(contents.documents).map(forExchange),
    claims: byId(contents.claims).map(forExchange),
    sources: byId(contents.sources).map(forExchange),
    evidence: byId(contents.evidence).map(forExchange),
    scales: byId(contents.scales),
  } as Bundle;
}

const RECORD_LISTS = new Set(['documents', 'claims', 'sources', 'evidence', 'scales']);

/**
 * The bundle as file text: the header indented, each record on a line of its own, so a file stays
 * compact (a large library is mostly records) and a change to a record is a change to one line.
 */
export function serialiseBundle(bundle: Bundle): string {
  const entries = Object.entries(bundle);
  const lines = ['{'];
  entries.forEach(([key, value], index) => {
    const comma = index < entries.length - 1 ? ',' : '';
    if (RECORD_LISTS.has(key) && Array.isArray(value) && value.length > 0) {
      lines.push(`  ${JSON.stringify(key)}: [`);
      value.forEach((record, at) => lines.push(`    ${JSON.stringify(record)}${at < value.length - 1 ? ',' : ''}`));
      lines.push(`  ]${comma}`);
    } else {
      lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${comma}`);
    }
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A file name for a document's bundle, made of safe characters only. */
export function bundleFileName(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${stem || 'document'}.factcheck.json`;
}
