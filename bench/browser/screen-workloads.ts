/**
 * The document screen in headless Chromium against the built app: open an article with its claims and
 * wait until every highlight is painted, mark a selection and wait for its highlight, press J (next
 * claim), type in the open claim's wording and change the selection, each timed in the page from the
 * input event to the next paint.
 */
import type { Page } from 'playwright-core';
import { selectInArticle } from '../../test/e2e/app-actions';
import { launchApp, newProfileDir, removeProfileDir } from '../../test/e2e/browser';
import { profiled, type HotFunction, type TimeBreakdown } from './cpu-profile';
import type { BenchHarness, SeedResult } from './harness';

export interface ScreenSamples {
  seed: SeedResult;
  open: number[];
  mark: number[];
  /** From the key press until the new claim is in IndexedDB. */
  markSaved: number[];
  keystroke: number[];
  keystrokeWorstFrame: number[];
  /** A letter typed in the open claim's wording, which saves the claim. */
  typing: number[];
  typingWorstFrame: number[];
  selection: number[];
  selectionWorstFrame: number[];
  /** Distinct claims with a highlight in the article after opening it. */
  highlighted: number;
  pageErrors: string[];
  chromium: string;
  /** With profiling on: the hottest functions of the last run of each workload (profiles saved beside). */
  profiles: Record<string, { hot: HotFunction[]; breakdown: TimeBreakdown }>;
}

type ProbeWindow = Window & { benchHarness: BenchHarness; benchProbe?: Promise<{ nextPaint: number; worstFrame: number }> };

/** Before an input: a promise in the page that resolves with the time from the input event to the next paint, and the longest frame within `windowMs`. */
async function armInputProbe(page: Page, eventType: 'keydown' | 'selectionchange', windowMs: number): Promise<void> {
  await page.evaluate(
    ({ type, span }) => {
      const probe = window as unknown as ProbeWindow;
      probe.benchProbe = new Promise((resolve) => {
        const target: EventTarget = type === 'selectionchange' ? document : window;
        target.addEventListener(
          type,
          (event) => {
            const start = event.timeStamp;
            let nextPaint = -1;
            let previous = start;
            let worstFrame = 0;
            requestAnimationFrame(() => setTimeout(() => (nextPaint = performance.now() - start), 0));
            const tick = (time: number) => {
              worstFrame = Math.max(worstFrame, time - previous);
              previous = time;
              if (performance.now() - start < span || nextPaint < 0) requestAnimationFrame(tick);
              else resolve({ nextPaint, worstFrame });
            };
            requestAnimationFrame(tick);
          },
          { capture: true, once: true },
        );
      });
    },
    { type: eventType, span: windowMs },
  );
}

async function probeResult(page: Page): Promise<{ nextPaint: number; worstFrame: number }> {
  return page.evaluate(() => (window as unknown as ProbeWindow).benchProbe as Promise<{ nextPaint: number; worstFrame: number }>);
}

