// inlineRuns: a block's text cut where marks start and end, each run with the marks over it.
import { describe, expect, it } from 'vitest';
import { inlineRuns } from '../../../../shared/import';

describe('inlineRuns', () => {
  it('gives one run for a block without marks, and none for an empty one', () => {
    expect(inlineRuns({ type: 'paragraph', text: 'Plain.' })).toEqual([{ text: 'Plain.', marks: [] }]);
    expect(inlineRuns({ type: 'paragraph', text: '' })).toEqual([]);
  });

  it('cuts at every mark edge and keeps overlapping marks on the runs they cover', () => {
    const bold = { type: 'bold' as const, start: 0, end: 9 };
    const link = { type: 'link' as const, start: 5, end: 14, href: 'https://a.example/' };
    const runs = inlineRuns({ type: 'paragraph', text: 'Bold both linked.', marks: [bold, link] });
    expect(runs).toEqual([
      { text: 'Bold ', marks: [bold] },
      { text: 'both', marks: [bold, link] },
      { text: ' link', marks: [link] },
      { text: 'ed.', marks: [] },
    ]);
    expect(runs.map((run) => run.text).join('')).toBe('Bold both linked.');
  });
});
