// bundleInfo is what `factcheck info --json` prints: live claims with code-point offsets and verdict labels.
import { describe, expect, it } from 'vitest';
import { bundleInfo, readBundle } from '../../../../shared';
import { readBundleFixture, TEAM_BUNDLE, VALID_BUNDLE } from '../../../fixtures/bundles/corpus';
import { bundleOf, claimOn, documentOf } from './records';

describe('bundleInfo', () => {
  const document = documentOf('🚀 Launch day\n\nExports doubled in 2023, the 👩‍👧 minister said.', 'doc-1');
  const doubled = claimOn(document, 'Exports doubled', {
    id: 'claim-1',
    status: 'final',
    verdict: { scaleId: 'scale-truth-6', stepId: 'false' },
  });
  const minister = claimOn(document, 'minister', { id: 'claim-2', status: 'researching' });
  const deleted = claimOn(document, 'Launch day', { id: 'claim-3', deleted: true });
  const info = bundleInfo(bundleOf({ documents: [document], claims: [doubled, minister, deleted] }));

  it('gives claim offsets in code points of the document text, counting an emoji as one', () => {
    expect(doubled.target.start).toBe(15);
    const first = info.claims.find((claim) => claim.id === 'claim-1');
    expect(first).toMatchObject({ exact: 'Exports doubled', start: 14, end: 29 });
    const second = info.claims.find((claim) => claim.id === 'claim-2');
    // Before "minister": the rocket (2 units, 1 code point) and the family (5 units, 3 code points).
    expect(second).toMatchObject({ start: minister.target.start - 3, end: minister.target.end - 3 });
    const codePoints = [...document.text];
    for (const claim of info.claims) expect(codePoints.slice(claim.start, claim.end).join('')).toBe(claim.exact);
  });

  it('leaves deleted claims out of the list and out of the document count', () => {
    expect(info.claims.map((claim) => claim.id)).toEqual(['claim-1', 'claim-2']);
    expect(info.documents).toEqual([
      expect.objectContaining({
        id: 'doc-1',
        title: '🚀 Launch day',
        claims: 2,
        text: document.text,
        textHash: document.textHash,
      }),
    ]);
  });

  it('names the verdict by its scale label, null without a verdict', () => {
    expect(info.claims.map((claim) => [claim.status, claim.verdict])).toEqual([
      ['final', 'False'],
      ['researching', null],
    ]);
  });

  it('summarises the corpus bundle: one live claim, 51-74 in code points (52-75 in UTF-16)', () => {
    const result = readBundle(readBundleFixture(VALID_BUNDLE));
    if (!result.ok) throw new Error('the valid corpus bundle should read');
    expect(bundleInfo(result.bundle)).toEqual({
      documents: [
        expect.objectContaining({
          id: 'doc-exports',
          title: 'Minister says exports doubled 🚀',
          url: 'https://news.example/exports',
          outlet: 'Example News',
          claims: 1,
        }),
      ],
      claims: [
        {
          id: 'claim-1-exports',
          documentId: 'doc-exports',
          exact: 'exports doubled in 2023',
          start: 51,
          end: 74,
          status: 'final',
          verdict: 'False',
          orphaned: false,
        },
      ],
      conflicts: 0,
    });
  });

  it('counts the open conflicts and flags orphaned claims, giving an orphan its stored offsets', () => {
    const result = readBundle(readBundleFixture(TEAM_BUNDLE));
    if (!result.ok) throw new Error('the team bundle should read');
    const info = bundleInfo(result.bundle);
    expect(info.conflicts).toBe(1);
    expect(info.claims.map((claim) => [claim.id, claim.orphaned])).toEqual([
      ['claim-1-exports', false],
      ['claim-3-orphan', true],
    ]);
    expect(info.claims[1]).toMatchObject({ exact: 'exports tripled in 2024', start: 52, end: 75 });
  });
});
