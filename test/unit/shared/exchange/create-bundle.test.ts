// A bundle made by createBundle and written by serialiseBundle reads back unchanged through readBundle.
import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleFileName, readBundle, serialiseBundle } from '../../../../shared';
import { ann, bundleOf, claimOn, documentOf, evidenceFor, NOW, sourceOf } from './records';

function fullBundle(order: 'as made' | 'reversed' = 'as made') {
  const document = documentOf(undefined, 'doc-exports');
  const refuted = claimOn(document, 'exports doubled in 2023', {
    id: 'claim-b',
    status: 'final',
    verdict: { scaleId: 'scale-truth-6', stepId: 'false' },
  });
  const critics = claimOn(document, 'Critics', { id: 'claim-a', deleted: true });
  const claims = order === 'as made' ? [refuted, critics] : [critics, refuted];
  const source = sourceOf();
  return bundleOf({ documents: [document], claims, sources: [source], evidence: [evidenceFor(refuted, source)] });
}

describe('createBundle → serialiseBundle → readBundle', () => {
  it('reads back the same bundle it wrote', () => {
    const bundle = fullBundle();
    const result = readBundle(serialiseBundle(bundle));
    expect(result).toEqual({ ok: true, bundle, signature: { status: 'unsigned' } });
  });

  it('stamps the format, version, exporter, time and generator', () => {
    const bundle = fullBundle();
    expect(bundle).toMatchObject({
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      exportedAt: NOW.toISOString(),
      exportedBy: ann,
      generator: 'Factcheck Desk',
    });
  });

  it('sorts records by id so the same library always gives the same bytes', () => {
    const bundle = fullBundle();
    expect(bundle.claims.map((claim) => claim.id)).toEqual(['claim-a', 'claim-b']);
    expect(serialiseBundle(fullBundle('reversed'))).toBe(serialiseBundle(bundle));
  });

  it('writes indented JSON ending with a newline', () => {
    const text = serialiseBundle(fullBundle());
    expect(text.startsWith('{\n  "format": "factcheck-bundle",\n  "version": 4,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reads back a bundle with no claims', () => {
    const bundle = bundleOf({ documents: [documentOf()] });
    expect(readBundle(serialiseBundle(bundle))).toEqual({ ok: true, bundle, signature: { status: 'unsigned' } });
  });
});

describe('bundleFileName', () => {
  it.each([
    {
      title: 'Putin claims Russia is ready to negotiate',
      name: 'putin-claims-russia-is-ready-to-negotiate.factcheck.json',
    },
    { title: 'Café: “quotes” & 🚀 / slashes', name: 'cafe-quotes-slashes.factcheck.json' },
    { title: '🚀🚀', name: 'document.factcheck.json' },
    { title: 'a'.repeat(100), name: `${'a'.repeat(60)}.factcheck.json` },
  ])('names "$title" $name', ({ title, name }) => {
    expect(bundleFileName(title)).toBe(name);
  });
});
