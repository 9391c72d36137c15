// Writes docs/bundle.schema.json from the zod schemas (shared/exchange/bundle-json-schema.ts): `node scripts/generate-bundle-schema.mjs`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, '.tmp', 'bundle-schema');
mkdirSync(work, { recursive: true });
const entry = join(work, 'schema.mjs');
await build({
  entryPoints: [join(root, 'shared', 'exchange', 'bundle-json-schema.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: entry,
  logLevel: 'warning',
});
const { bundleJsonSchemaText } = await import(pathToFileURL(entry).href);
const output = join(root, 'docs', 'bundle.schema.json');
writeFileSync(output, bundleJsonSchemaText());
rmSync(work, { recursive: true, force: true });
process.stdout.write(`Wrote ${output}\n`);
