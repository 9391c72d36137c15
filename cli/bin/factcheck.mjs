#!/usr/bin/env node
// Launches the bundled CLI (out/cli/factcheck.mjs), or says how to build it when it is missing.
import { existsSync } from 'node:fs';

const built = new URL('../../out/cli/factcheck.mjs', import.meta.url);

if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write('factcheck: the CLI is not built yet; run `npm run build:cli`\n');
  process.exitCode = 2;
}
