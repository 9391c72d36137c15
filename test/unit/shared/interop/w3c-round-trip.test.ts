// Our W3C export imported back: every claim lands where it was, with its verdict, wording, claimant, rich rationale, tags, and sources with stance and note.
import { describe, expect, it } from 'vitest';
import {
  cleanRichText,
  createBundle,
  newDocument,
  parseArticle,
  truthScale,
  type Bundle,
  type Claim,
} from '../../../../shared';
import {
  documentView,
  importAnnotationsIntoBundle,
  serialiseW3c,
  uuidFor,
  w3cCollection,
} from '../../../../shared/interop';
import { ANALYST, ARTICLE, NOW, sampleBundle } from '../../../fixtures/w3c/sample-bundle';

function roundTrip(from: Bundle, into: Bundle) {
  const file = serialiseW3c(w3cCollection(documentView(from), { now: NOW }));
  const result = importAnnotationsIntoBundle(into, file, ANALYST, { now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

function liveClaims(bundle: Bundle): Claim[] {
  return bundle.claims.filter((claim) => !claim.deleted);
}

describe('a W3C export imported back into the same article', () => {
  const original = sampleBundle();
  const { imported } = roundTrip(original, sampleBundle({ withClaims: false }));

  it('lands every claim on the same words, at the same offsets; the orphan stays an orphan with its quote and context', () => {
    // An orphan's offsets belong to a text the bundle does not hold; the export leaves them out.
    const where = (claims: readonly Claim[]) =>
      claims
        .map(({ target }) =>
          target.orphaned
            ? { orphaned: true, exact: target.exact, prefix: target.prefix, suffix: target.suffix }
            : { start: target.start, end: target.end, exact: target.exact },
        )
        .sort((a, b) => a.exact.localeCompare(b.exact));
    expect(where(imported.claims)).toEqual(where(liveClaims(original)));
    expect(imported).toMatchObject({ total: 6, anchored: 5, orphans: 1, problems: [] });
  });

  it('keeps each claim’s identity: its UUID, or the UUID derived from its id', () => {
    expect(imported.claims.map((claim) => claim.id).sort()).toEqual(
      liveClaims(original)
        .map((claim) => uuidFor(claim.id))
        .sort(),
    );
  });

  it('brings back the verdict, wording, claimant, the rationale with its formatting and links, and tags', () => {
    for (const before of liveClaims(original)) {
      const after = imported.claims.find((claim) => claim.id === uuidFor(before.id));
      expect(after, before.id).toBeDefined();
      expect(after?.verdict).toEqual(before.verdict);
      expect(after?.text).toBe(before.text);
      expect(after?.claimant, before.id).toBe(before.claimant);
      expect(after?.tags).toEqual(before.tags);
      expect(after?.rationale, before.id).toEqual(cleanRichText(before.rationale));
    }
    const cargo = imported.claims.find((claim) => claim.id === uuidFor('claim-cargo'));
    expect(JSON.stringify(cargo?.rationale)).toContain('{"type":"text","text":"12% rise","marks":[{"type":"bold"}]}');
    expect(JSON.stringify(cargo?.rationale)).toContain('"attrs":{"href":"https://port.example/annual-2024"}');
  });

  it('brings back each evidence link with its source, stance, quote and note', () => {
    const sourceUrl = (sourceId: string, sources: ReadonlyArray<{ id: string; url: string }>) =>
      new URL(sources.find((source) => source.id === sourceId)?.url ?? '').href;
    const links = (
      evidence: ReadonlyArray<{
        deleted: boolean;
        claimId: string;
        sourceId: string;
        stance: string;
        quote: string;
        note: string;
      }>,
      sources: ReadonlyArray<{ id: string; url: string }>,
      claimId: (id: string) => string,
    ) =>
      evidence
        .filter((link) => !link.deleted)
        .map((link) => ({
          claim: claimId(link.claimId),
          url: sourceUrl(link.sourceId, sources),
          stance: link.stance,
          quote: link.quote,
          note: link.note,
        }))
        .sort((a, b) => `${a.claim}${a.url}`.localeCompare(`${b.claim}${b.url}`));
    expect(links(imported.evidence, imported.sources, (id) => id)).toEqual(
      links(original.evidence, original.sources, uuidFor),
    );
    expect(imported.evidence.map((link) => link.stance).sort()).toEqual(['context', 'refutes', 'supports']);
  });

  it('brings back the sources with their titles and archived copies', () => {
    expect(
      imported.sources
        .map((source) => ({ url: source.url, title: source.title, archiveUrl: source.archiveUrl }))
        .sort((a, b) => a.url.localeCompare(b.url)),
    ).toEqual(
      original.sources
        .map((source) => ({ url: new URL(source.url).href, title: source.title, archiveUrl: source.archiveUrl }))
        .sort((a, b) => a.url.localeCompare(b.url)),
    );
    expect(imported.evidence.map((link) => link.quote).sort()).toEqual(
      original.evidence.map((link) => link.quote).sort(),
    );
  });
});

describe('a W3C export imported into an edited version of the article', () => {
  it('re-anchors each quote where it moved, by its words and context', () => {
    const edited = `Update: this report was corrected on 2 March 🛠.\n\n${ARTICLE.replace('Port officials 🎉 said', 'Port officials 🎉🎉 told reporters that')}`;
    const parsed = parseArticle(edited, { format: 'text', dropBoilerplate: false });
    const document = {
      ...newDocument(
        parsed.blocks,
        { title: parsed.title, url: 'https://www.news.example/harbour/?utm_source=feed' },
        ANALYST,
        NOW,
      ),
      id: 'doc-harbour-v2',
    };
    const into = createBundle(
      { documents: [document], claims: [], sources: [], evidence: [], scales: [truthScale] },
      ANALYST,
      NOW,
    );
    const { imported } = roundTrip(sampleBundle(), into);
    expect({ anchored: imported.anchored, orphans: imported.orphans }).toEqual({ anchored: 5, orphans: 1 });
    for (const claim of imported.claims.filter((candidate) => !candidate.target.orphaned)) {
      expect(document.text.slice(claim.target.start, claim.target.end)).toBe(claim.target.exact);
    }
  });
});
