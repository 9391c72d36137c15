// Rows at a size the budget does not name (there for the growth figure, or in a short run) keep their
// ratio but give no verdict, in the plain table and in the README's Markdown table alike.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { budgetAt, formatTable, machineInfo, NOT_APPLYING, row, type BenchResults } from '../../../bench/lib/report';
import { summarise } from '../../../bench/lib/stats';
import { timeRun } from '../../../bench/lib/timing';

const slow = summarise([40, 50, 60]);
const parse = summarise([10, 10, 10]);
const merge = (size: string) =>
  budgetAt(
    '20,000 claims',
    row('validate + merge bundle (Node)', size, slow, 'JSON.parse', parse, '<= 3 x JSON.parse', (ratio) => ratio <= 3),
  );

describe('budgets that name a size', () => {
  it('give their verdict at that size', () => {
    expect(merge('20,000 claims')).toMatchObject({ ratio: 5, budget: '<= 3 x JSON.parse', withinBudget: false });
  });

  it('give none at another size, saying where the budget is, and keep the ratio', () => {
    expect(merge('2,000 claims')).toMatchObject({
      ratio: 5,
      budget: `${NOT_APPLYING} (budget is at 20,000 claims)`,
      withinBudget: null,
      median: 50,
    });
  });

  const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const results: BenchResults = {
    mode: 'full',
    date: '2026-01-01T00:00:00.000Z',
    machine: machineInfo('test'),
    workloads: [merge('20,000 claims'), merge('2,000 claims')],
    errors: [],
    notes: ['Node workloads: timed between collections.'],
  };

  it('show no verdict in the plain table', () => {
    const lines = formatTable(results).split('\n');
    const [atBudget, atOther] = lines.filter((line) => line.startsWith('validate + merge bundle (Node)'));
    expect(atBudget?.endsWith('NO')).toBe(true);
    expect(atOther).toContain('(budget is at 20,000 claims)');
    expect(atOther?.endsWith(NOT_APPLYING)).toBe(true);
    expect(lines).toContain('Note: Node workloads: timed between collections.');
  });

  it('show no verdict in the Markdown table', () => {
    const file = join(dir, 'results.json');
    writeFileSync(file, JSON.stringify(results));
    const markdown = execFileSync(
      process.execPath,
      [join(import.meta.dirname, '../../../scripts/bench-markdown.mjs'), file],
      { encoding: 'utf8' },
    );
    expect(markdown).toContain('| 5.00 x | <= 3 x JSON.parse | **no** |');
    expect(markdown).toContain(`| 5.00 x | ${NOT_APPLYING} (budget is at 20,000 claims) | ${NOT_APPLYING} |`);
    expect(markdown).toContain('Node workloads: timed between collections.');
  });
});

describe('timed runs', () => {
  it('time the work, with or without forced collections', () => {
    let ran = 0;
    const time = timeRun(() => {
      ran += 1;
    });
    expect(ran).toBe(1);
    expect(time).toBeGreaterThanOrEqual(0);
  });
});
