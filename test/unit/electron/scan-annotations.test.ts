// Every Electronegativity finding accepted in electron/ says why on its own line, so the scan's silence is earned.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const electronDir = path.resolve(import.meta.dirname, '../../../electron');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

const annotations = sourceFiles(electronDir).flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ where: `${path.relative(electronDir, file)}:${index + 1}`, line }))
    .filter(({ line }) => line.includes('eng-disable')),
);

describe('Electronegativity annotations', () => {
  it('exist only where a finding was reviewed (a handful, not a blanket)', () => {
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.length).toBeLessThanOrEqual(6);
  });

  it.each(annotations.map(({ where, line }) => [where, line]))(
    '%s names its checks and gives a reason',
    (_where, line) => {
      expect(line).toMatch(/(?:\/\/|\/\*)\s*eng-disable\s+[A-Z_]+(?:\s+[A-Z_]+)*\s+--\s+\S.{10,}/);
    },
  );

  it('never disables a check for a whole file', () => {
    for (const file of sourceFiles(electronDir)) {
      expect(readFileSync(file, 'utf8').split('\n')[0], file).not.toContain('eng-disable');
    }
  });
});
