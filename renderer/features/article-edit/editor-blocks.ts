/**
 * Turns the text editor's content back into document blocks, as import does: every text block becomes
 * one block (title, heading, quote, list item or paragraph), its white space collapsed and trimmed by
 * the same collector the HTML import uses, with its bold, italic and http(s) link marks; empty blocks go.
 */
import type { JSONContent } from '@tiptap/core';
import { isHttpUrl, type Block, type BlockType, type MarkType } from '../../../shared';
import { InlineCollector } from '../../../shared/import';

const EDITOR_MARKS: Record<string, MarkType> = { bold: 'bold', italic: 'italic', link: 'link' };

/** The block type of a text block from the nodes around it. */
function blockType(node: JSONContent, ancestors: readonly string[]): BlockType {
  if (node.type === 'heading') return node.attrs?.['level'] === 1 ? 'title' : 'heading';
  if (ancestors.includes('listItem')) return 'listItem';
  if (ancestors.includes('blockquote')) return 'quote';
  return 'paragraph';
}

function collectInline(node: JSONContent, collector: InlineCollector): void {
  for (const child of node.content ?? []) {
    if (child.type === 'hardBreak') {
      collector.addBreak();
      continue;
    }
    if (child.type !== 'text' || child.text === undefined) continue;
    let opened = 0;
    for (const mark of child.marks ?? []) {
      const type = EDITOR_MARKS[mark.type];
      if (type === undefined) continue;
      if (type === 'link') {
        const href = typeof mark.attrs?.['href'] === 'string' ? (mark.attrs['href'] as string).trim() : '';
        if (!isHttpUrl(href)) continue;
        collector.openMark('link', new URL(href).href);
      } else collector.openMark(type);
      opened += 1;
    }
    collector.addText(child.text);
    for (; opened > 0; opened -= 1) collector.closeMark();
  }
}

/** The blocks of the editor's document in reading order; text blocks left empty are dropped. */
export function contentToBlocks(doc: JSONContent): Block[] {
  const blocks: Block[] = [];
  const visit = (node: JSONContent, ancestors: string[]) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const collector = new InlineCollector();
      collectInline(node, collector);
      const { text, marks } = collector.flush();
      if (text.length === 0) return;
      const type = blockType(node, ancestors);
      blocks.push(marks.length > 0 ? { type, text, marks } : { type, text });
      return;
    }
    for (const child of node.content ?? []) visit(child, [...ancestors, node.type ?? '']);
  };
  visit(doc, []);
  return blocks;
}
