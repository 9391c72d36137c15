// Benchmark: re-anchoring 1,000 quotes on an edited 1 MB article, against a global approximate search per quote.
// `node bench/reanchor.bench.mjs [quotes] [share of paragraphs edited]`; the budget is at least 20 x faster, with no false anchors.
// The whole suite, with this workload in it, is `npm run bench`.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, '.tmp', 'bench-reanchor');
mkdirSync(work, { recursive: true });
const entry = join(work, 'reanchor-workload.mjs');
await build({
  entryPoints: [join(root, 'bench', 'reanchor-workload.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: entry,
  logLevel: 'warning',
});
const { measureReanchor } = await import(pathToFileURL(entry).href);

const article = readFileSync(join(root, 'test', 'fixtures', 'articles', 'putin-negotiations.txt'), 'utf8');
const figures = measureReanchor(article, {
  quotes: Number(process.argv[2] ?? 1000),
  editShare: Number(process.argv[3] ?? 0.03),
});
const global = figures.globalPerQuote.median * figures.quotes;
const reanchor = figures.reanchor.median;
console.log(
  `${figures.quotes} quotes on a ${figures.megabytes.toFixed(2)} MB article, ${figures.editedParagraphs} paragraphs edited, ${figures.deletedParagraphs} deleted`,
);
console.log(`re-anchor all                   ${reanchor.toFixed(1)} ms`);
console.log(`one linear scan of the text     ${figures.linearScan.median.toFixed(2)} ms`);
console.log(
  `global approximate search       ${figures.globalPerQuote.median.toFixed(2)} ms a quote, ${global.toFixed(0)} ms for all (${(global / reanchor).toFixed(1)} x slower)`,
);
console.log(
  `in place ${figures.exact}, re-anchored in their edited paragraph ${figures.moved}, orphans ${figures.orphans} (${figures.controlsOrphaned} of ${figures.controls} on deleted passages), false anchors ${figures.falseAnchors}`,
);
rmSync(work, { recursive: true, force: true });
