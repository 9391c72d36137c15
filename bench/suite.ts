/**
 * The benchmark suite: every workload of the architecture guide's performance budgets with its baseline
 * measured in the same run, at its size and at a tenth or ten times it, as one results file and a table.
 * Pure workloads run in Node; the screen and storage ones in headless Chromium against the built app.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveAppAndHarness } from './browser/static-server';
import { measureScreen, type ScreenSamples } from './browser/screen-workloads';
import { measureStorage } from './browser/storage-workloads';
import { measureDecorations, type DecorationFigures } from './decoration-workload';
import { measureMerge, type MergeFigures } from './merge-workload';
import { measureReanchor, type ReanchorFigures } from './reanchor-workload';
import { budgetAt, formatTable, machineInfo, row, type BenchResults, type WorkloadRow } from './lib/report';
import { summarise, type Stats } from './lib/stats';
import { timingNote } from './lib/timing';

export interface SuiteOptions {
  short: boolean;
  root: string;
  /** The built renderer and the built harness page. */
  appDir: string;
  harnessDir: string;
  /** Only the workloads whose group is listed (node, screen, storage); all when empty. */
  only: string[];
  /** Where to save CPU profiles of the screen workloads at full size with claims; null: no profiling. */
  profileDir: string | null;
  log: (line: string) => void;
}

interface Sizes {
  runs: number;
  bigRuns: number;
  articleBytes: number;
  articleClaims: number;
  /** The screen workloads' smaller size, for how time grows (a tenth: ten times would not fit a 2-core machine). */
  screenSmall: number;
  quotes: number;
  reanchorBytes: number;
  globalSample: number;
  mergeClaims: number;
  storageClaims: number;
}

const FULL: Sizes = {
  runs: 7,
  bigRuns: 3,
  articleBytes: 1 << 20,
  articleClaims: 5000,
  screenSmall: 0.1,
  quotes: 1000,
  reanchorBytes: 1 << 20,
  globalSample: 20,
  mergeClaims: 20_000,
  storageClaims: 20_000,
};
const SHORT: Sizes = {
  runs: 2,
  bigRuns: 1,
  articleBytes: 50 << 10,
  articleClaims: 250,
  screenSmall: 0.1,
  quotes: 100,
  reanchorBytes: 100 << 10,
  globalSample: 3,
  mergeClaims: 1000,
  storageClaims: 1000,
};

const count = (value: number) => value.toLocaleString('en-GB');
const size = (bytes: number) =>
  bytes >= 100 << 10 ? `${Number((bytes / (1 << 20)).toFixed(1))} MB` : `${Math.round(bytes / 1024)} KB`;
const stats = (samples: number[]) => summarise(samples);
const articleLabel = (bytes: number, claims: number) => `${size(bytes)}, ${count(claims)} claims`;
const quotesLabel = (bytes: number, quotes: number) => `${count(quotes)} quotes, ${size(bytes)}`;
const claimsLabel = (claims: number) => `${count(claims)} claims`;

/**
 * The sizes the architecture's budgets name ("open a 1 MB article with 5,000 claims", "validate + merge a
 * 20,000-claim bundle"…), as the size column writes them: a row at another size (a tenth or ten times, there
 * for the growth figure, or any row of a short run) shows its ratio but no verdict.
 */
const BUDGET_AT = {
  article: articleLabel(FULL.articleBytes, FULL.articleClaims),
  reanchor: quotesLabel(FULL.reanchorBytes, FULL.quotes),
  merge: claimsLabel(FULL.mergeClaims),
  storage: claimsLabel(FULL.storageClaims),
};

interface GrowthPoint {
  size: string;
  stats: Stats;
  /** The workload's baseline at this size: how it grows is shown beside (a baseline can outgrow the work too). */
  baseline?: { name: string; stats: Stats };
}

function growth(name: string, small: GrowthPoint, big: GrowthPoint, factor: number): WorkloadRow {
  const limit = factor >= 10 ? 12 : factor * 1.2;
  const baselineGrowth =
    small.baseline && big.baseline
      ? {
          [`${small.baseline.name} grows`]: `${(big.baseline.stats.median / small.baseline.stats.median).toFixed(2)} x`,
        }
      : undefined;
  return row(
    `${name}: growth`,
    `${small.size} -> ${big.size} (${factor} x)`,
    big.stats,
    `same at ${small.size}`,
    small.stats,
    `<= ${limit} x for ${factor} x the work`,
    (ratio) => ratio <= limit,
    baselineGrowth,
  );
}

