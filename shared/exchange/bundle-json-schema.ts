/**
 * The JSON Schema of the bundle, generated from the zod schemas the app validates with, and published as
 * docs/bundle.schema.json (scripts/generate-bundle-schema.mjs writes it; a unit test fails when it drifts).
 */
import { z } from 'zod';
import { analystSchema, blockSchema, targetSchema, verdictScaleSchema, verdictSchema } from '../model/schema';
import { richNodeSchema, richTextSchema } from '../richtext/schema';
import {
  BUNDLE_VERSION,
  bundleClaimSchema,
  bundleDocumentSchema,
  bundleEvidenceSchema,
  bundleSchema,
  bundleSourceSchema,
} from './bundle-schema';
import { dotSchema } from '../model/sync-schema';

/** Named definitions, so that the schema reads as the format does. */
function definitions() {
  const registry = z.registry<{ id: string; description: string }>();
  registry.add(analystSchema, { id: 'Analyst', description: 'An analyst: a stable id and the name shown.' });
  registry.add(dotSchema, {
    id: 'Write',
    description: 'One write: the analyst id and their count of writes to the record.',
  });
  registry.add(targetSchema, {
    id: 'Target',
    description:
      'Where a claim sits: UTF-16 offsets into the document text, the quote and up to 32 characters of context either side.',
  });
  registry.add(verdictSchema, { id: 'Verdict', description: 'A step of a verdict scale.' });
  registry.add(richTextSchema, {
    id: 'RichText',
    description: 'A rationale: paragraphs and lists of text with bold, italic and http(s) links.',
  });
  registry.add(richNodeSchema, { id: 'RichNode', description: 'A node of rich text.' });
  registry.add(blockSchema, { id: 'Block', description: 'A block of the article: its type, text and inline marks.' });
  registry.add(bundleDocumentSchema, {
    id: 'Document',
    description: 'An article, pinned by the SHA-256 of its canonical text.',
  });
  registry.add(bundleClaimSchema, { id: 'Claim', description: 'A claim marked in a document.' });
  registry.add(bundleSourceSchema, { id: 'Source', description: 'A source a claim is checked against.' });
  registry.add(bundleEvidenceSchema, {
    id: 'Evidence',
    description: 'A link between a claim and a source, with a stance.',
  });
  registry.add(verdictScaleSchema, { id: 'VerdictScale', description: 'An ordered verdict scale.' });
  return registry;
}

export function bundleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(bundleSchema, { unrepresentable: 'any', metadata: definitions() }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: `https://factcheck-desk.invalid/bundle-${BUNDLE_VERSION}.schema.json`,
    title: `Factcheck Desk bundle, format version ${BUNDLE_VERSION}`,
    description:
      'A .factcheck.json file: documents with their claims, sources, evidence links and verdict scales. Generated from the schemas the app validates with; the checks across records (text hashes, quotes at their offsets, references, merge histories) are described in docs/format.md.',
    ...rest,
  };
}

/** The file docs/bundle.schema.json holds. */
export function bundleJsonSchemaText(): string {
  return `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`;
}
