/**
 * CPU profiles of the page while a workload runs (Chrome DevTools Protocol), saved as .cpuprofile files
 * that DevTools opens, with the functions that took the most time of their own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
}

/** Self time per function (by name and place), largest first. */
export function hotFunctions(profile: CpuProfile, top = 15): HotFunction[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, HotFunction>();
  profile.samples.forEach((id, index) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const where = frame.url
      ? `${frame.url.split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
      : '(native)';
    const key = `${frame.functionName}@${where}`;
    const entry = totals.get(key) ?? { name: frame.functionName || '(anonymous)', where, selfMs: 0 };
    entry.selfMs += (profile.timeDeltas[index] ?? 0) / 1000;
    totals.set(key, entry);
  });
  return [...totals.values()]
    .filter((entry) => entry.name !== '(idle)' && entry.name !== '(program)')
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}

/** Where the page's main thread spent the time of a workload: script, style, layout, and all its tasks (milliseconds). */
export interface TimeBreakdown {
  script: number;
  recalcStyle: number;
  layout: number;
  tasks: number;
}

const BREAKDOWN_METRICS: Record<keyof TimeBreakdown, string> = {
  script: 'ScriptDuration',
  recalcStyle: 'RecalcStyleDuration',
  layout: 'LayoutDuration',
  tasks: 'TaskDuration',
};

/** Runs `work` under the page's CPU profiler and saves the profile as `<dir>/<name>.cpuprofile`. */
export async function profiled<T>(
  page: Page,
  dir: string,
  name: string,
  work: () => Promise<T>,
): Promise<{ value: T; hot: HotFunction[]; breakdown: TimeBreakdown }> {
  const session = await page.context().newCDPSession(page);
  const metrics = async () =>
    new Map(
      (
        (await session.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> }
      ).metrics.map((metric) => [metric.name, metric.value]),
    );
  await session.send('Performance.enable');
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 250 });
  const before = await metrics();
  await session.send('Profiler.start');
  const value = await work();
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const after = await metrics();
  await session.detach();
  const delta = (metric: string) => ((after.get(metric) ?? 0) - (before.get(metric) ?? 0)) * 1000;
  const breakdown = Object.fromEntries(
    Object.entries(BREAKDOWN_METRICS).map(([key, metric]) => [key, delta(metric)]),
  ) as unknown as TimeBreakdown;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  return { value, hot: hotFunctions(profile), breakdown };
}
