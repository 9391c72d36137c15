// The canonical text joins blocks with blank lines; blockStarts/blockAt map offsets back to blocks.
import { describe, expect, it } from 'vitest';
import { blockAt, blockStarts, canonicalText, normaliseText, type Block } from '../../../../shared';

const blocks: Block[] = [
  { type: 'title', text: 'Title' },
  { type: 'paragraph', text: 'First paragraph.' },
  { type: 'paragraph', text: '' },
  { type: 'quote', text: 'A quote 🚀.' },
];

describe('canonicalText', () => {
  it('joins the block texts with one blank line between blocks', () => {
    expect(canonicalText(blocks)).toBe('Title\n\nFirst paragraph.\n\n\n\nA quote 🚀.');
  });

  it('is empty for no blocks', () => {
    expect(canonicalText([])).toBe('');
  });
});

describe('blockStarts', () => {
  it('gives the UTF-16 offset where each block starts in the canonical text', () => {
    const starts = blockStarts(blocks);
    const text = canonicalText(blocks);
    expect(starts).toEqual([0, 7, 25, 27]);
    blocks.forEach((block, index) =>
      expect(text.slice(starts[index], (starts[index] ?? 0) + block.text.length)).toBe(block.text),
    );
  });

  it('is empty for no blocks', () => {
    expect(blockStarts([])).toEqual([]);
  });
});

describe('blockAt', () => {
  const starts = blockStarts(blocks);
  it.each([
    { offset: 0, block: 0, where: 'the first character' },
    { offset: 4, block: 0, where: 'the last character of the title' },
    { offset: 5, block: 0, where: 'the separator after the title (it belongs to the block before)' },
    { offset: 6, block: 0, where: 'the second separator character' },
    { offset: 7, block: 1, where: 'the first character of the next block' },
    { offset: 25, block: 2, where: 'an empty block' },
    { offset: 27, block: 3, where: 'the start of the last block' },
    { offset: 1000, block: 3, where: 'past the end (the last block)' },
  ])('finds block $block for offset $offset ($where)', ({ offset, block }) => {
    expect(blockAt(starts, offset)).toBe(block);
  });

  it('finds the right block among many (binary search)', () => {
    const many: Block[] = Array.from({ length: 1000 }, (_, index) => ({
      type: 'paragraph',
      text: `Paragraph ${index}.`,
    }));
    const manyStarts = blockStarts(many);
    for (const index of [0, 1, 499, 500, 998, 999]) {
      expect(blockAt(manyStarts, manyStarts[index] as number)).toBe(index);
      expect(blockAt(manyStarts, (manyStarts[index] as number) + 3)).toBe(index);
    }
  });
});

describe('normaliseText', () => {
  it.each([
    { what: 'Windows line endings', raw: 'a\r\nb\rc', text: 'a\nb\nc' },
    { what: 'a byte order mark', raw: '\uFEFFtext', text: 'text' },
    { what: 'control characters', raw: 'a\u0000b\u0007c\u001Bd\u007Fe', text: 'abcde' },
    { what: 'spaces and tabs before a line break', raw: 'a \t\u00A0\nb', text: 'a\nb' },
    { what: 'tabs and line breaks inside lines', raw: 'a\tb\nc', text: 'a\tb\nc' },
  ])('removes $what', ({ raw, text }) => {
    expect(normaliseText(raw)).toBe(text);
  });
});
