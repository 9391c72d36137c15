// Emphasis and links in the article view: drawn as marks, and never moving a character, so claim offsets land on the same words.
import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { canonicalText, makeTarget, type Block } from '../../shared';
import {
  blocksToContent,
  buildOffsetIndex,
  offsetToPos,
  posToOffset,
} from '../../renderer/features/article/article-content';

const schema = getSchema([StarterKit]);

const marked: Block[] = [
  { type: 'title', text: 'Minister says exports rose', marks: [{ type: 'italic', start: 14, end: 21 }] },
  {
    type: 'paragraph',
    text: 'Exports rose 12% in 2024, the minister said — a record 🎉 year, per the data.',
    marks: [
      { type: 'bold', start: 0, end: 16 },
      { type: 'italic', start: 8, end: 24 },
      { type: 'link', start: 68, end: 76, href: 'https://stats.example/exports' },
    ],
  },
  {
    type: 'quote',
    text: 'We have never sold more abroad.',
    marks: [{ type: 'link', start: 3, end: 7, href: 'javascript:alert(1)' }],
  },
  { type: 'listItem', text: 'First point', marks: [{ type: 'bold', start: 0, end: 11 }] },
  { type: 'paragraph', text: 'Officials disagree.' },
];
const plain: Block[] = marked.map(({ type, text }) => ({ type, text }));

function editorDoc(blocks: readonly Block[]): ProseMirrorNode {
  return ProseMirrorNode.fromJSON(schema, blocksToContent(blocks));
}

/** Each text node of the editor with the names of its marks (and a link's href). */
function markedRuns(doc: ProseMirrorNode): Array<{ text: string; marks: string[] }> {
  const runs: Array<{ text: string; marks: string[] }> = [];
  doc.descendants((node) => {
    if (node.isText)
      runs.push({
        text: node.text ?? '',
        marks: node.marks.map((mark) =>
          mark.type.name === 'link' ? `link ${String(mark.attrs['href'])}` : mark.type.name,
        ),
      });
    return true;
  });
  return runs;
}

describe('the article view with emphasis and links', () => {
  const withMarks = editorDoc(marked);
  const withoutMarks = editorDoc(plain);

  it('draws bold, italic and http(s) links as editor marks on their words', () => {
    const runs = markedRuns(withMarks);
    expect(runs).toContainEqual({ text: 'exports', marks: ['italic'] });
    expect(runs).toContainEqual({ text: 'Exports ', marks: ['bold'] });
    expect(runs).toContainEqual({ text: 'rose 12%', marks: ['bold', 'italic'] });
    expect(runs).toContainEqual({ text: ' in 2024', marks: ['italic'] });
    expect(runs).toContainEqual({ text: 'the data', marks: ['link https://stats.example/exports'] });
    expect(runs).toContainEqual({ text: 'First point', marks: ['bold'] });
  });

  it('drops a link that is not http(s) but keeps its words', () => {
    const quote = withMarks.child(2);
    expect(quote.type.name).toBe('blockquote');
    expect(markedRuns(quote)).toEqual([{ text: 'We have never sold more abroad.', marks: [] }]);
  });

  it('keeps the text of every block character for character', () => {
    expect(withMarks.textContent).toBe(withoutMarks.textContent);
    const textblocks: string[] = [];
    withMarks.descendants((node) => {
      if (node.isTextblock) textblocks.push(node.textContent);
      return !node.isTextblock;
    });
    expect(textblocks).toEqual(marked.map((block) => block.text));
  });

  it('maps every claim offset to the same text with and without marks, and back', () => {
    const text = canonicalText(marked);
    expect(text).toBe(canonicalText(plain));
    const markedIndex = buildOffsetIndex(withMarks, marked);
    const plainIndex = buildOffsetIndex(withoutMarks, plain);
    for (let start = 0; start < text.length; start += 2) {
      if (text.slice(start, start + 5).trim().length === 0) continue;
      const target = makeTarget(text, start, Math.min(text.length, start + 5));
      const from = offsetToPos(markedIndex, target.start);
      const to = offsetToPos(markedIndex, target.end);
      expect(from).toBe(offsetToPos(plainIndex, target.start));
      expect(to).toBe(offsetToPos(plainIndex, target.end));
      if (!target.exact.includes('\n')) expect(withMarks.textBetween(from, to)).toBe(target.exact);
      expect(posToOffset(markedIndex, from)).toBe(target.start);
    }
  });
});
