/** Turns plain text or Markdown into document blocks (title, headings, paragraphs, quotes, list items); Markdown emphasis and links become marks. */
import type { Block } from '../model/schema';
import { findTrailingBoilerplate } from '../text/boilerplate';
import { markdownInline } from './markdown-inline';
import { normaliseText } from '../text/canonical';

export interface ParsedArticle {
  title: string;
  blocks: Block[];
  /** Paragraphs that looked like site boilerplate at the end and were left out. */
  removedBoilerplate: string[];
}

export interface ParseOptions {
  format: 'text' | 'markdown';
  /** Leave out trailing site boilerplate (comment forms, share widgets, teasers). Default true. */
  dropBoilerplate?: boolean;
}

export class ArticleParseError extends Error {
  override readonly name = 'ArticleParseError';
}

/** Splits text into paragraphs by blank lines; a paragraph's inner line breaks become spaces. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function looksLikeTitle(line: string): boolean {
  return line.length > 0 && line.length <= 200 && !/\n/.test(line) && !/[.:;,]$/.test(line);
}

/** A block of the given type from its inline Markdown, with marks only when there are some. */
function markdownBlock(type: Block['type'], source: string): Block {
  const { text, marks } = markdownInline(source);
  return marks.length > 0 ? { type, text, marks } : { type, text };
}

function markdownBlocks(paragraph: string): Block[] {
  const heading = /^(#{1,6})\s+(.+)$/.exec(paragraph);
  if (heading && !paragraph.includes('\n')) {
    return [markdownBlock(heading[1] === '#' ? 'title' : 'heading', heading[2] ?? '')];
  }
  const lines = paragraph.split('\n');
  if (lines.every((line) => /^>\s?/.test(line))) {
    return [markdownBlock('quote', lines.map((line) => line.replace(/^>\s?/, '')).join(' '))];
  }
  if (lines.every((line) => /^\s*([-*+]|\d+[.)])\s+/.test(line))) {
    return lines.map((line) => markdownBlock('listItem', line.replace(/^\s*([-*+]|\d+[.)])\s+/, '')));
  }
  return [markdownBlock('paragraph', paragraph)];
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Parses article text; throws ArticleParseError when nothing readable is left. */
export function parseArticle(raw: string, options: ParseOptions): ParsedArticle {
  let paragraphs = paragraphsOf(normaliseText(raw));
  let removedBoilerplate: string[] = [];
  if (options.dropBoilerplate !== false) {
    const cut = findTrailingBoilerplate(paragraphs);
    if (cut !== null) {
      removedBoilerplate = paragraphs.slice(cut);
      paragraphs = paragraphs.slice(0, cut);
    }
  }
  const blocks: Block[] =
    options.format === 'markdown'
      ? paragraphs.flatMap(markdownBlocks)
      : paragraphs.map((paragraph) => ({ type: 'paragraph' as const, text: collapse(paragraph) }));
  const nonEmpty = blocks.filter((block) => block.text.length > 0);
  if (nonEmpty.length === 0) throw new ArticleParseError('The file holds no article text.');
  const first = nonEmpty[0] as Block;
  if (first.type === 'paragraph' && looksLikeTitle(first.text) && nonEmpty.length > 1) {
    nonEmpty[0] = { ...first, type: 'title' };
  }
  const titleBlock = nonEmpty.find((block) => block.type === 'title');
  const title = titleBlock?.text ?? (first.text.length > 80 ? `${first.text.slice(0, 77)}…` : first.text);
  return { title, blocks: nonEmpty, removedBoilerplate };
}
