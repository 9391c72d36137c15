// The benchmark's pure workloads at a tiny size give well-formed results (no timings are asserted here).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureDecorations } from '../../../bench/decoration-workload';
import { formatTable, machineInfo, row } from '../../../bench/lib/report';
import { articleParagraphs } from '../../../bench/lib/article-text';
import { summarise } from '../../../bench/lib/stats';
import { measureMerge } from '../../../bench/merge-workload';
import { measureReanchor } from '../../../bench/reanchor-workload';

const article = readFileSync(join(import.meta.dirname, '../../fixtures/articles/putin-negotiations.txt'), 'utf8');

function expectStats(stats: { median: number; min: number; max: number; runs: number }, runs: number) {
  expect(stats.runs).toBe(runs);
  expect(stats.min).toBeLessThanOrEqual(stats.median);
  expect(stats.median).toBeLessThanOrEqual(stats.max);
  expect(stats.min).toBeGreaterThanOrEqual(0);
}

describe('benchmark workloads at a tiny size', () => {
  it('builds the same article text every time, of the size asked for', () => {
    const paragraphs = articleParagraphs(article, 20_000);
    expect(paragraphs).toEqual(articleParagraphs(article, 20_000));
    expect(paragraphs.join('\n\n').length).toBeGreaterThanOrEqual(20_000);
    expect(paragraphs[3]?.startsWith('[3] ')).toBe(true);
  });

  it('re-anchors every quote in place, in its edited paragraph or as an orphan, and never on a deleted passage', () => {
    const figures = measureReanchor(article, {
      textBytes: 30_000,
      quotes: 60,
      editShare: 0.05,
      runs: 2,
      globalSample: 2,
    });
    expect(figures.falseAnchors).toBe(0);
    expect(figures.controls).toBeGreaterThan(0);
    expect(figures.controlsOrphaned).toBe(figures.controls);
    expect(figures.exact + figures.moved + figures.orphans).toBe(figures.quotes);
    expect(figures.editedParagraphs).toBeGreaterThan(0);
    expectStats(figures.reanchor, 2);
    expectStats(figures.linearScan, 2);
  });

  it('validates and merges every claim of the bundle', () => {
    const figures = measureMerge(article, 50, 2);
    expect(figures.mergedClaims).toBe(50);
    expect(figures.megabytes).toBeGreaterThan(0);
    for (const stats of [figures.parse, figures.validate, figures.merge, figures.validateAndMerge, figures.remerge])
      expectStats(stats, 2);
  });

  it('draws one decoration per claim with the editor’s own code', () => {
    const figures = measureDecorations(article, 20_000, 40, 2);
    expect(figures.decorations).toBe(40);
    expectStats(figures.build, 2);
  });

  it('reports each workload with its baseline, ratio and budget', () => {
    const measured = summarise([4, 2, 3]);
    const baseline = summarise([1, 1, 2, 1]);
    const line = row('work', 'tiny', measured, 'plain', baseline, '<= 3 x plain', (ratio) => ratio <= 3);
    expect(line).toMatchObject({
      median: 3,
      min: 2,
      max: 4,
      runs: 3,
      baseline: { name: 'plain', median: 1, runs: 4 },
      ratio: 3,
      withinBudget: true,
    });
    const table = formatTable({
      mode: 'short',
      date: '2026-01-01T00:00:00.000Z',
      machine: machineInfo('test'),
      workloads: [line],
      errors: [],
    });
    expect(table).toContain('work');
    expect(table).toContain('3.00 x');
    expect(machineInfo('test').cores).toBeGreaterThan(0);
  });
});
