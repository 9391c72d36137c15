// Offsets of the canonical text map onto editor positions and back, and claims become decorations.
import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { canonicalText, type Block } from '../../shared';
import {
  blocksToContent,
  buildOffsetIndex,
  offsetToPos,
  posToOffset,
} from '../../renderer/features/article/article-content';
import { buildDecorations } from '../../renderer/features/article/ClaimHighlights';

const schema = getSchema([StarterKit]);

const blocks: Block[] = [
  { type: 'title', text: 'Minister says exports rose' },
  { type: 'paragraph', text: 'Exports rose 12% in 2024, the minister said — a record 🎉 year.' },
  { type: 'quote', text: 'We have never sold more abroad.' },
  { type: 'listItem', text: 'First point' },
  { type: 'listItem', text: 'Second point' },
  { type: 'heading', text: 'Background' },
  { type: 'paragraph', text: 'Officials disagree.' },
];
const text = canonicalText(blocks);
const doc = ProseMirrorNode.fromJSON(schema, blocksToContent(blocks));
const index = buildOffsetIndex(doc, blocks);

describe('the offset index between canonical text and the editor', () => {
  it('shows one editor text block per document block, quotes and list items included', () => {
    const textblocks: string[] = [];
    doc.descendants((node) => {
      if (node.isTextblock) textblocks.push(node.textContent);
      return !node.isTextblock;
    });
    expect(textblocks).toEqual(blocks.map((block) => block.text));
    expect(doc.child(0).type.name).toBe('heading');
    expect(doc.child(2).type.name).toBe('blockquote');
    expect(doc.child(3).type.name).toBe('bulletList');
    expect(doc.child(3).childCount).toBe(2);
  });

  it('maps every range inside a block to the same text in the editor', () => {
    let start = 0;
    for (const block of blocks) {
      for (let from = start; from < start + block.text.length; from += 3) {
        const to = Math.min(start + block.text.length, from + 7);
        expect(doc.textBetween(offsetToPos(index, from), offsetToPos(index, to))).toBe(text.slice(from, to));
      }
      start += block.text.length + 2;
    }
  });

  it('maps positions back to the offsets they came from', () => {
    for (let offset = 0; offset < text.length; offset += 1) {
      if (text[offset] === '\n') continue;
      expect(posToOffset(index, offsetToPos(index, offset))).toBe(offset);
    }
  });

  it('snaps an offset inside a block separator to the end of the block before it', () => {
    const endOfTitle = blocks[0]!.text.length;
    expect(offsetToPos(index, endOfTitle + 1)).toBe(offsetToPos(index, endOfTitle));
  });
});

describe('claim decorations', () => {
  it('draws overlapping claims as separate decorations over their own ranges', () => {
    const outerStart = text.indexOf('Exports rose');
    const innerStart = text.indexOf('12%');
    const set = buildDecorations(
      doc,
      index,
      [
        {
          id: 'outer',
          start: outerStart,
          end: outerStart + 'Exports rose 12% in 2024'.length,
          verdict: 'true',
          status: 'new',
        },
        { id: 'inner', start: innerStart, end: innerStart + 3, verdict: null, status: 'final' },
      ],
      'inner',
    );
    const found = set.find().map((decoration) => ({
      text: doc.textBetween(decoration.from, decoration.to),
      id: (decoration.spec as { claimId: string }).claimId,
    }));
    expect(found).toEqual(
      expect.arrayContaining([
        { text: 'Exports rose 12% in 2024', id: 'outer' },
        { text: '12%', id: 'inner' },
      ]),
    );
    expect(found).toHaveLength(2);
  });
});
