/**
 * Brings records and bundles of older format versions up to the current one. Each step takes the
 * JSON of version N and returns version N+1; steps never drop data a person entered.
 */
import { richTextFromPlain } from '../richtext/convert';
import { legacySync } from '../model/record-sync';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Version 1 → 2: claims gain date, appearance, type, check-worthiness and reviewer; rationale becomes rich text; sources gain type and reliability; documents gain the trash flag. */
export function claimV1toV2(claim: unknown): unknown {
  if (!isObject(claim)) return claim;
  const rationale = typeof claim['rationale'] === 'string' ? richTextFromPlain(claim['rationale']) : claim['rationale'];
  return {
    claimDate: null,
    appearanceUrl: null,
    claimType: null,
    checkWorthiness: null,
    reviewer: '',
    ...claim,
    rationale,
  };
}

export function sourceV1toV2(source: unknown): unknown {
  return isObject(source) ? { sourceType: null, reliabilityNote: '', ...source } : source;
}

export function documentV1toV2(document: unknown): unknown {
  return isObject(document) ? { deleted: false, ...document } : document;
}

/** Version 2 → 3: every record gains the merge history derived from its content (see shared/model/record-sync.ts). */
export function recordV2toV3(record: unknown): unknown {
  return isObject(record) && !('sync' in record) ? { ...record, sync: legacySync(record) } : record;
}

function mapArray(value: unknown, step: (item: unknown) => unknown): unknown {
  return Array.isArray(value) ? value.map(step) : value;
}

const BUNDLE_STEPS: Record<number, (bundle: Json) => Json> = {
  1: (bundle) => ({
    ...bundle,
    version: 2,
    documents: mapArray(bundle['documents'], documentV1toV2),
    claims: mapArray(bundle['claims'], claimV1toV2),
    sources: mapArray(bundle['sources'], sourceV1toV2),
  }),
  2: (bundle) => ({
    ...bundle,
    version: 3,
    documents: mapArray(bundle['documents'], recordV2toV3),
    claims: mapArray(bundle['claims'], recordV2toV3),
    sources: mapArray(bundle['sources'], recordV2toV3),
    evidence: mapArray(bundle['evidence'], recordV2toV3),
  }),
  // Version 4 adds optional header fields only (the exporter's writer id and signature, docs/format.md).
  3: (bundle) => ({ ...bundle, version: 4 }),
};

/** The bundle JSON migrated step by step from its version to `target`; unknown shapes are left for validation to report. */
export function migrateBundle(value: unknown, target: number): unknown {
  if (!isObject(value)) return value;
  let bundle = value;
  while (typeof bundle['version'] === 'number' && bundle['version'] < target) {
    const step = BUNDLE_STEPS[bundle['version']];
    if (!step) break;
    bundle = step(bundle);
  }
  return bundle;
}
