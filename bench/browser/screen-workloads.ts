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
  /** Until the article and the highlights of its first screen are painted. */
  open: number[];
  /** Until every claim's highlight is in the page (drawn over the frames after the first). */
  openAll: number[];
  /** The longest frame after the first screen is painted, until every highlight is in the page. */
  openWorstFrame: number[];
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

type ProbeWindow = Window & {
  benchHarness: BenchHarness;
  benchProbe?: Promise<{ nextPaint: number; worstFrame: number }>;
};

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
  return page.evaluate(
    () => (window as unknown as ProbeWindow).benchProbe as Promise<{ nextPaint: number; worstFrame: number }>,
  );
}

/**
 * Opens the library, clicks the document and returns the milliseconds until the article (to its last
 * paragraph) and the highlights of its first screen are painted, and until every highlight is in the page.
 */
async function timeOpen(
  page: Page,
  baseUrl: string,
  seed: SeedResult,
): Promise<{ shown: number; all: number; worstFrame: number }> {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Library' }).waitFor();
  await page.evaluate(
    ({ firstClaimId, lastClaimId, lastParagraphStart }) => {
      const probe = window as unknown as ProbeWindow & {
        benchOpen?: Promise<{ shown: number; all: number; worstFrame: number }>;
      };
      probe.benchOpen = new Promise((resolve) => {
        let start = -1;
        let shown = -1;
        let previous = -1;
        let worstFrame = 0;
        document.addEventListener('click', (event) => (start = event.timeStamp), { capture: true, once: true });
        const drawn = (root: Element | null | undefined, id: string | null) =>
          id === null || root?.querySelector(`[data-claim-id="${CSS.escape(id)}"]`);
        const check = (time: number) => {
          // The longest frame once the first screen is painted, while the other highlights are drawn.
          if (shown >= 0 && previous >= 0) worstFrame = Math.max(worstFrame, time - previous);
          if (shown >= 0) previous = time;
          const root = document.querySelector('.article-text');
          const article = root?.lastElementChild?.textContent?.startsWith(lastParagraphStart) ?? false;
          if (start >= 0 && shown < 0 && article && drawn(root, firstClaimId)) {
            setTimeout(() => (shown = performance.now() - start), 0);
          }
          if (shown >= 0 && drawn(root, lastClaimId))
            setTimeout(() => resolve({ shown, all: performance.now() - start, worstFrame }), 0);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    { firstClaimId: seed.firstClaimId, lastClaimId: seed.lastClaimId, lastParagraphStart: seed.lastParagraphStart },
  );
  await page.getByRole('button', { name: seed.title }).first().click();
  return page.evaluate(
    () =>
      (window as unknown as ProbeWindow & { benchOpen?: Promise<{ shown: number; all: number; worstFrame: number }> })
        .benchOpen as Promise<{ shown: number; all: number; worstFrame: number }>,
  );
}

/** Selects a passage, presses M and returns the milliseconds until the new claim is saved in IndexedDB and until its highlight is painted. */
async function timeMark(page: Page, passage: string): Promise<{ saved: number; visible: number }> {
  await selectInArticle(page, passage);
  await page.evaluate(async () => {
    const probe = window as unknown as ProbeWindow & { benchMark?: Promise<{ saved: number; visible: number }> };
    const before = document.querySelector('[data-claim-details]')?.getAttribute('data-claim-details') ?? null;
    const known = new Set(
      [...document.querySelectorAll<HTMLElement>('.article-text [data-claim-id]')].map(
        (element) => element.dataset['claimId'],
      ),
    );
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
      // Visible: the article shows a new claim's highlight as the active one, measured after the frame that shows it.
      let visible = -1;
      let shown: string | null = null;
      const check = () => {
        const id = document.querySelector<HTMLElement>('.article-text .claim-hl.is-active')?.dataset['claimId'] ?? null;
        if (start >= 0 && id !== null && id !== before && !known.has(id) && visible < 0) {
          shown = id;
          setTimeout(() => (visible = performance.now() - start), 0);
        }
        // And the claim's card opens on it.
        const card = document.querySelector('[data-claim-details]')?.getAttribute('data-claim-details') ?? null;
        if (visible >= 0 && saved >= 0 && card === shown) {
          connection.close();
          resolve({ saved, visible });
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  });
  await page.keyboard.press('m');
  return page.evaluate(
    () =>
      (window as unknown as ProbeWindow & { benchMark?: Promise<{ saved: number; visible: number }> })
        .benchMark as Promise<{ saved: number; visible: number }>,
  );
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
export async function measureScreen(
  baseUrl: string,
  textBytes: number,
  claims: number,
  runs: number,
  profileDir: string | null = null,
): Promise<ScreenSamples> {
  const profile = newProfileDir();
  const session = await launchApp(`${baseUrl}__bench/index.html`, profile);
  try {
    const { page } = session;
    await page.waitForFunction(() => 'benchHarness' in window);
    const version = (await (await session.context.newCDPSession(page)).send('Browser.getVersion')) as {
      product: string;
    };
    const chromium = version.product.replace(/^(Headless)?Chrome\//, '');
    const seed = await page.evaluate(
      ({ bytes, count }) => (window as unknown as ProbeWindow).benchHarness.seedApp(bytes, count),
      { bytes: textBytes, count: claims },
    );
    const samples: ScreenSamples = {
      seed,
      open: [],
      openAll: [],
      openWorstFrame: [],
      mark: [],
      markSaved: [],
      keystroke: [],
      keystrokeWorstFrame: [],
      typing: [],
      typingWorstFrame: [],
      selection: [],
      selectionWorstFrame: [],
      highlighted: 0,
      pageErrors: session.pageErrors,
      chromium,
      profiles: {},
    };
    /** The last run of a workload runs under the profiler when profiling is on. */
    const maybeProfiled = async <T>(name: string, last: boolean, work: () => Promise<T>): Promise<T> => {
      if (!profileDir || !last) return work();
      const { value, hot, breakdown } = await profiled(page, profileDir, `${name}-${claims}-claims`, work);
      samples.profiles[name] = { hot, breakdown };
      return value;
    };
    for (let run = 0; run < runs; run += 1) {
      const { shown, all, worstFrame } = await maybeProfiled('open', run === runs - 1, () =>
        timeOpen(page, baseUrl, seed),
      );
      samples.open.push(shown);
      samples.openAll.push(all);
      samples.openWorstFrame.push(worstFrame);
    }
    samples.highlighted = await page.evaluate(
      () =>
        new Set(
          [...document.querySelectorAll<HTMLElement>('.article-text [data-claim-id]')].map(
            (element) => element.dataset['claimId'],
          ),
        ).size,
    );
    for (let run = 0; run < runs; run += 1) {
      const { nextPaint, worstFrame } = await maybeProfiled('selection', run === runs - 1, () =>
        timeSelection(page, seed.selectable[(run + 5) % seed.selectable.length] as string),
      );
      samples.selection.push(nextPaint);
      samples.selectionWorstFrame.push(worstFrame);
    }
    for (let run = 0; run < runs; run += 1) {
      const { saved, visible } = await maybeProfiled('mark', run === runs - 1, () =>
        timeMark(page, seed.selectable[run % seed.selectable.length] as string),
      );
      samples.mark.push(visible);
      samples.markSaved.push(saved);
      await page.waitForTimeout(300);
    }
    for (let run = 0; run < runs; run += 1) {
      const { nextPaint, worstFrame } = await maybeProfiled('keystroke', run === runs - 1, () =>
        timeNextClaimKey(page),
      );
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
