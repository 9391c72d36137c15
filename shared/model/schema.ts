/** The record schemas every layer shares: what a document, claim, source, evidence link and verdict scale are. */
import { z } from 'zod';
import { richTextSchema } from '../richtext/schema';
import { recordOriginSchema, recordSyncSchema } from './sync-schema';
import { httpUrl, isHttpUrl } from './url';

const isoDate = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);

export { httpUrl, isHttpUrl };

export const analystSchema = z.strictObject({
  id,
  name: z.string().min(1).max(200),
});

/** Who made a record and when, with a revision counter that grows on every change. */
const stamps = {
  createdAt: isoDate,
  createdBy: analystSchema,
  updatedAt: isoDate,
  updatedBy: analystSchema,
  rev: z.number().int().min(1),
  /** Merge metadata: which analyst's write set each field (docs/format.md, "Merge"). */
  sync: recordSyncSchema.optional(),
  /** Library only, never exported: the file an imported record came from. */
  origin: recordOriginSchema.optional(),
};

export const blockTypes = ['title', 'heading', 'paragraph', 'quote', 'listItem'] as const;

export const markTypes = ['bold', 'italic', 'link'] as const;

/** Inline formatting kept from the source: emphasis and http(s) links over UTF-16 offsets within the block's text. */
export const markSchema = z.strictObject({
  type: z.enum(markTypes),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  href: httpUrl.optional(),
});

export const blockSchema = z
  .strictObject({
    type: z.enum(blockTypes),
    text: z.string(),
    marks: z.array(markSchema).max(100_000).optional(),
  })
  .superRefine((block, context) => {
    block.marks?.forEach((mark, index) => {
      if (mark.start >= mark.end || mark.end > block.text.length) {
        context.addIssue({
          code: 'custom',
          path: ['marks', index],
          message: `expected start < end <= ${block.text.length} (the length of the block's text)`,
        });
      }
      if ((mark.type === 'link') !== (mark.href !== undefined)) {
        context.addIssue({
          code: 'custom',
          path: ['marks', index, 'href'],
          message: mark.type === 'link' ? 'a link needs an href' : 'only a link has an href',
        });
      }
    });
  });

export const documentSchema = z.strictObject({
  id,
  title: z.string().max(2000),
  url: httpUrl.nullable(),
  outlet: z.string().max(500).nullable(),
  author: z.string().max(500).nullable(),
  publishedAt: z.string().max(100).nullable(),
  language: z.string().max(35).nullable(),
  importedAt: isoDate,
  blocks: z.array(blockSchema).min(1),
  text: z.string().min(1),
  textHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest'),
  scaleId: id,
  /** In the trash: hidden from the library, restorable. */
  deleted: z.boolean(),
  ...stamps,
});

/** Where a claim sits in the canonical text: UTF-16 offsets plus the quote and its context. */
export const targetSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  /** The quote could not be found again in the document's text: an orphan, kept with its original quote and context. */
  orphaned: z.literal(true).optional(),
});

export const claimStatuses = ['new', 'researching', 'needs-review', 'final', 'dismissed'] as const;
export const claimTypes = ['statistic', 'quote', 'causal', 'prediction', 'other'] as const;
export const checkWorthinessLevels = ['low', 'medium', 'high'] as const;
export const sourceTypes = ['primary', 'statistics', 'news', 'expert', 'social', 'other'] as const;

/** A calendar date, 2026-11-29. */
const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2026-11-29');

export const verdictSchema = z.strictObject({
  scaleId: id,
  stepId: id,
});

export const claimSchema = z.strictObject({
  id,
  documentId: id,
  target: targetSchema,
  text: z.string().max(5000),
  claimant: z.string().max(500),
  claimDate: calendarDate.nullable(),
  /** Where the claim appeared; null means the document's own URL. */
  appearanceUrl: httpUrl.nullable(),
  claimType: z.enum(claimTypes).nullable(),
  checkWorthiness: z.enum(checkWorthinessLevels).nullable(),
  status: z.enum(claimStatuses),
  verdict: verdictSchema.nullable(),
  rationale: richTextSchema,
  tags: z.array(z.string().min(1).max(100)).max(100),
  reviewer: z.string().max(200),
  deleted: z.boolean(),
  ...stamps,
});

export const sourceSchema = z.strictObject({
  id,
  url: httpUrl,
  title: z.string().max(2000),
  publisher: z.string().max(500).nullable(),
  author: z.string().max(500).nullable(),
  publishedAt: z.string().max(100).nullable(),
  accessedAt: isoDate,
  archiveUrl: httpUrl.nullable(),
  sourceType: z.enum(sourceTypes).nullable(),
  reliabilityNote: z.string().max(5000),
  deleted: z.boolean(),
  ...stamps,
});

export const stances = ['supports', 'refutes', 'context'] as const;

export const evidenceSchema = z.strictObject({
  id,
  claimId: id,
  sourceId: id,
  stance: z.enum(stances),
  quote: z.string().max(20_000),
  note: z.string().max(20_000),
  deleted: z.boolean(),
  ...stamps,
});

export const scaleStepSchema = z.strictObject({
  id,
  label: z.string().min(1).max(200),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1a7f37'),
  value: z.number(),
});

export const verdictScaleSchema = z.strictObject({
  id,
  name: z.string().min(1).max(200),
  bestValue: z.number(),
  worstValue: z.number(),
  steps: z.array(scaleStepSchema).min(1).max(50),
});

export type Analyst = z.infer<typeof analystSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Mark = z.infer<typeof markSchema>;
export type MarkType = (typeof markTypes)[number];
export type BlockType = Block['type'];
export type FactDocument = z.infer<typeof documentSchema>;
export type Target = z.infer<typeof targetSchema>;
export type ClaimStatus = (typeof claimStatuses)[number];
export type ClaimType = (typeof claimTypes)[number];
export type CheckWorthiness = (typeof checkWorthinessLevels)[number];
export type SourceType = (typeof sourceTypes)[number];
export type Verdict = z.infer<typeof verdictSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Stance = (typeof stances)[number];
export type Evidence = z.infer<typeof evidenceSchema>;
export type ScaleStep = z.infer<typeof scaleStepSchema>;
export type VerdictScale = z.infer<typeof verdictScaleSchema>;
