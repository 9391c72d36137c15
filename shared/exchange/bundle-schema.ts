/** The `.factcheck.json` bundle: the file teams exchange, validated with the same schemas the app stores. */
import { z } from 'zod';
import {
  analystSchema,
  claimSchema,
  documentSchema,
  evidenceSchema,
  sourceSchema,
  verdictScaleSchema,
} from '../model/schema';
import { MERGED_FIELDS } from './merge-record';
import { isRichText } from './rich-text-check';
import { syncChecker } from './sync-check';
import { syncSchemaFor } from '../model/sync-schema';

export const BUNDLE_FORMAT = 'factcheck-bundle';
/** The format version this app writes. Older versions are migrated on import (see migrate.ts). */
export const BUNDLE_VERSION = 4;
export const BUNDLE_EXTENSION = '.factcheck.json';

/** In a bundle every record carries its merge history for its own fields, and never the library-only origin. */
export const bundleDocumentSchema = documentSchema
  .omit({ origin: true })
  .extend({ sync: syncSchemaFor(documentSchema.shape, MERGED_FIELDS.documents) });
export const bundleClaimSchema = claimSchema
  .omit({ origin: true })
  .extend({ sync: syncSchemaFor(claimSchema.shape, MERGED_FIELDS.claims) });
export const bundleSourceSchema = sourceSchema
  .omit({ origin: true })
  .extend({ sync: syncSchemaFor(sourceSchema.shape, MERGED_FIELDS.sources) });
export const bundleEvidenceSchema = evidenceSchema
  .omit({ origin: true })
  .extend({ sync: syncSchemaFor(evidenceSchema.shape, MERGED_FIELDS.evidence) });

/**
 * The exporter's Ed25519 signature (docs/format.md, "Signatures"): `publicKey` is the 32-byte public key
 * and `value` the 64-byte signature, both lower-case hex. It signs the SHA-256 of the bundle written as
 * compact JSON in the file's own key order, with `signature` holding only `algorithm` and `publicKey`.
 */
export const bundleSignatureSchema = z.strictObject({
  algorithm: z.literal('ed25519'),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits (an Ed25519 public key)'),
  value: z.string().regex(/^[0-9a-f]{128}$/, 'expected 128 lower-case hex digits (an Ed25519 signature)'),
});

/** The id the exporting library's own writes are named by (see writers.ts); absent in files of other tools. */
const writerSchema = z.string().min(1).max(200);

/** The envelope: what the file says about itself, with the record lists checked item by item (see read-bundle.ts). */
export const bundleHeaderSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  exportedBy: analystSchema,
  writer: writerSchema.optional(),
  generator: z.string().max(200),
  signature: bundleSignatureSchema.optional(),
  documents: z.array(z.unknown()),
  claims: z.array(z.unknown()),
  sources: z.array(z.unknown()),
  evidence: z.array(z.unknown()),
  scales: z.array(z.unknown()),
});

export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  exportedBy: analystSchema,
  writer: writerSchema.optional(),
  generator: z.string().max(200),
  signature: bundleSignatureSchema.optional(),
  documents: z.array(bundleDocumentSchema),
  claims: z.array(bundleClaimSchema),
  sources: z.array(bundleSourceSchema),
  evidence: z.array(bundleEvidenceSchema),
  scales: z.array(verdictScaleSchema),
});

/** The record schema of each list of a bundle, for validating item by item (the messages come from these). */
export const BUNDLE_LISTS = {
  documents: bundleDocumentSchema,
  claims: bundleClaimSchema,
  sources: bundleSourceSchema,
  evidence: bundleEvidenceSchema,
  scales: verdictScaleSchema,
} as const;

/**
 * The same schemas with `sync` and the claim's rich-text rationale checked by hand (sync-check.ts,
 * rich-text-check.ts), which accept only records the schemas above accept, faster: none of them is
 * recursive, so zod keeps no per-object bookkeeping for them, and they can be compiled. Their answer is
 * all that is used: the schemas above give the messages. `compile: false` gives them as the app's pages have them.
 */
export function fastBundleLists(
  compile: boolean = z.util.allowsEval.value,
): Readonly<Record<keyof typeof BUNDLE_LISTS, z.ZodType>> {
  const fast = <T extends z.ZodType>(schema: T): T => (compile ? z.compile(schema) : schema);
  return {
    documents: fast(
      documentSchema
        .omit({ origin: true })
        .extend({ sync: z.custom(syncChecker(documentSchema.shape, MERGED_FIELDS.documents)) }),
    ),
    claims: fast(
      claimSchema.omit({ origin: true }).extend({
        rationale: z.custom(isRichText),
        sync: z.custom(syncChecker(claimSchema.shape, MERGED_FIELDS.claims)),
      }),
    ),
    sources: fast(
      sourceSchema
        .omit({ origin: true })
        .extend({ sync: z.custom(syncChecker(sourceSchema.shape, MERGED_FIELDS.sources)) }),
    ),
    evidence: fast(
      evidenceSchema
        .omit({ origin: true })
        .extend({ sync: z.custom(syncChecker(evidenceSchema.shape, MERGED_FIELDS.evidence)) }),
    ),
    scales: fast(verdictScaleSchema),
  };
}

/**
 * The fast schemas validateBundle uses, compiled by zod ahead of time where generating code is allowed
 * (Node: the command line, the tests, the benchmark): a compiled validator checks a record without
 * building the copy zod's parser returns. The app's pages forbid eval, and there they stay as they are
 * (zod has already probed for eval once by then, so asking costs nothing).
 */
export const FAST_BUNDLE_LISTS = fastBundleLists();

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleDocument = z.infer<typeof bundleDocumentSchema>;
export type BundleClaim = z.infer<typeof bundleClaimSchema>;
export type BundleSignature = z.infer<typeof bundleSignatureSchema>;
