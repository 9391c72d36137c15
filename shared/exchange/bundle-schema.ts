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

export const BUNDLE_FORMAT = 'factcheck-bundle';
/** The format version this app writes. Older versions are migrated on import (see migrate.ts). */
export const BUNDLE_VERSION = 2;
export const BUNDLE_EXTENSION = '.factcheck.json';

export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  exportedBy: analystSchema,
  generator: z.string().max(200),
  documents: z.array(documentSchema),
  claims: z.array(claimSchema),
  sources: z.array(sourceSchema),
  evidence: z.array(evidenceSchema),
  scales: z.array(verdictScaleSchema),
});

export type Bundle = z.infer<typeof bundleSchema>;
