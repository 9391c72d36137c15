/**
 * Splits a block's text into runs that share the same marks, for views that draw emphasis and links
 * (the article editor turns each run into a text node with those marks; positions stay those of the text).
 */
import type { Block, Mark } from '../model/schema';

export interface InlineRun {
  text: string;
  marks: Mark[];
}

/** The runs of a block in order; their texts joined are the block's text. A block without marks is one run. */
export function inlineRuns(block: Block): InlineRun[] {
  const marks = block.marks ?? [];
  if (marks.length === 0) return block.text.length > 0 ? [{ text: block.text, marks: [] }] : [];
  const cuts = new Set<number>([0, block.text.length]);
  for (const mark of marks) {
    cuts.add(Math.min(mark.start, block.text.length));
    cuts.add(Math.min(mark.end, block.text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: InlineRun[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] as number;
    const end = points[index + 1] as number;
    if (end > start)
      runs.push({
        text: block.text.slice(start, end),
        marks: marks.filter((mark) => mark.start <= start && mark.end >= end),
      });
  }
  return runs;
}
