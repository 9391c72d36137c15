/** Converts rationale rich text to and from plain text, to escaped HTML, and cleans editor output down to the subset. */
import { isHttpUrl } from '../model/url';
import {
  EMPTY_RICH_TEXT,
  richNodeTypes,
  type RichMark,
  type RichNode,
  type RichNodeType,
  type RichText,
} from './schema';

/** Rich text with one paragraph per blank-line-separated part of `text`. */
export function richTextFromPlain(text: string): RichText {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (paragraphs.length === 0) return EMPTY_RICH_TEXT;
  return {
    type: 'doc',
    content: paragraphs.map((part) => ({
      type: 'paragraph',
      content: part
        .split('\n')
        .flatMap((line, index): RichNode[] =>
          index === 0 ? [{ type: 'text', text: line }] : [{ type: 'hardBreak' }, { type: 'text', text: line }],
        ),
    })),
  };
}

function inlineText(node: RichNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

/** Plain text: paragraphs separated by blank lines, list items as "- " or "1. " lines. */
export function richTextToPlain(doc: RichText): string {
  const blocks: string[] = [];
  const walk = (node: RichNode, indent: string) => {
    if (node.type === 'paragraph') blocks.push(indent + inlineText(node));
    else if (node.type === 'bulletList' || node.type === 'orderedList') {
      (node.content ?? []).forEach((item, index) => {
        const marker = node.type === 'bulletList' ? '- ' : `${(node.attrs?.start ?? 1) + index}. `;
        const [first, ...rest] = item.content ?? [];
        blocks.push(indent + marker + (first ? inlineText(first) : ''));
        rest.forEach((child) => walk(child, `${indent}  `));
      });
    } else (node.content ?? []).forEach((child) => walk(child, indent));
  };
  walk(doc, '');
  return blocks
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function isRichTextEmpty(doc: RichText): boolean {
  return richTextToPlain(doc).trim().length === 0;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] as string);
}

function markedHtml(text: string, marks: readonly RichMark[]): string {
  return marks.reduce((html, mark) => {
    if (mark.type === 'bold') return `<strong>${html}</strong>`;
    if (mark.type === 'italic') return `<em>${html}</em>`;
    return isHttpUrl(mark.attrs.href)
      ? `<a href="${escapeHtml(mark.attrs.href)}" rel="noopener noreferrer">${html}</a>`
      : html;
  }, escapeHtml(text));
}

/** HTML for the rationale: every piece of text escaped, only http(s) links. */
export function richTextToHtml(node: RichNode): string {
  const inner = () => (node.content ?? []).map(richTextToHtml).join('');
  switch (node.type) {
    case 'text':
      return markedHtml(node.text ?? '', node.marks ?? []);
    case 'hardBreak':
      return '<br>';
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'bulletList':
      return `<ul>${inner()}</ul>`;
    case 'orderedList':
      return node.attrs?.start && node.attrs.start !== 1
        ? `<ol start="${node.attrs.start}">${inner()}</ol>`
        : `<ol>${inner()}</ol>`;
    case 'listItem':
      return `<li>${inner()}</li>`;
    default:
      return inner();
  }
}

const KNOWN = new Set<string>(richNodeTypes);

function cleanMarks(marks: unknown): RichMark[] | undefined {
  if (!Array.isArray(marks)) return undefined;
  const kept: RichMark[] = [];
  for (const mark of marks as Array<{ type?: unknown; attrs?: { href?: unknown } }>) {
    if (mark?.type === 'bold' || mark?.type === 'italic') kept.push({ type: mark.type });
    else if (mark?.type === 'link' && typeof mark.attrs?.href === 'string' && isHttpUrl(mark.attrs.href)) {
      kept.push({ type: 'link', attrs: { href: mark.attrs.href.trim() } });
    }
  }
  return kept.length > 0 ? kept : undefined;
}

function cleanNode(value: unknown): RichNode | null {
  if (value === null || typeof value !== 'object') return null;
  const node = value as {
    type?: unknown;
    text?: unknown;
    marks?: unknown;
    attrs?: { start?: unknown };
    content?: unknown;
  };
  if (typeof node.type !== 'string' || !KNOWN.has(node.type) || node.type === 'doc') return null;
  const type = node.type as RichNodeType;
  if (type === 'text') {
    if (typeof node.text !== 'string' || node.text.length === 0) return null;
    const marks = cleanMarks(node.marks);
    return marks ? { type, text: node.text, marks } : { type, text: node.text };
  }
  const cleaned: RichNode = { type };
  if (
    type === 'orderedList' &&
    typeof node.attrs?.start === 'number' &&
    Number.isInteger(node.attrs.start) &&
    node.attrs.start >= 0
  ) {
    cleaned.attrs = { start: node.attrs.start };
  }
  if (Array.isArray(node.content)) {
    const content = node.content.map(cleanNode).filter((child): child is RichNode => child !== null);
    if (content.length > 0) cleaned.content = content;
  }
  return cleaned;
}

/** Editor JSON reduced to the rationale subset: unknown nodes, marks and attributes dropped, non-http(s) links removed. */
export function cleanRichText(value: unknown): RichText {
  if (value === null || typeof value !== 'object' || (value as { type?: unknown }).type !== 'doc')
    return EMPTY_RICH_TEXT;
  const content = ((value as { content?: unknown }).content as unknown[] | undefined) ?? [];
  const cleaned = Array.isArray(content)
    ? content.map(cleanNode).filter((child): child is RichNode => child !== null)
    : [];
  const meaningful = cleaned.filter((node) => node.type !== 'paragraph' || (node.content?.length ?? 0) > 0);
  return meaningful.length > 0 ? { type: 'doc', content: cleaned } : EMPTY_RICH_TEXT;
}