function decorationRows(
  small: DecorationFigures,
  big: DecorationFigures,
  smallSize: string,
  bigSize: string,
): WorkloadRow[] {
  const main = budgetAt(
    BUDGET_AT.article,
    row(
      'decoration set built (Node)',
      smallSize,
      small.build,
      'ProseMirror doc from JSON',
      small.documentFromJson,
      '<= 15 ms',
      (_, measured) => measured.median <= 15,
      { decorations: small.decorations },
    ),
  );
  const baseline = (figures: DecorationFigures) => ({
    name: 'ProseMirror doc from JSON',
    stats: figures.documentFromJson,
  });
  return [
    main,
    growth(
      'decoration set built',
      { size: smallSize, stats: small.build, baseline: baseline(small) },
      { size: bigSize, stats: big.build, baseline: baseline(big) },
      10,
    ),
  ];
}

function reanchorRow(label: string, figures: ReanchorFigures, sizeLabel: string): WorkloadRow {
  const globalAll = figures.globalPerQuote.median * figures.quotes;
  const speedup = globalAll / figures.reanchor.median;
  return budgetAt(
    BUDGET_AT.reanchor,
    row(
      `re-anchor quotes, ${label} (Node)`,
      sizeLabel,
      figures.reanchor,
      'one linear scan of the text',
      figures.linearScan,
      '>= 20 x faster than global approximate search, 0 false anchors',
      () => speedup >= 20 && figures.falseAnchors === 0,
      {
        'false anchors': figures.falseAnchors,
        'global search est.': `${globalAll.toFixed(0)} ms (${speedup.toFixed(1)} x slower)`,
        'edited paragraphs': figures.editedParagraphs,
        'deleted passages': `${figures.controlsOrphaned}/${figures.controls} control quotes orphaned`,
        'in place': figures.exact,
        moved: figures.moved,
        orphans: figures.orphans,
      },
    ),
  );
}

function mergeRows(figures: MergeFigures, sizeLabel: string): WorkloadRow[] {
  return [
    row(
      'validate + merge bundle (Node)',
      sizeLabel,
      figures.validateAndMerge,
      'JSON.parse',
      figures.parse,
      '<= 3 x JSON.parse',
      (ratio) => ratio <= 3,
      {
        'validate alone': `${figures.validate.median.toFixed(0)} ms`,
        'merge alone': `${figures.merge.median.toFixed(0)} ms`,
        're-merge unchanged': `${figures.remerge.median.toFixed(0)} ms`,
        MB: figures.megabytes.toFixed(1),
      },
    ),
  ].map((line) => budgetAt(BUDGET_AT.merge, line));
}

