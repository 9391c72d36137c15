/** Reads a bundle file: size cap, safe parse, version check, schema validation and consistency checks. */
import { canonicalText } from '../text/canonical';
import { hashText } from '../text/hash';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleSchema, type Bundle } from './bundle-schema';
import { migrateBundle } from './migrate';
import { problemsFromZod, type Problem } from './problems';
import { parseJsonSafely } from './safe-json';

/** Bundles larger than this are refused before parsing. */
export const MAX_BUNDLE_BYTES = 200 * 1024 * 1024;

export type ReadBundleResult = { ok: true; bundle: Bundle } | { ok: false; problems: Problem[] };

function fail(path: string, message: string): ReadBundleResult {
  return { ok: false, problems: [{ path, message }] };
}

/** Validates bundle text; on failure lists every problem found, with its JSON path. */
export function readBundle(text: string, byteLength: number = text.length): ReadBundleResult {
  if (byteLength > MAX_BUNDLE_BYTES) {
    return fail('$', `the file is ${(byteLength / 1048576).toFixed(1)} MB; bundles of up to ${MAX_BUNDLE_BYTES / 1048576} MB are read`);
  }
  if (text.trim().length === 0) return fail('$', 'the file is empty');
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('$', 'expected a Factcheck Desk bundle (a JSON object)');
  }
  const header = value as { format?: unknown; version?: unknown };
  if (header.format !== BUNDLE_FORMAT) {
    return fail('$.format', `expected "${BUNDLE_FORMAT}": this is not a Factcheck Desk bundle`);
  }
  if (typeof header.version === 'number' && header.version > BUNDLE_VERSION) {
    return fail(
      '$.version',
      `the file is format version ${header.version}; this app reads version ${BUNDLE_VERSION}. Update Factcheck Desk to open it.`,
    );
  }
  const result = bundleSchema.safeParse(migrateBundle(value, BUNDLE_VERSION), { reportInput: true });
  if (!result.success) return { ok: false, problems: problemsFromZod(result.error) };
  const problems = consistencyProblems(result.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, bundle: result.data };
}

/** Cross-record checks a schema cannot express: hashes, quotes at their offsets, references. */
export function consistencyProblems(bundle: Bundle): Problem[] {
  const problems: Problem[] = [];
  const documents = new Map(bundle.documents.map((document) => [document.id, document]));
  const scales = new Map(bundle.scales.map((scale) => [scale.id, scale]));
  bundle.documents.forEach((document, index) => {
    if (!scales.has(document.scaleId)) {
      problems.push({ path: `$.documents[${index}].scaleId`, message: `no verdict scale "${document.scaleId}" in the file` });
    }
    if (canonicalText(document.blocks) !== document.text) {
      problems.push({ path: `$.documents[${index}].text`, message: 'the text does not match the document blocks' });
    } else if (hashText(document.text) !== document.textHash) {
      problems.push({ path: `$.documents[${index}].textHash`, message: 'the hash does not match the SHA-256 of the text' });
    }
  });
  bundle.claims.forEach((claim, index) => {
    const document = documents.get(claim.documentId);
    const path = `$.claims[${index}]`;
    if (!document) {
      problems.push({ path: `${path}.documentId`, message: `no document with id "${claim.documentId}" in the file` });
    } else if (claim.target.end <= claim.target.start || claim.target.end > document.text.length) {
      problems.push({ path: `${path}.target`, message: `the range ${claim.target.start}-${claim.target.end} is outside the document text` });
    } else if (document.text.slice(claim.target.start, claim.target.end) !== claim.target.exact) {
      problems.push({ path: `${path}.target.exact`, message: 'the quote is not the text at the stored offsets' });
    }
    if (claim.verdict) {
      const scale = scales.get(claim.verdict.scaleId);
      if (!scale) problems.push({ path: `${path}.verdict.scaleId`, message: `no verdict scale "${claim.verdict.scaleId}" in the file` });
      else if (!scale.steps.some((step) => step.id === claim.verdict?.stepId)) {
        problems.push({ path: `${path}.verdict.stepId`, message: `the scale "${scale.name}" has no step "${claim.verdict.stepId}"` });
      }
    }
  });
  const claimIds = new Set(bundle.claims.map((claim) => claim.id));
  const sourceIds = new Set(bundle.sources.map((source) => source.id));
  bundle.evidence.forEach((link, index) => {
    if (!claimIds.has(link.claimId)) problems.push({ path: `$.evidence[${index}].claimId`, message: `no claim "${link.claimId}" in the file` });
    if (!sourceIds.has(link.sourceId)) problems.push({ path: `$.evidence[${index}].sourceId`, message: `no source "${link.sourceId}" in the file` });
  });
  return problems;
}
