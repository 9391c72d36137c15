// `npm run bench` as a process: a group or option it does not know is refused with the ones it knows, before any work.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const results = join(root, 'bench', 'results.json');

function bench(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts', 'bench.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('the benchmark command line', () => {
  it('refuses an unknown group, names it and the groups it knows, and writes nothing', () => {
    const before = existsSync(results) ? statSync(results).mtimeMs : null;
    const run = bench('--only=node,scren');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('group "scren"');
    expect(run.stderr).toContain('--only=node,screen,storage');
    expect(run.stdout).toBe('');
    expect(existsSync(results) ? statSync(results).mtimeMs : null).toBe(before);
  });

  it('refuses an unknown option', () => {
    const run = bench('--shrot');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('option "--shrot"');
  });
});
