// Export → import → export gives the same content (only the export time differs), and a library from
// before format 3 merges with itself cleanly after migration.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createBundle,
  EMPTY_LIBRARY,
  legacySync,
  mergeIntoLibrary,
  openConflicts,
  readBundle,
  richTextFromPlain,
  serialiseBundle,
  withChange,
  type Bundle,
  type Claim,
} from '../../../../shared';
import { readBundleFixture, TEAM_BUNDLE, VALID_BUNDLE } from '../../../fixtures/bundles/corpus';
import { ann, bob, bundleOf, claimOn, documentOf, evidenceFor, LATER, sourceOf } from './records';

function read(text: string): Bundle {
  const result = readBundle(text);
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
  return result.bundle;
}

function edited(): Bundle {
  const document = documentOf(undefined, 'doc-1');
  const claim = withChange(
    claimOn(document, 'exports doubled in 2023', { id: 'claim-1' }),
    { claimant: 'The minister', rationale: richTextFromPlain('Figures say 4%.') },
    bob,
    LATER,
  );
  const deleted = withChange(claimOn(document, 'Critics', { id: 'claim-2' }), { deleted: true }, ann, LATER);
  const source = sourceOf();
  return bundleOf({
    documents: [document],
    claims: [claim, deleted],
    sources: [source],
    evidence: [evidenceFor(claim, source)],
  });
}

describe('export → import → export', () => {
  it.each([
    ['a bundle the app made', () => serialiseBundle(edited())],
    // Version 4 adds header fields only: the version 3 file, numbered 4, is what the app writes today.
    [
      'the team bundle with a conflict and an orphan',
      () => readBundleFixture(TEAM_BUNDLE).replace('"version": 3,', '"version": 4,'),
    ],
    ['a version 2 bundle, once migrated', () => serialiseBundle(read(readBundleFixture(VALID_BUNDLE)))],
  ])('gives the same bytes for %s, but for the export time', (_what, make) => {
    const first = make();
    const imported = mergeIntoLibrary(EMPTY_LIBRARY, read(first)).library;
    const exportedBy = read(first).exportedBy;
    const again = serialiseBundle(createBundle(imported, exportedBy, new Date('2030-01-01T00:00:00.000Z')));
    const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"');
    expect(withoutTime(again)).toBe(withoutTime(first));
  });

  it('keeps the conflict and the orphan of the team bundle through the round trip', () => {
    const imported = mergeIntoLibrary(EMPTY_LIBRARY, read(readBundleFixture(TEAM_BUNDLE))).library;
    const claim = imported.claims.find((each) => each.id === 'claim-1-exports') as Claim;
    expect(openConflicts('claims', claim).map((conflict) => conflict.field)).toEqual(['verdict']);
    expect(imported.claims.find((each) => each.id === 'claim-3-orphan')?.target.orphaned).toBe(true);
  });
});

describe('records from before format 3', () => {
  const v2 = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../fixtures/bundles/valid-two-claims.factcheck.json'), 'utf8'),
  ) as { claims: Array<Record<string, unknown>> };

  it('get the same derived history wherever they are read, so copies merge without conflicts', () => {
    const first = read(readBundleFixture(VALID_BUNDLE));
    const second = read(readBundleFixture(VALID_BUNDLE));
    expect(first.claims[0]?.sync).toEqual(second.claims[0]?.sync);
    expect(first.claims[0]?.sync).toEqual(legacySync(v2.claims[0] as Record<string, unknown>));
    const merged = mergeIntoLibrary(mergeIntoLibrary(EMPTY_LIBRARY, first).library, second);
    expect(merged.plan.claims).toEqual([]);
  });

  it('that differ meet as concurrent edits: differing fields become conflicts, equal ones do not', () => {
    const changed = {
      ...v2,
      claims: v2.claims.map((claim, index) =>
        index === 0 ? { ...claim, claimant: 'The trade minister', rev: 4 } : claim,
      ),
    };
    const mine = read(readBundleFixture(VALID_BUNDLE));
    const theirs = read(JSON.stringify(changed));
    const merged = mergeIntoLibrary(mergeIntoLibrary(EMPTY_LIBRARY, mine).library, theirs).library;
    const claim = merged.claims.find((each) => each.id === 'claim-1-exports') as Claim;
    expect(openConflicts('claims', claim).map((conflict) => conflict.field)).toEqual(['claimant']);
  });
});
