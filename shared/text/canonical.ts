/** The canonical text of a document: its blocks joined by blank lines, and where each block starts in it. */
import type { Block } from '../model/schema';

export const BLOCK_SEPARATOR = '\n\n';

export function canonicalText(blocks: readonly Block[]): string {
  return blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
}

/** Start offset (UTF-16) of each block's text in the canonical text, ascending. */
export function blockStarts(blocks: readonly Block[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    starts.push(offset);
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  return starts;
}

/** Index of the block that holds `offset` (binary search over block starts); a separator belongs to the block before it. */
export function blockAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Normalises line endings and strips control characters that have no place in article text. */
export function normaliseText(raw: string): string {
  return (
    raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[ \t\u00A0]+\n/g, '\n')
  );
}
