/** Builds a bundle from one document and the records that belong to it. */
import type { Claim, Evidence, FactDocument, Source, VerdictScale } from '../model/schema';
import { analystOf, type Author } from '../model/stamp';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle-schema';
import { signatureFor, type SigningKey } from './bundle-signature';
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

/**
 * A bundle of the given records, sorted by id so the same library always exports the same bytes. The
 * header names the exporting analyst and, when the author writes under a writer id of a library, that id.
 */
export function createBundle(contents: BundleContents, exportedBy: Author, now: Date = new Date()): Bundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now.toISOString(),
    exportedBy: analystOf(exportedBy),
    ...(exportedBy.writerId === undefined ? {} : { writer: exportedBy.writerId }),
    generator: GENERATOR,
    documents: byId(contents.documents).map(forExchange),
    claims: byId(contents.claims).map(forExchange),
    sources: byId(contents.sources).map(forExchange),
    evidence: byId(contents.evidence).map(forExchange),
    scales: byId(contents.scales),
  } as Bundle;
}

const RECORD_LISTS = new Set(['documents', 'claims', 'sources', 'evidence', 'scales']);

/** The bundle's fields in file order, with `signature` (a placeholder, or none) among the header fields, before the first record list. */
function withSignatureSlot(bundle: Bundle, signed: boolean): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(bundle)) {
    if (key === 'signature') continue;
    if (signed && RECORD_LISTS.has(key) && !('signature' in ordered)) ordered['signature'] = null;
    ordered[key] = value;
  }
  return ordered;
}

/**
 * The bundle as file text: the header indented, each record on a line of its own, so a file stays
 * compact (a large library is mostly records) and a change to a record is a change to one line. With
 * a key, the file is signed (bundle-signature.ts); without, it carries no signature, even if the bundle
 * came from a signed file (a signature would no longer hold for anything changed since).
 */
export function serialiseBundle(bundle: Bundle, key?: SigningKey): string {
  const ordered = withSignatureSlot(bundle, key !== undefined);
  const lines = new Map<string, string[]>();
  for (const [name, value] of Object.entries(ordered))
    if (RECORD_LISTS.has(name) && Array.isArray(value))
      lines.set(
        name,
        value.map((record) => JSON.stringify(record)),
      );
  if (key) ordered['signature'] = signatureFor(ordered, key, lines);
  const entries = Object.entries(ordered).filter(([, value]) => value !== undefined);
  const out = ['{'];
  entries.forEach(([name, value], index) => {
    const comma = index < entries.length - 1 ? ',' : '';
    const records = lines.get(name);
    if (records && records.length > 0) {
      out.push(`  ${JSON.stringify(name)}: [`);
      records.forEach((record, at) => out.push(`    ${record}${at < records.length - 1 ? ',' : ''}`));
      out.push(`  ]${comma}`);
    } else {
      out.push(`  ${JSON.stringify(name)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}${comma}`);
    }
  });
  out.push('}');
  return `${out.join('\n')}\n`;
}

/** The start of a file name made from a title: safe characters only, words joined by hyphens, or `fallback`. */
export function fileStem(title: string, fallback: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return stem || fallback;
}

/** A file name for a document's bundle, made of safe characters only. */
export function bundleFileName(title: string): string {
  return `${fileStem(title, 'document')}.factcheck.json`;
}