function screenRows(withClaims: ScreenSamples, without: ScreenSamples, sizeLabel: string): WorkloadRow[] {
  const frame = (_: number, measured: Stats) => measured.median <= 16;
  return [
    row(
      'open article, highlights in view painted (Chromium)',
      sizeLabel,
      stats(withClaims.open),
      'same article, no claims',
      stats(without.open),
      '<= 1.25 x no claims',
      (ratio) => ratio <= 1.25,
      { highlighted: withClaims.highlighted },
    ),
    row(
      'open article, every highlight in the page (Chromium)',
      sizeLabel,
      stats(withClaims.openAll),
      'same article, no claims',
      stats(without.openAll),
      'none (drawn over the frames after the first)',
      () => null,
      {
        'worst frame while the rest are drawn': `${stats(withClaims.openWorstFrame).median.toFixed(0)} ms`,
      },
    ),
    row(
      'select text -> highlight visible (Chromium)',
      sizeLabel,
      stats(withClaims.mark),
      'same, no claims',
      stats(without.mark),
      '<= 16 ms',
      frame,
      { 'saved in IndexedDB after': `${stats(withClaims.markSaved).median.toFixed(0)} ms` },
    ),
    row(
      'select text -> claim saved in IndexedDB (Chromium)',
      sizeLabel,
      stats(withClaims.markSaved),
      'same, no claims',
      stats(without.markSaved),
      '<= 100 ms',
      (_, measured) => measured.median <= 100,
    ),
    row(
      'keystroke J (next claim) -> next paint (Chromium)',
      sizeLabel,
      stats(withClaims.keystroke),
      'same, no claims',
      stats(without.keystroke),
      '<= 16 ms',
      frame,
      { 'worst frame in 1 s after': `${stats(withClaims.keystrokeWorstFrame).median.toFixed(0)} ms` },
    ),
    row(
      'typing in the claim wording -> next paint (Chromium)',
      sizeLabel,
      stats(withClaims.typing),
      'same, no claims',
      stats(without.typing),
      '<= 16 ms',
      frame,
      { 'worst frame in 1 s after': `${stats(withClaims.typingWorstFrame).median.toFixed(0)} ms` },
    ),
    row(
      'selection change -> next paint (Chromium)',
      sizeLabel,
      stats(withClaims.selection),
      'same, no claims',
      stats(without.selection),
      '<= 16 ms',
      frame,
      { 'worst frame in 0.5 s after': `${stats(withClaims.selectionWorstFrame).median.toFixed(0)} ms` },
    ),
  ].map((line) => budgetAt(BUDGET_AT.article, line));
}

