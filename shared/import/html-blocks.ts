/**
 * Turns a sanitised article (its DOM) into document blocks with inline marks. This walk is also the last
 * line of the sanitiser: it keeps only text, the block kinds of the model, emphasis and http(s) links.
 */
import type { Block, BlockType } from '../model/schema';
import { isHttpUrl } from '../model/url';
import { childrenOf, isElement, tagOf, TEXT_NODE, type DomElement, type DomNode } from './dom';
import { InlineCollector } from './inline-text';
import { DROPPED_TAGS } from './page-chrome';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements that start and end a block; inline elements (span, a, b, …) do not. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  ...HEADINGS,
]);

const SKIPPED = new Set(DROPPED_TAGS);

const BOLD = new Set(['b', 'strong']);
const ITALIC = new Set(['i', 'em', 'cite', 'dfn']);

/** Table cells in one row read as one paragraph, cells apart by this. */
export const CELL_SEPARATOR = ' | ';

interface Walk {
  blocks: Block[];
  inline: InlineCollector;
  /** What loose text becomes here: a paragraph, or a quote or list item inside those. */
  kind: BlockType;
  depth: number;
}

/** Deeper than this, an element's text is taken whole, so a hostile page cannot exhaust the stack. */
const MAX_DEPTH = 400;

function flush(walk: Walk, type: BlockType): void {
  if (walk.inline.isEmpty) {
    walk.inline.flush();
    return;
  }
  const { text, marks } = walk.inline.flush();
  walk.blocks.push(marks.length > 0 ? { type, text, marks } : { type, text });
}

/** The blocks of an article's DOM, in reading order. Nested lists become list items in order. */
export function articleBlocks(root: DomNode): Block[] {
  const walk: Walk = { blocks: [], inline: new InlineCollector(), kind: 'paragraph', depth: 0 };
  visitChildren(root, walk);
  flush(walk, walk.kind);
  return walk.blocks;
}

function visitChildren(node: DomNode, walk: Walk): void {
  if (walk.depth >= MAX_DEPTH) {
    walk.inline.addText(node.textContent ?? '');
    return;
  }
  walk.depth += 1;
  for (const child of childrenOf(node)) visit(child, walk);
  walk.depth -= 1;
}

function visit(node: DomNode, walk: Walk): void {
  if (node.nodeType === TEXT_NODE) {
    walk.inline.addText(node.textContent ?? '');
    return;
  }
  if (!isElement(node)) return;
  const tag = tagOf(node);
  if (SKIPPED.has(tag)) return;
  if (tag === 'br') {
    walk.inline.addBreak();
    return;
  }
  if (tag === 'tr') {
    visitRow(node, walk);
    return;
  }
  if (!BLOCK_TAGS.has(tag)) {
    visitInline(node, tag, walk);
    return;
  }
  flush(walk, walk.kind);
  const outer = walk.kind;
  if (tag === 'blockquote') walk.kind = 'quote';
  else if (tag === 'li') walk.kind = 'listItem';
  visitChildren(node, walk);
  flush(walk, HEADINGS.has(tag) ? 'heading' : walk.kind);
  walk.kind = outer;
}

function visitInline(element: DomElement, tag: string, walk: Walk): void {
  const href = tag === 'a' ? element.getAttribute('href')?.trim() : undefined;
  const mark = BOLD.has(tag)
    ? 'bold'
    : ITALIC.has(tag)
      ? 'italic'
      : href !== undefined && isHttpUrl(href)
        ? 'link'
        : null;
  if (mark !== null) walk.inline.openMark(mark, mark === 'link' ? new URL(href as string).href : undefined);
  visitChildren(element, walk);
  if (mark !== null) walk.inline.closeMark();
}

/** A table row is one paragraph: its cells' texts apart by CELL_SEPARATOR. */
function visitRow(row: DomElement, walk: Walk): void {
  flush(walk, walk.kind);
  let cells = 0;
  for (const cell of childrenOf(row)) {
    if (!isElement(cell) || (tagOf(cell) !== 'td' && tagOf(cell) !== 'th')) continue;
    if (cells > 0) walk.inline.addText(CELL_SEPARATOR);
    cells += 1;
    walk.inline.addText(` ${cell.textContent ?? ''} `);
  }
  flush(walk, walk.kind);
}
