// Runs the benchmark suite (bench/suite.ts): `npm run bench` for the full run, `npm run bench -- --short` for CI's quick pass;
// `--only=node,screen,storage` picks groups, `--profile` saves CPU profiles of the screen workloads under .tmp/bench/profiles.
// Builds the harness page and the suite with esbuild, builds the renderer when it is missing (RENDERER_OUT is honoured),
// prints the table and writes bench/results.json (the short run writes .tmp/bench/results-short.json). Exits 1 only on
// errors (a workload that throws, false anchors, missing records, page errors), never on timings.
// Runs under Node's --expose-gc (it restarts itself with it) so that each timed Node run can start from a collected heap
// and pay for its own garbage only (bench/lib/timing.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

if (typeof globalThis.gc !== 'function') {
  const again = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit', env: process.env },
  );
  process.exit(again.status ?? 1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const short = args.includes('--short');
const profileDir = args.includes('--profile') ? join(root, '.tmp', 'bench', 'profiles') : null;
const only = args.filter((arg) => arg.startsWith('--only=')).flatMap((arg) => arg.slice('--only='.length).split(','));
const GROUPS = ['node', 'screen', 'storage'];
const OPTIONS = ['--short', '--profile'];
const unknownGroups = only.filter((group) => !GROUPS.includes(group));
const unknownOptions = args.filter((arg) => !arg.startsWith('--only=') && !OPTIONS.includes(arg));
if (unknownGroups.length > 0 || unknownOptions.length > 0) {
  const what = [...unknownGroups.map((group) => `group "${group}"`), ...unknownOptions.map((arg) => `option "${arg}"`)];
  console.error(
    `The benchmark does not know the ${what.join(', ')}. Options: --short, --profile, --only=${GROUPS.join(',')} (one or more groups, comma-separated).`,
  );
  process.exit(2);
}
const work = join(root, '.tmp', 'bench');
const harnessDir = join(work, 'harness');
const appDir = resolve(root, process.env.RENDERER_OUT ?? 'out/renderer');
mkdirSync(harnessDir, { recursive: true });

const needsBrowser = only.length === 0 || only.includes('screen') || only.includes('storage');
if (needsBrowser && !existsSync(join(appDir, 'index.html'))) {
  console.log(`The renderer is not built in ${appDir}: building it (electron-vite build)…`);
  const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit', env: process.env });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

await build({
  entryPoints: [join(root, 'bench', 'browser', 'harness.ts')],
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  loader: { '.txt': 'text' },
  outfile: join(harnessDir, 'harness.js'),
  logLevel: 'warning',
});
writeFileSync(
  join(harnessDir, 'index.html'),
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Factcheck Desk benchmark harness</title><link rel="icon" href="data:,"></head><body><script type="module" src="./harness.js"></script></body></html>\n',
);
const suite = join(work, 'suite.mjs');
await build({
  entryPoints: [join(root, 'bench', 'suite.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile: suite,
  logLevel: 'warning',
});
const { runSuite } = await import(pathToFileURL(suite).href);

const results = await runSuite({ short, root, appDir, harnessDir, only, profileDir, log: (line) => console.log(line) });
const output = short ? join(work, 'results-short.json') : join(root, 'bench', 'results.json');
writeFileSync(output, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nResults written to ${output.slice(root.length)}`);
if (results.errors.length > 0) {
  console.error(`The benchmark found ${results.errors.length} error(s); see above.`);
  process.exit(1);
}