export async function runSuite(options: SuiteOptions): Promise<BenchResults> {
  const sizes = options.short ? SHORT : FULL;
  const article = readFileSync(join(options.root, 'test', 'fixtures', 'articles', 'putin-negotiations.txt'), 'utf8');
  const wants = (group: string) => options.only.length === 0 || options.only.includes(group);
  const rows: WorkloadRow[] = [];
  const errors: string[] = [];
  let chromium = 'not run';
  const step = async (label: string, work: () => Promise<void> | void) => {
    const started = performance.now();
    options.log(`${label}…`);
    try {
      await work();
      options.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      errors.push(`${label}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      options.log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const expect = (what: string, actual: number, wanted: number) => {
    if (actual !== wanted) errors.push(`${what}: ${actual}, expected ${wanted}`);
  };

  if (wants('node')) {
    await step('decoration set', () => {
      // The same warm-up and number of runs at both sizes (a tenth of the time per run would not make the median any surer).
      const small = measureDecorations(article, sizes.articleBytes, sizes.articleClaims, sizes.runs * 2);
      const big = measureDecorations(article, sizes.articleBytes * 10, sizes.articleClaims * 10, sizes.runs * 2);
      expect('decorations built', small.decorations, sizes.articleClaims);
      rows.push(
        ...decorationRows(
          small,
          big,
          articleLabel(sizes.articleBytes, sizes.articleClaims),
          articleLabel(sizes.articleBytes * 10, sizes.articleClaims * 10),
        ),
      );
    });
    await step('re-anchoring', () => {
      const label = quotesLabel;
      const runs = Math.max(1, Math.ceil(sizes.runs / 2));
      const one = measureReanchor(article, {
        textBytes: sizes.reanchorBytes,
        quotes: sizes.quotes,
        editShare: 0.01,
        runs,
        globalSample: sizes.globalSample,
      });
      const five = measureReanchor(article, {
        textBytes: sizes.reanchorBytes,
        quotes: sizes.quotes,
        editShare: 0.05,
        runs,
        globalSample: sizes.globalSample,
      });
      const big = measureReanchor(article, {
        textBytes: sizes.reanchorBytes * 10,
        quotes: sizes.quotes * 10,
        editShare: 0.05,
        runs: sizes.bigRuns,
        globalSample: Math.max(2, Math.floor(sizes.globalSample / 5)),
      });
      for (const figures of [one, five, big])
        if (figures.falseAnchors > 0)
          errors.push(`re-anchoring: ${figures.falseAnchors} false anchors at ${figures.quotes} quotes`);
      rows.push(reanchorRow('1% clustered edits', one, label(sizes.reanchorBytes, sizes.quotes)));
      rows.push(reanchorRow('5% clustered edits', five, label(sizes.reanchorBytes, sizes.quotes)));
      rows.push(reanchorRow('5% clustered edits', big, label(sizes.reanchorBytes * 10, sizes.quotes * 10)));
      rows.push(
        growth(
          're-anchor quotes, 5%',
          { size: label(sizes.reanchorBytes, sizes.quotes), stats: five.reanchor },
          { size: label(sizes.reanchorBytes * 10, sizes.quotes * 10), stats: big.reanchor },
          10,
        ),
      );
    });
    await step('validate + merge', () => {
      // A tenth and the full size: ten times 20,000 claims is over the 200 MB a bundle may have.
      const tenth = sizes.mergeClaims / 10;
      const small = measureMerge(article, tenth, sizes.runs);
      const big = measureMerge(article, sizes.mergeClaims, sizes.runs);
      expect('merged claims', big.mergedClaims, sizes.mergeClaims);
      expect('merged claims (a tenth)', small.mergedClaims, tenth);
      rows.push(...mergeRows(big, claimsLabel(sizes.mergeClaims)), ...mergeRows(small, claimsLabel(tenth)));
      const parse = (figures: MergeFigures) => ({ name: 'JSON.parse', stats: figures.parse });
      rows.push(
        growth(
          'validate + merge bundle',
          { size: claimsLabel(tenth), stats: small.validateAndMerge, baseline: parse(small) },
          { size: claimsLabel(sizes.mergeClaims), stats: big.validateAndMerge, baseline: parse(big) },
          10,
        ),
      );
    });
  }

  if (wants('screen') || wants('storage')) {
    const site = await serveAppAndHarness(options.appDir, options.harnessDir);
    try {
      if (wants('screen')) {
        await step('document screen', async () => {
          const runs = Math.max(1, Math.ceil(sizes.runs / 2) + (options.short ? -1 : 0));
          const smallBytes = Math.round(sizes.articleBytes * sizes.screenSmall);
          const smallClaims = Math.round(sizes.articleClaims * sizes.screenSmall);
          const withClaims = await measureScreen(
            site.url,
            sizes.articleBytes,
            sizes.articleClaims,
            runs,
            options.profileDir,
          );
          for (const [name, { hot, breakdown }] of Object.entries(withClaims.profiles)) {
            const part = (value: number) => `${value.toFixed(0)} ms`;
            options.log(
              `  ${name} with ${count(sizes.articleClaims)} claims, main thread: tasks ${part(breakdown.tasks)}, script ${part(breakdown.script)}, style ${part(breakdown.recalcStyle)}, layout ${part(breakdown.layout)}; hottest functions (self time):`,
            );
            for (const entry of hot)
              options.log(`    ${entry.selfMs.toFixed(1).padStart(8)} ms  ${entry.name}  ${entry.where}`);
          }
          const without = await measureScreen(site.url, sizes.articleBytes, 0, runs);
          const smallWith = await measureScreen(site.url, smallBytes, smallClaims, runs);
          const smallWithout = await measureScreen(site.url, smallBytes, 0, runs);
          chromium = withClaims.chromium;
          for (const samples of [withClaims, without, smallWith, smallWithout]) {
            expect(
              `highlighted claims of ${count(samples.seed.claims)} seeded`,
              samples.highlighted,
              samples.seed.claims,
            );
            if (samples.pageErrors.length > 0) errors.push(`page errors: ${samples.pageErrors.join(' | ')}`);
          }
          const bigLabel = articleLabel(sizes.articleBytes, sizes.articleClaims);
          const smallLabel = articleLabel(smallBytes, smallClaims);
          rows.push(...screenRows(withClaims, without, bigLabel), ...screenRows(smallWith, smallWithout, smallLabel));
          rows.push(
            growth(
              'open article, highlights in view painted',
              { size: smallLabel, stats: stats(smallWith.open) },
              { size: bigLabel, stats: stats(withClaims.open) },
              10,
            ),
          );
          rows.push(
            growth(
              'select text -> highlight visible',
              { size: smallLabel, stats: stats(smallWith.mark) },
              { size: bigLabel, stats: stats(withClaims.mark) },
              10,
            ),
          );
          rows.push(
            growth(
              'keystroke J -> next paint',
              { size: smallLabel, stats: stats(smallWith.keystroke) },
              { size: bigLabel, stats: stats(withClaims.keystroke) },
              10,
            ),
          );
        });
      }
      if (wants('storage')) {
        await step('storage', async () => {
          const runs = Math.max(1, Math.ceil(sizes.runs / 2) + (options.short ? -1 : 0));
          const big = await measureStorage(site.url, sizes.storageClaims, runs);
          const small = await measureStorage(site.url, sizes.storageClaims / 10, runs);
          for (const [label, samples, claims] of [
            ['', big, sizes.storageClaims],
            [' (a tenth)', small, sizes.storageClaims / 10],
          ] as const) {
            expect(`stored claims${label}`, samples.store.count, claims);
            expect(`loaded claims${label}`, samples.load.count, claims);
            expect(`exported claims${label}`, samples.export.count, claims);
            if (samples.pageErrors.length > 0) errors.push(`page errors: ${samples.pageErrors.join(' | ')}`);
          }
          const storageRows = (samples: typeof big, claims: number): WorkloadRow[] => {
            const label = claimsLabel(claims);
            const store = stats(samples.store.app);
            const bare = stats(samples.store.bare);
            const rate = (measured: Stats) => Math.round(claims / (measured.median / 1000));
            return [
              row(
                'store bundle in IndexedDB: app import (Chromium)',
                label,
                store,
                'bare Dexie bulkPut',
                bare,
                '>= 0.8 x bulkPut records/s',
                (ratio) => 1 / ratio >= 0.8,
                { 'app records/s': rate(store), 'bulkPut records/s': rate(bare) },
              ),
              row(
                'load claims from IndexedDB: documentClaims (Chromium)',
                label,
                stats(samples.load.app),
                'bare toArray',
                stats(samples.load.bare),
                '<= 1.3 x toArray',
                (ratio) => ratio <= 1.3,
              ),
              row(
                'export claims: exportDocument + serialiseBundle, document open (Chromium)',
                label,
                stats(samples.export.app),
                'JSON.stringify of the bundle',
                stats(samples.export.bare),
                '<= 1.5 x JSON.stringify',
                (ratio) => ratio <= 1.5,
                {
                  MB: (samples.export.bytes / 1048576).toFixed(1),
                },
              ),
              row(
                'export claims: exportDocument + serialiseBundle, no screen holds the document (Chromium)',
                label,
                stats(samples.export.cold),
                'JSON.stringify of the bundle',
                stats(samples.export.bare),
                'none (reads IndexedDB; see load)',
                () => null,
              ),
              row(
                'export claims: serialiseBundle alone (Chromium)',
                label,
                stats(samples.export.serialise),
                'JSON.stringify of the bundle',
                stats(samples.export.bare),
                '<= 1.5 x JSON.stringify',
                (ratio) => ratio <= 1.5,
              ),
            ].map((line) => budgetAt(BUDGET_AT.storage, line));
          };
          rows.push(...storageRows(big, sizes.storageClaims), ...storageRows(small, sizes.storageClaims / 10));
          const tenth = claimsLabel(sizes.storageClaims / 10);
          const full = claimsLabel(sizes.storageClaims);
          rows.push(
            growth(
              'store bundle',
              { size: tenth, stats: stats(small.store.app) },
              { size: full, stats: stats(big.store.app) },
              10,
            ),
          );
          rows.push(
            growth(
              'load claims',
              { size: tenth, stats: stats(small.load.app) },
              { size: full, stats: stats(big.load.app) },
              10,
            ),
          );
          rows.push(
            growth(
              'export claims',
              { size: tenth, stats: stats(small.export.app) },
              { size: full, stats: stats(big.export.app) },
              10,
            ),
          );
        });
      }
    } finally {
      await site.close();
    }
  }

  const notes = [
    ...(wants('node') ? [timingNote] : []),
    ...(options.short
      ? [
          'Short run: smaller sizes than the budgets name; a row at another size than its budget has no verdict, and timings never fail the run.',
        ]
      : []),
  ];
  const results: BenchResults = {
    mode: options.short ? 'short' : 'full',
    date: new Date().toISOString(),
    machine: machineInfo(chromium),
    workloads: rows,
    errors,
    notes,
  };
  options.log(formatTable(results));
  return results;
}
