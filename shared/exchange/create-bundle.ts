/** Builds a bundle from one document and the records that belong to it. */
import type { Analyst, Claim, Evidence, FactDocument, Source, VerdictScale } from '../model/schema';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './bundle-schema';

export const GENERATOR = 'Factcheck Desk';

export interface BundleContents {
  documents: FactDocument[];
  claims: Claim[];
  sources: Source[];
  evidence: Evidence[];
  scales: VerdictScale[];
}

/** A bundle of the given records, sorted by id so the same library always exports the same bytes. */
export function createBundle(contents: BundleContents, exportedBy: Analyst, now: Date = new Date()): Bundle {
  const byId = <T extends { id: string }>(records: T[]): T[] => [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now.toISOString(),
    exportedBy,
    generator: GENERATOR,
    documents: byId(contents.documents),
    claims: byId(contents.claims),
    sources: byId(contents.sources),
    evidence: byId(contents.evidence),
    scales: byId(contents.scales),
  };
}

/** The bundle as file text. */
export function serialiseBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
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
