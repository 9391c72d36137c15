/** Rich text for rationales: a small, closed subset of the editor's JSON (paragraphs, lists, bold, italic, http(s) links). */
import { z } from 'zod';
import { httpUrl } from '../model/url';

export const richNodeTypes = [
  'doc',
  'paragraph',
  'bulletList',
  'orderedList',
  'listItem',
  'text',
  'hardBreak',
] as const;
export type RichNodeType = (typeof richNodeTypes)[number];

export type RichMark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };

export interface RichNode {
  type: RichNodeType;
  text?: string;
  marks?: RichMark[];
  attrs?: { start?: number };
  content?: RichNode[];
}

export interface RichText extends RichNode {
  type: 'doc';
}

const markSchema: z.ZodType<RichMark> = z.union([
  z.strictObject({ type: z.literal('bold') }),
  z.strictObject({ type: z.literal('italic') }),
  z.strictObject({ type: z.literal('link'), attrs: z.strictObject({ href: httpUrl }) }),
]);

export const richNodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z.strictObject({
    type: z.enum(richNodeTypes),
    text: z.string().max(100_000).optional(),
    marks: z.array(markSchema).max(10).optional(),
    attrs: z.strictObject({ start: z.number().int().min(0).optional() }).optional(),
    content: z.array(richNodeSchema).max(10_000).optional(),
  }),
);

export const richTextSchema = z.lazy(() =>
  z.strictObject({
    type: z.literal('doc'),
    content: z.array(richNodeSchema).max(10_000).optional(),
  }),
) as unknown as z.ZodType<RichText>;

export const EMPTY_RICH_TEXT: RichText = { type: 'doc', content: [] };
