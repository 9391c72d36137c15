/**
 * Deterministic article text of any size made from a real article: its paragraphs repeated in order,
 * each numbered ("[12] ", which is no sentence of its own) and with its figures replaced by that number,
 * so passages repeat only as look-alikes.
 */

import { seededRandom } from '../../test/fixtures/seeded-random';

/** Seeded random numbers for the workloads. */
export const random = seededRandom;

/** Paragraphs of about `bytes` characters in all (joined by blank lines), made from `source`. */
export function articleParagraphs(source: string, bytes: number): string[] {
  const model = source.split('\n\n').filter((paragraph) => paragraph.length > 80);
  if (model.length === 0) throw new Error('The source article has no paragraph longer than 80 characters.');
  const paragraphs: string[] = [];
  for (let index = 0, size = 0; size < bytes; index += 1) {
    const paragraph = `[${index}] ${(model[index % model.length] as string).replace(/\d+/g, String(index))}`;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs;
}

/** An article of about `bytes` characters: a title line, then the paragraphs. */
export function articleText(source: string, bytes: number, title = 'Benchmark article'): string {
  return `${title}\n\n${articleParagraphs(source, bytes).join('\n\n')}`;
}
