// Writer ids name a library's writes; records, bundles and logs keep the analyst as `{id, name}` only.
import { describe, expect, it } from 'vitest';
import {
  analystIdOfWriter,
  analystSchema,
  createBundle,
  newClaim,
  newWriterId,
  readBundle,
  serialiseBundle,
  truthScale,
  withChange,
  type Author,
} from '../../../../shared';
import { documentOf, NOW } from './records';

const ana: Author = { id: 'analyst-ana', name: 'Ana Analyst', writerId: 'analyst-ana@0a1b2c3d' };

describe('writer ids', () => {
  it.each([
    ['analyst-ana@0a1b2c3d', 'analyst-ana'],
    ['analyst-ana', 'analyst-ana'],
    ['a@b@c', 'a'],
    ['~3f2a91c07b4de2f10a9c', '~3f2a91c07b4de2f10a9c'],
  ])('names the analyst of %s as %s', (writer, analyst) => {
    expect(analystIdOfWriter(writer)).toBe(analyst);
  });

  it('are made of the analyst id and eight random hex digits, new every time, within the 200 characters a write may name', () => {
    const first = newWriterId('analyst-ana');
    expect(first).toMatch(/^analyst-ana@[0-9a-f]{8}$/);
    expect(newWriterId('analyst-ana')).not.toBe(first);
    const long = newWriterId('x'.repeat(200));
    expect(long.length).toBeLessThanOrEqual(200);
    expect(analystIdOfWriter(long)).toBe('x'.repeat(191));
  });
});

describe('writing as a library', () => {
  const document = documentOf(undefined, 'doc-1');

  it('names the writes by the writer id and stamps the analyst without it', () => {
    const claim = newClaim(document.id, { start: 0, end: 8, exact: 'Minister', prefix: '', suffix: ' says' }, ana, NOW);
    expect(claim.sync).toEqual({ clock: { 'analyst-ana@0a1b2c3d': 1 }, base: ['analyst-ana@0a1b2c3d', 1] });
    expect(claim.createdBy).toEqual({ id: 'analyst-ana', name: 'Ana Analyst' });
    const changed = withChange(claim, { text: 'Exports doubled' }, ana, NOW);
    expect(changed.sync?.writes).toEqual([['analyst-ana@0a1b2c3d', 2, ['text']]]);
    expect(analystSchema.safeParse(changed.updatedBy).success).toBe(true);
  });

  it('writes as the analyst id when there is no writer id (the command line, libraries from before)', () => {
    const { writerId: _writerId, ...plain } = ana;
    const claim = newClaim(document.id, { start: 0, end: 8, exact: 'Minister', prefix: '', suffix: ' says' }, plain);
    expect(claim.sync?.clock).toEqual({ 'analyst-ana': 1 });
  });

  it('exports a bundle that names the writer in its header and reads back', () => {
    const bundle = createBundle(
      { documents: [document], claims: [], sources: [], evidence: [], scales: [truthScale] },
      ana,
      NOW,
    );
    expect(bundle.exportedBy).toEqual({ id: 'analyst-ana', name: 'Ana Analyst' });
    expect(bundle.writer).toBe('analyst-ana@0a1b2c3d');
    const read = readBundle(serialiseBundle(bundle));
    expect(read.ok && read.bundle.writer).toBe('analyst-ana@0a1b2c3d');
  });
});
