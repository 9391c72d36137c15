// Bundles of format version 1 are read by migrating them to the current version without losing anything entered.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_VERSION, migrateBundle, readBundle, richTextToPlain } from '../../../../shared';

const v1Text = readFileSync(resolve(import.meta.dirname, '../../../fixtures/bundles/valid-v1.factcheck.json'), 'utf8');
const v1 = JSON.parse(v1Text) as { version: number; claims: Array<{ id: string; rationale: string }> };

describe('reading a version 1 bundle', () => {
  it('migrates it to the current version and validates it', () => {
    expect(v1.version).toBe(1);
    const result = readBundle(v1Text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle.version).toBe(BUNDLE_VERSION);
  });

  it('keeps every rationale as rich text with the same words, and gives new fields empty values', () => {
    const result = readBundle(v1Text);
    if (!result.ok) throw new Error('expected a valid bundle');
    for (const original of v1.claims) {
      const migrated = result.bundle.claims.find((claim) => claim.id === original.id);
      expect(richTextToPlain(migrated!.rationale)).toBe(original.rationale.trim());
      expect(migrated).toMatchObject({
        claimDate: null,
        appearanceUrl: null,
        claimType: null,
        checkWorthiness: null,
        reviewer: '',
      });
    }
    expect(result.bundle.documents.every((document) => document.deleted === false)).toBe(true);
    expect(result.bundle.sources.every((source) => source.sourceType === null && source.reliabilityNote === '')).toBe(
      true,
    );
  });

  it('never overwrites a value the file already has', () => {
    const migrated = migrateBundle(
      { version: 1, claims: [{ id: 'c', reviewer: 'Rita', rationale: 'Two\n\nparagraphs' }] },
      2,
    ) as {
      claims: Array<{ reviewer: string; rationale: { content: unknown[] } }>;
    };
    expect(migrated.claims[0]?.reviewer).toBe('Rita');
    expect(migrated.claims[0]?.rationale.content).toHaveLength(2);
  });

  it('leaves shapes it does not know for validation to report', () => {
    expect(migrateBundle([1, 2], 2)).toEqual([1, 2]);
    expect(migrateBundle({ version: 'one' }, 2)).toEqual({ version: 'one' });
  });
});

describe('reading a version 2 bundle', () => {
  const v2Text = readFileSync(
    resolve(import.meta.dirname, '../../../fixtures/bundles/valid-two-claims.factcheck.json'),
    'utf8',
  );

  it('gives every record a merge history derived from its content, counting its revisions', () => {
    const result = readBundle(v2Text);
    if (!result.ok) throw new Error('expected a valid bundle');
    const v2 = JSON.parse(v2Text) as { claims: Array<{ rev: number }> };
    for (const [index, claim] of result.bundle.claims.entries()) {
      const [writer, count] = claim.sync.base;
      expect(writer).toMatch(/^~[0-9a-f]{20}$/);
      expect(count).toBe(v2.claims[index]?.rev);
      expect(claim.sync.clock).toEqual({ [writer]: count });
    }
    expect(
      new Set(
        [...result.bundle.documents, ...result.bundle.sources, ...result.bundle.evidence].map(
          (record) => typeof record.sync.base[0],
        ),
      ),
    ).toEqual(new Set(['string']));
  });

  it('keeps a history the file already has', () => {
    const sync = { clock: { ann: 2 }, base: ['ann', 1] };
    const migrated = migrateBundle({ version: 2, claims: [{ id: 'c', sync }] }, 3) as {
      claims: Array<{ sync: unknown }>;
    };
    expect(migrated.claims[0]?.sync).toBe(sync);
  });
});