/** Opens the library, clicks the document and returns the milliseconds until the article and its last highlight are painted. */
async function timeOpen(page: Page, baseUrl: string, seed: SeedResult): Promise<number> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Library' }).waitFor();
  await page.evaluate(
    ({ lastClaimId, lastParagraphStart }) => {
      const probe = window as unknown as ProbeWindow & { benchOpen?: Promise<number> };
      probe.benchOpen = new Promise((resolve) => {
        let start = -1;
        document.addEventListener('click', (event) => (start = event.timeStamp), { capture: true, once: true });
        const check = () => {
          const root = document.querySelector('.article-text');
          const shown = root?.lastElementChild?.textContent?.startsWith(lastParagraphStart) ?? false;
          const painted = shown && (lastClaimId === null || root?.querySelector(`[data-claim-id="${CSS.escape(lastClaimId)}"]`));
          if (start >= 0 && painted) setTimeout(() => resolve(performance.now() - start), 0);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    { lastClaimId: seed.lastClaimId, lastParagraphStart: seed.lastParagraphStart },
  );
  await page.getByRole('button', { name: seed.title }).first().click();
  return page.evaluate(() => (window as unknown as ProbeWindow & { benchOpen?: Promise<number> }).benchOpen as Promise<number>);
}

/** Selects a passage, presses M and returns the milliseconds until the new claim is saved in IndexedDB and until its highlight is painted. */
async function timeMark(page: Page, passage: string): Promise<{ saved: number; visible: number }> {
  await selectInArticle(page, passage);
  await page.evaluate(async () => {
    const probe = window as unknown as ProbeWindow & { benchMark?: Promise<{ saved: number; visible: number }> };
    const before = document.querySelector('[data-claim-details]')?.getAttribute('data-claim-details') ?? null;
    // A connection of its own counts the stored claims, so the save is seen without waiting for the screen.
    const connection = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('factcheck-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const storedClaims = () =>
      new Promise<number>((resolve, reject) => {
        const request = connection.transaction('claims').objectStore('claims').count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const initial = await storedClaims();
    probe.benchMark = new Promise((resolve) => {
      let start = -1;
      let saved = -1;
      window.addEventListener('keydown', (event) => (start = event.timeStamp), { capture: true, once: true });
      const poll = async () => {
        if (start >= 0 && (await storedClaims()) > initial) saved = performance.now() - start;
        if (saved < 0) setTimeout(() => void poll(), 2);
      };
      void poll();
      const check = () => {
        const id = document.querySelector('[data-claim-details]')?.getAttribute('data-claim-details') ?? null;
        const drawn = id !== null && id !== before && document.querySelector(`.article-text [data-claim-id="${CSS.escape(id)}"]`);
        if (start >= 0 && drawn && saved >= 0) {
          setTimeout(() => {
            connection.close();
            resolve({ saved, visible: performance.now() - start });
          }, 0);
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  });
  await page.keyboard.press('m');
  return page.evaluate(() => (window as unknown as ProbeWindow & { benchMark?: Promise<{ saved: number; visible: number }> }).benchMark as Promise<{ saved: number; visible: number }>);
}

/** Selects a different passage in the article (as a reader dragging would) and times it to the next paint. */
async function timeSelection(page: Page, passage: string): Promise<{ nextPaint: number; worstFrame: number }> {
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await page.waitForTimeout(50);
  await armInputProbe(page, 'selectionchange', 500);
  await selectInArticle(page, passage);
  return probeResult(page);
}

async function timeNextClaimKey(page: Page): Promise<{ nextPaint: number; worstFrame: number }> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await armInputProbe(page, 'keydown', 1000);
  await page.keyboard.press('j');
  return probeResult(page);
}

/** Types a letter at the end of the open claim's wording (saved at once) and times it to the next paint. */
async function timeTyping(page: Page): Promise<{ nextPaint: number; worstFrame: number }> {
  const field = page.getByLabel('Claim as worded');
  await field.focus();
  await page.keyboard.press('End');
  await armInputProbe(page, 'keydown', 1000);
  await page.keyboard.press('x');
  return probeResult(page);
}

/** Seeds a fresh profile with an article of `textBytes` and `claims` claims, then times the screen's work `runs` times each. */
export async function measureScreen(baseUrl: string, textBytes: number, claims: number, runs: number, profileDir: string | null = null): Promise<ScreenSamples> {
  const profile = newProfileDir();
  const session = await launchApp(`${baseUrl}__bench/index.html`, profile);
  try {
    const { page } = session;
    await page.waitForFunction(() => 'benchHarness' in window);
    const version = (await (await session.context.newCDPSession(page)).send('Browser.getVersion')) as { product: string };
    const chromium = version.product.replace(/^(Headless)?Chrome\//, '');
    const seed = await page.evaluate(({ bytes, count }) => (window as unknown as ProbeWindow).benchHarness.seedApp(bytes, count), { bytes: textBytes, count: claims });
    const samples: ScreenSamples = { seed, open: [], mark: [], markSaved: [], keystroke: [], keystrokeWorstFrame: [], typing: [], typingWorstFrame: [], selection: [], selectionWorstFrame: [], highlighted: 0, pageErrors: session.pageErrors, chromium, profiles: {} };
    /** The last run of a workload runs under the profiler when profiling is on. */
    const maybeProfiled = async <T>(name: string, last: boolean, work: () => Promise<T>): Promise<T> => {
      if (!profileDir || !last) return work();
      const { value, hot, breakdown } = await profiled(page, profileDir, `${name}-${claims}-claims`, work);
      samples.profiles[name] = { hot, breakdown };
      return value;
    };
    for (let run = 0; run < runs; run += 1) samples.open.push(await maybeProfiled('open', run === runs - 1, () => timeOpen(page, baseUrl, seed)));
    samples.highlighted = await page.evaluate(() => new Set([...document.querySelectorAll<HTMLElement>('.article-text [data-claim-id]')].map((element) => element.dataset['claimId'])).size);
    for (let run = 0; run < runs; run += 1) {
      const { nextPaint, worstFrame } = await maybeProfiled('selection', run === runs - 1, () => timeSelection(page, seed.selectable[(run + 5) % seed.selectable.length] as string));
      samples.selection.push(nextPaint);
      samples.selectionWorstFrame.push(worstFrame);
    }
    for (let run = 0; run < runs; run += 1) {
      const { saved, visible } = await maybeProfiled('mark', run === runs - 1, () => timeMark(page, seed.selectable[run % seed.selectable.length] as string));
      samples.mark.push(visible);
      samples.markSaved.push(saved);
      await page.waitForTimeout(300);
    }
    for (let run = 0; run < runs; run += 1) {
      const { nextPaint, worstFrame } = await maybeProfiled('keystroke', run === runs - 1, () => timeNextClaimKey(page));
      samples.keystroke.push(nextPaint);
      samples.keystrokeWorstFrame.push(worstFrame);
    }
    for (let run = 0; run < runs; run += 1) {
      const { nextPaint, worstFrame } = await maybeProfiled('typing', run === runs - 1, () => timeTyping(page));
      samples.typing.push(nextPaint);
      samples.typingWorstFrame.push(worstFrame);
    }
    return samples;
  } finally {
    await session.close();
    removeProfileDir(profile);
  }
}
