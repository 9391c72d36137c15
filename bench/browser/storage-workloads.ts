/** The storage workloads in headless Chromium: the app's import, load and export against bare Dexie calls and JSON.stringify, run by the harness page. */
import { launchApp, newProfileDir, removeProfileDir } from '../../test/e2e/browser';
import type { BenchHarness, ExportSamples, PairSamples } from './harness';

export interface StorageSamples {
  store: PairSamples;
  load: PairSamples;
  export: ExportSamples;
  pageErrors: string[];
}

type HarnessWindow = Window & { benchHarness: BenchHarness };

export async function measureStorage(baseUrl: string, claims: number, runs: number): Promise<StorageSamples> {
  const profile = newProfileDir();
  const session = await launchApp(`${baseUrl}__bench/index.html`, profile);
  try {
    const { page } = session;
    await page.waitForFunction(() => 'benchHarness' in window);
    const store = await page.evaluate(
      ({ count, times }) => (window as unknown as HarnessWindow).benchHarness.storeWorkload(count, times),
      { count: claims, times: runs },
    );
    const load = await page.evaluate(
      ({ count, times }) => (window as unknown as HarnessWindow).benchHarness.loadWorkload(count, times),
      { count: claims, times: runs },
    );
    const exported = await page.evaluate(
      ({ count, times }) => (window as unknown as HarnessWindow).benchHarness.exportWorkload(count, times),
      { count: claims, times: runs },
    );
    return { store, load, export: exported, pageErrors: session.pageErrors };
  } finally {
    await session.close();
    removeProfileDir(profile);
  }
}
