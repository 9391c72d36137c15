/**
 * A key for the article view that changes when the article's words, block kinds or formatting change
 * (an edit of the article text), and not when only its details or scale do, so the view is rebuilt
 * exactly when what it draws is different.
 */
import type { FactDocument } from '../../../shared';

const BLOCK_CODES = { title: 1, heading: 2, paragraph: 3, quote: 4, listItem: 5 } as const;
const MARK_CODES = { bold: 1, italic: 2, link: 3 } as const;
const MODULUS = 2_147_483_647;

/** The text hash with a fingerprint of the block kinds and marks (which the hash does not cover). */
export function articleVersionKey(document: Pick<FactDocument, 'textHash' | 'blocks'>): string {
  let fingerprint = 0;
  const fold = (value: number) => {
    fingerprint = (fingerprint * 31 + value) % MODULUS;
  };
  for (const block of document.blocks) {
    fold(BLOCK_CODES[block.type]);
    for (const mark of block.marks ?? []) {
      fold(MARK_CODES[mark.type]);
      fold(mark.start);
      fold(mark.end);
      for (let index = 0; index < (mark.href?.length ?? 0); index += 1) fold(mark.href?.charCodeAt(index) ?? 0);
    }
  }
  return `${document.textHash}:${fingerprint}`;
}
