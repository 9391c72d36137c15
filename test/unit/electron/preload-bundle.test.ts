// The preload runs sandboxed: bundled, it may require nothing but electron, and it carries the contract's
// names only (no schema library or other package), so it stays small.
import { build, type Metafile } from 'esbuild';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
let code: string;
let metafile: Metafile;

beforeAll(async () => {
  // As electron.vite.config.ts builds it: one CommonJS file with electron left to the sandbox's require.
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['electron/preload/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  code = result.outputFiles[0]?.text ?? '';
  metafile = result.metafile;
});

describe('the preload bundle', () => {
  it('requires electron and nothing else', () => {
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('is made of the preload and the contract’s names only, with no package and no schema code', () => {
    expect(Object.keys(metafile.inputs).sort()).toEqual([
      'electron/preload/index.ts',
      'shared/formats/file-formats.ts',
      'shared/ipc/channels.ts',
    ]);
  });
});
