/** The benchmark's results: one row per workload with its baseline and budget, the machine, the table and results.json. */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import type { Stats } from './stats';

export interface WorkloadRow {
  /** What is measured, e.g. "open article, highlights painted". */
  name: string;
  /** How big the work is, e.g. "1 MB, 5,000 claims". */
  size: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  baseline: { name: string; median: number; min: number; max: number; runs: number };
  /** median / baseline median. */
  ratio: number;
  /** The budget in words, from the architecture guide; at a size the budget does not name, where it is. */
  budget: string;
  /** Whether the budget is met; null where this row has no budget of its own or is at another size than the budget's. */
  withinBudget: boolean | null;
  /** Counts that show the workload did its work (false anchors, records per second…). */
  details?: Record<string, number | string>;
}

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  platform: string;
}

export interface BenchResults {
  mode: 'full' | 'short';
  date: string;
  machine: MachineInfo;
  workloads: WorkloadRow[];
  /** Problems that make the run fail (a workload that threw, false anchors, missing records…). */
  errors: string[];
  /** How the figures were taken (garbage collection around timed runs…). */
  notes?: string[];
}

/** What the budget and verdict columns show for a row its budget does not apply to. */
export const NOT_APPLYING = '—';

export function row(
  name: string,
  size: string,
  stats: Stats,
  baselineName: string,
  baseline: Stats,
  budget: string,
  within: (ratio: number, stats: Stats) => boolean | null,
  details?: WorkloadRow['details'],
): WorkloadRow {
  const ratio = stats.median / baseline.median;
  return {
    name,
    size,
    ...stats,
    baseline: { name: baselineName, ...baseline },
    ratio,
    budget,
    withinBudget: within(ratio, stats),
    details,
  };
}

/**
 * The row as it stands against a budget that names a size (the architecture's "a 20,000-claim bundle",
 * "a 1 MB article with 5,000 claims"): at that size, as it is; at any other (the size that is only there
 * for the growth figure, or a short run), with its ratio to the baseline but no verdict.
 */
export function budgetAt(budgetSize: string, line: WorkloadRow): WorkloadRow {
  if (line.size === budgetSize) return line;
  return { ...line, budget: `${NOT_APPLYING} (budget is at ${budgetSize})`, withinBudget: null };
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((each) => each.startsWith('model name'));
    if (line) return line.split(':')[1]?.trim() ?? 'unknown';
  } catch {
    // Not Linux: fall back on what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown';
}

export function machineInfo(chromium: string): MachineInfo {
  return {
    cpuModel: cpuModel(),
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium,
    platform: `${process.platform} ${process.arch}`,
  };
}

function ms(value: number): string {
  if (!Number.isFinite(value)) return '-';
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`;
}

/** The results as a plain-text table, one workload a line. */
export function formatTable(results: BenchResults): string {
  const header = [
    'workload',
    'size',
    'median',
    'min-max',
    'runs',
    'baseline',
    'baseline median',
    'ratio',
    'budget',
    'ok',
  ];
  const lines = results.workloads.map((each) => [
    each.name,
    each.size,
    ms(each.median),
    `${ms(each.min)}-${ms(each.max)}`,
    String(each.runs),
    each.baseline.name,
    ms(each.baseline.median),
    `${each.ratio.toFixed(2)} x`,
    each.budget,
    each.withinBudget === null ? NOT_APPLYING : each.withinBudget ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] as string).length)),
  );
  const format = (line: string[]) =>
    line
      .map((cell, column) => cell.padEnd(widths[column] as number))
      .join('  ')
      .trimEnd();
  const { machine } = results;
  return [
    `Factcheck Desk benchmark (${results.mode}), ${results.date}`,
    `${machine.cores} cores, ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium ${machine.chromium}, ${machine.platform}`,
    '',
    format(header),
    format(widths.map((width) => '-'.repeat(width))),
    ...lines.map(format),
    ...results.workloads
      .filter((each) => each.details)
      .map(
        (each) =>
          `  ${each.name} (${each.size}): ${Object.entries(each.details ?? {})
            .map(([key, value]) => `${key} ${value}`)
            .join(', ')}`,
      ),
    ...(results.notes ?? []).map((note) => `Note: ${note}`),
    ...(results.errors.length > 0 ? ['', 'Errors:', ...results.errors.map((error) => `  ${error}`)] : []),
  ].join('\n');
}
