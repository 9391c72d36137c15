// Benchmark: re-anchoring 1,000 quotes on an edited 1 MB article, against a global approximate search per quote.
// `node bench/reanchor.bench.mjs [quotes] [share of paragraphs edited]`; the budget is at least 20 x faster, with no false anchors.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, '.tmp', 'bench-reanchor');
mkdirSync(work, { recursive: true });
const entry = join(work, 'reanchor-workload.mjs');
await build({ entryPoints: [join(root, 'bench', 'reanchor-workload.ts')], bundle: true, platform: 'node', format: 'esm', outfile: entry, logLevel: 'warning' });
const { measureReanchor } = await import(pathToFileURL(entry).href);

const article = readFileSync(join(root, 'test', 'fixtures', 'articles', 'putin-negotiations.txt'), 'utf8');
const figures = measureReanchor(article, Number(process.argv[2] ?? 1000), Number(process.argv[3] ?? 0.03));
const global = figures.globalPerQuote * figures.quotes;
console.log(`${figures.quotes} quotes on a ${figures.megabytes.toFixed(2)} MB article, ${figures.editedParagraphs} paragraphs edited`);
console.log(`re-anchor all                   ${figures.reanchor.toFixed(1)} ms`);
console.log(`global approximate search       ${figures.globalPerQuote.toFixed(2)} ms a quote, ${global.toFixed(0)} ms for all (${(global / figures.reanchor).toFixed(1)} x slower)`);
console.log(`in place ${figures.exact}, re-anchored in their edited paragraph ${figures.moved}, orphans ${figures.orphans}, false anchors ${figures.falseAnchors}`);
rmSync(work, { recursive: true, force: true });
