// Runs Electronegativity over the main and preload source, the built app (out/) and any packaged app.asar; fails on findings that matter.
//
//   node scripts/electron-security-scan.mjs [path/to/app.asar ...]
//
// Source (electron/): every finding fails the run unless it is justified in place with an
// `/* eng-disable CHECK_ID -- why */` comment on its line, as Electronegativity documents.
// Built and packaged code: comments are stripped by the bundler, so the source carries the
// justifications; there any HIGH finding fails the run and the others are listed.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(import.meta.dirname, '..');

/**
 * AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list, which CI cannot reach; Electron
 * upgrades are reviewed with the dependency updates instead.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

function electronVersion() {
  const installed = path.join(repoRoot, 'node_modules', 'electron', 'package.json');
  if (existsSync(installed)) return JSON.parse(readFileSync(installed, 'utf8')).version;
  const declared = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).devDependencies.electron;
  return declared.replace(/^[^\d]*/, '');
}

/** Electronegativity's run, with its chatter about translations it cannot download kept off the output. */
async function scan(input) {
  const run = require('@doyensec/electronegativity');
  const log = console.log;
  console.log = (...args) => {
    if (!String(args[0]).includes('translations')) log(...args);
  };
  try {
    return await (run.default ?? run)({
      input,
      isRelative: true,
      electronVersionOverride: electronVersion(),
      excludeFromScan: EXCLUDED_CHECKS,
    });
  } finally {
    console.log = log;
  }
}

function describe(issue) {
  const where = `${issue.file}:${issue.location?.line ?? 0}`;
  return `  ${issue.severity.name.padEnd(13)} ${issue.id} at ${where}\n      ${issue.description}${issue.sample ? `\n      ${String(issue.sample).trim().slice(0, 140)}` : ''}`;
}

/** Scans one target and reports; returns the number of findings that fail it. */
async function scanTarget(label, input, failsOn) {
  const result = await scan(input);
  const failing = result.issues.filter(failsOn);
  const noted = result.issues.filter((issue) => !failsOn(issue) && issue.severity.name !== 'INFORMATIONAL');
  const unreadable = result.errors.filter((error) => !error.tolerable);
  console.log(
    `${label}: ${result.issues.length} finding(s), ${failing.length} failing, ${unreadable.length} file(s) not parsed`,
  );
  for (const issue of failing) console.log(`FAIL${describe(issue)}`);
  for (const issue of noted) console.log(`note${describe(issue)}`);
  for (const error of unreadable) console.log(`FAIL  could not parse ${error.file}: ${error.message}`);
  return failing.length + unreadable.length;
}

/** out/ as electron-builder packs it (see electron-builder.yml files): main, preload, renderer and package.json. */
function stageBuiltApp() {
  const outDir = path.join(repoRoot, 'out');
  if (!existsSync(path.join(outDir, 'main', 'index.js'))) return null;
  const stage = mkdtempSync(path.join(tmpdir(), 'factcheck-scan-'));
  for (const part of ['main', 'preload', 'renderer']) {
    cpSync(path.join(outDir, part), path.join(stage, 'out', part), {
      recursive: true,
      filter: (source) => !source.endsWith('.map'),
    });
  }
  cpSync(path.join(repoRoot, 'package.json'), path.join(stage, 'package.json'));
  return stage;
}

/** app.asar files electron-builder left in release/ (linux-unpacked, win-unpacked, mac*\/*.app). */
function packagedArchives() {
  const release = path.join(repoRoot, 'release');
  if (!existsSync(release)) return [];
  const found = [];
  const visit = (dir, depth) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isFile() && entry.name === 'app.asar') found.push(full);
      else if (entry.isDirectory() && depth < 5) visit(full, depth + 1);
    }
  };
  visit(release, 0);
  return found;
}

const isHigh = (issue) => issue.severity.name === 'HIGH';
let failures = await scanTarget('Source (electron/)', path.join(repoRoot, 'electron'), () => true);

const stage = stageBuiltApp();
if (stage === null) console.log('Built app: out/ is missing, skipped (run `npx electron-vite build` first)');
else {
  try {
    failures += await scanTarget('Built app (out/)', stage, isHigh);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

const archives = [...process.argv.slice(2).map((file) => path.resolve(file)), ...packagedArchives()];
if (archives.length === 0) console.log('Packaged app: no app.asar in release/, skipped (`npm run dist` builds one)');
for (const archive of archives)
  failures += await scanTarget(`Packaged app (${path.relative(repoRoot, archive)})`, archive, isHigh);

if (failures > 0) {
  console.log(`\nElectronegativity: ${failures} failing finding(s).`);
  process.exit(1);
}
console.log('\nElectronegativity: no failing findings.');
