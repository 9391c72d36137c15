// Benchmark: validate + merge of a 20,000-claim bundle against JSON.parse of the same file, in one run.
// `node bench/merge.bench.mjs [claims] [runs]`; the budget is at most 3 x JSON.parse (docs/format.md).
// The whole suite, with this workload in it, is `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Timed runs collect garbage before they start (bench/lib/timing.ts): that needs --expose-gc.
if (typeof globalThis.gc !== 'function') {
  const again = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exit(again.status ?? 1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, '.tmp', 'bench-merge');
mkdirSync(work, { recursive: true });
const entry = join(work, 'merge-workload.mjs');
await build({
  entryPoints: [join(root, 'bench', 'merge-workload.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: entry,
  logLevel: 'warning',
});
const { measureMerge } = await import(pathToFileURL(entry).href);

const claims = Number(process.argv[2] ?? 20000);
const runs = Number(process.argv[3] ?? 7);
const article = readFileSync(join(root, 'test', 'fixtures', 'articles', 'putin-negotiations.txt'), 'utf8');
const figures = measureMerge(article, claims, runs);
const parse = figures.parse.median;
const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (value) => `${(value / parse).toFixed(2)} x JSON.parse`;
console.log(`${figures.claims} claims, ${figures.megabytes.toFixed(1)} MB, medians of ${runs} runs`);
console.log(`JSON.parse                     ${ms(parse)}`);
console.log(`validate (readBundle, parses)  ${ms(figures.validate.median)}  ${ratio(figures.validate.median)}`);
console.log(`merge into an empty library    ${ms(figures.merge.median)}  ${ratio(figures.merge.median)}`);
console.log(
  `validate + merge               ${ms(figures.validateAndMerge.median)}  ${ratio(figures.validateAndMerge.median)}`,
);
console.log(`merge again (all unchanged)    ${ms(figures.remerge.median)}  ${ratio(figures.remerge.median)}`);
rmSync(work, { recursive: true, force: true });
