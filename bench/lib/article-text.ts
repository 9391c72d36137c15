/**
 * Deterministic article text of any size made from a real article: its paragraphs repeated in order,
 * each numbered ("[12] ", which is no sentence of its own) and with its figures replaced by that number,
 * so passages repeat only as look-alikes.
 */

/** A small deterministic random number generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
