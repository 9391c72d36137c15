/** Maps document blocks to the editor's content and canonical-text offsets to editor positions and back. */
import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { blockAt, blockStarts, isHttpUrl, type Block, type Mark } from '../../../shared';
import { inlineRuns } from '../../../shared/import';

/** An editor mark for a document mark; a link that is not http(s) is left out (its words stay). */
function editorMark(mark: Mark): { type: string; attrs?: Record<string, string> } | null {
  if (mark.type !== 'link') return { type: mark.type };
  return mark.href !== undefined && isHttpUrl(mark.href)
    ? { type: 'link', attrs: { href: mark.href, title: `${mark.href} (Ctrl+click to open in the browser)` } }
    : null;
}

/** The block's text as text nodes carrying its bold, italic and link marks; the characters are exactly the block's text. */
function textContent(block: Block): JSONContent[] {
  return inlineRuns(block).map((run) => {
    const marks = run.marks.flatMap((mark) => editorMark(mark) ?? []);
    return marks.length > 0 ? { type: 'text', text: run.text, marks } : { type: 'text', text: run.text };
  });
}

/** Editor JSON for the blocks: title and headings, paragraphs, block quotes and bullet lists, one text block per block, with emphasis and links. */
export function blocksToContent(blocks: readonly Block[]): JSONContent {
  const content: JSONContent[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'title':
        content.push({ type: 'heading', attrs: { level: 1 }, content: textContent(block) });
        break;
      case 'heading':
        content.push({ type: 'heading', attrs: { level: 2 }, content: textContent(block) });
        break;
      case 'quote':
        content.push({ type: 'blockquote', content: [{ type: 'paragraph', content: textContent(block) }] });
        break;
      case 'listItem': {
        const item: JSONContent = { type: 'listItem', content: [{ type: 'paragraph', content: textContent(block) }] };
        const last = content[content.length - 1];
        if (last?.type === 'bulletList') last.content?.push(item);
        else content.push({ type: 'bulletList', content: [item] });
        break;
      }
      default:
        content.push({ type: 'paragraph', content: textContent(block) });
    }
  }
  return { type: 'doc', content };
}

/**
 * A prefix-sum index between canonical-text offsets and editor positions: block i of the document is
 * the i-th text block of the editor, so both directions are a binary search plus an addition.
 */
export interface OffsetIndex {
  /** Offset of each block's text in the canonical text. */
  textStarts: number[];
  /** Editor position where each text block's content starts. */
  posStarts: number[];
  /** Length of each block's text. */
  lengths: number[];
}

export function buildOffsetIndex(doc: ProseMirrorNode, blocks: readonly Block[]): OffsetIndex {
  const posStarts: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      posStarts.push(pos + 1);
      return false;
    }
    return true;
  });
  if (posStarts.length !== blocks.length) {
    throw new Error(`The article has ${blocks.length} blocks but the editor shows ${posStarts.length}.`);
  }
  return { textStarts: blockStarts(blocks), posStarts, lengths: blocks.map((block) => block.text.length) };
}

/** Editor position of a canonical-text offset; an offset inside a block separator snaps to the block's end. */
export function offsetToPos(index: OffsetIndex, offset: number): number {
  const block = blockAt(index.textStarts, offset);
  const within = Math.min(offset - (index.textStarts[block] as number), index.lengths[block] as number);
  return (index.posStarts[block] as number) + Math.max(0, within);
}

/** Canonical-text offset of an editor position; a position between blocks snaps to the nearest block edge. */
export function posToOffset(index: OffsetIndex, pos: number): number {
  const block = blockAt(index.posStarts, pos);
  const within = Math.min(Math.max(0, pos - (index.posStarts[block] as number)), index.lengths[block] as number);
  return (index.textStarts[block] as number) + within;
}
