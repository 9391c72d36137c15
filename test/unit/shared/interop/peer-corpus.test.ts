// The peer-file corpus (test/fixtures/interop): Hypothesis's three shapes, a W3C collection with refinedBy chains and a named-only
// next page, and Recogito's output, imported into the fixture article: each claim exactly where expected, no false anchors, authors
// and dates kept, what was not placed counted by reason, and a second import of any of them adding nothing.
import { describe, expect, it } from 'vitest';
import {
  bundleInfo,
  mergeBundles,
  readBundle,
  richTextToPlain,
  serialiseBundle,
  type Bundle,
  type Claim,
} from '../../../../shared';
import {
  annotationProblemLines,
  describeAnnotationImport,
  importAnnotationsIntoBundle,
  notPlacedCounts,
  uuidFor,
  type AnnotationImport,
} from '../../../../shared/interop';
import { corpusFile, IMPORTER, NOW, putinBundle, putinDocument } from '../../../fixtures/interop/putin-bundle';

const TEXT = putinDocument().text;

function importFile(name: string, bundle: Bundle = putinBundle()): { imported: AnnotationImport; bundle: Bundle } {
  const result = importAnnotationsIntoBundle(bundle, corpusFile(name), IMPORTER, { now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  // Every result must be a bundle the app opens.
  const read = readBundle(serialiseBundle(result.bundle));
  if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
  return { imported: result.imported, bundle: read.bundle };
}

/** The claim on the passage of the article that starts with `passage`, which must occur once. */
function claimOn(imported: AnnotationImport, passage: string): Claim {
  const start = TEXT.indexOf(passage);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(TEXT.indexOf(passage, start + 1)).toBe(-1);
  const claim = imported.claims.find((candidate) => !candidate.target.orphaned && candidate.target.start === start);
  if (!claim) throw new Error(`no claim at "${passage}"`);
  expect(claim.target.exact).toBe(passage);
  return claim;
}

/** Every anchored claim covers the article's own characters at its offsets: no false or clipped anchors. */
function expectOwnCharacters(imported: AnnotationImport): void {
  for (const claim of imported.claims.filter((candidate) => !candidate.target.orphaned))
    expect(TEXT.slice(claim.target.start, claim.target.end)).toBe(claim.target.exact);
}

const hypothesisAuthor = (user: string, name: string) => ({ id: uuidFor(`annotation-creator:${user}`), name });
const OLENA = hypothesisAuthor('acct:olena_checks@hypothes.is', 'Olena Kovalenko');

describe('a Hypothesis client export', () => {
  const { imported, bundle } = importFile('hypothesis-client-export.json');

  it('places each annotation on the article’s own characters, complete, whatever quote marks, dashes and spaces it was typed with', () => {
    expect(imported).toMatchObject({ kind: 'hypothesis-export', total: 7, anchored: 5, orphans: 0, problems: [] });
    // Straight quotes in the file, curly in the article: the closing quote is part of the claim.
    claimOn(imported, '“Russia has single-handedly attacked Ukraine, and is killing citizens.”');
    claimOn(imported, 'Kyiv states it won’t rest until each Russian soldier has been ejected');
    claimOn(imported, 'it is their decision – they can negotiate');
    claimOn(imported, 'Cuban Missile Crisis');
    // A phrase the article has twice: the context says which.
    const second = imported.claims.find((claim) => claim.target.exact === 'right direction');
    expect(second?.target.start).toBe(TEXT.lastIndexOf('right direction'));
    expectOwnCharacters(imported);
  });

  it('counts the page note and the reply as not placed', () => {
    expect(notPlacedCounts(imported.notPlaced)).toEqual([
      { reason: 'page-note', count: 1 },
      { reason: 'reply', count: 1 },
    ]);
    expect(describeAnnotationImport(imported)).toBe(
      'Imported 5 claims from 7 annotations (a Hypothesis export): 5 anchored, 0 orphans. Not placed: 1 page note, 1 reply.',
    );
  });

  it('keeps the author, the dates, the tags and the Markdown comment as a rich rationale without anything that runs', () => {
    const claim = claimOn(imported, '“Russia has single-handedly attacked Ukraine, and is killing citizens.”');
    expect(claim).toMatchObject({
      id: uuidFor('annotation:doc-putin:hypothesis:q7Yw2PQtEe-8f1sWcK3lUw'),
      createdBy: OLENA,
      updatedBy: OLENA,
      createdAt: '2026-02-27T10:15:00.123Z',
      updatedAt: '2026-02-27T11:02:41.000Z',
      tags: ['quote', 'Ukraine'],
    });
    const paragraph = claim.rationale.content?.[0]?.content ?? [];
    expect(paragraph[0]).toEqual({ type: 'text', text: 'Misleading.', marks: [{ type: 'bold' }] });
    expect(paragraph).toContainEqual({
      type: 'text',
      text: 'his profile',
      marks: [{ type: 'link', attrs: { href: 'https://president.example/en/team/polyak' } }],
    });
    const links = JSON.stringify(claim.rationale).match(/"href":"[^"]*"/g);
    expect(links).toEqual(['"href":"https://president.example/en/team/polyak"']);
    expect(richTextToPlain(claim.rationale)).toContain("<script>alert('x')</script>");
    const unnamed = claimOn(imported, 'it is their decision – they can negotiate');
    expect(unnamed.createdBy).toEqual({ id: uuidFor('annotation-creator:acct:taras_f@hypothes.is'), name: 'taras_f' });
    expect(richTextToPlain(unnamed.rationale)).toBe("Putin's usual framing.\nNo offer on the table.");
  });

  it('adds nothing when the file is imported again', () => {
    const again = importFile('hypothesis-client-export.json', bundle).imported;
    expect(again).toMatchObject({ claims: [], skipped: 5 });
  });

  it('recognises the same annotation in Hypothesis’s API search result and in its JSON-LD form', () => {
    const search = importFile('hypothesis-api-search.json', bundle).imported;
    expect(search.skipped).toBe(1);
    const jsonLd = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'https://hypothes.is/a/q7Yw2PQtEe-8f1sWcK3lUw',
      creator: 'acct:olena_checks@hypothes.is',
      body: [{ type: 'TextualBody', value: '**Misleading.**', format: 'text/markdown' }],
      target: [
        {
          source: 'https://news.example/world/putin-negotiations',
          selector: [{ type: 'TextQuoteSelector', exact: 'Mykhailo Polyak tweets' }],
        },
      ],
    });
    const result = importAnnotationsIntoBundle(bundle, jsonLd, IMPORTER, { now: NOW });
    expect(result.ok && result.imported).toMatchObject({ skipped: 1, claims: [] });
  });
});

describe('a Hypothesis API search result with rows of another page', () => {
  const { imported } = importFile('hypothesis-api-search.json');

  it('places a quote of another page only with the import saying so, and never a position of another page', () => {
    expect(imported).toMatchObject({
      kind: 'hypothesis-search',
      total: 4,
      anchored: 2,
      otherSourceAnchored: 1,
      missing: 2,
    });
    const burns = claimOn(imported, 'William Burns, Director of the CIA');
    expect(burns.createdBy.name).toBe('Mira Desk');
    expect(annotationProblemLines(imported.notPlaced)).toEqual([
      'Annotation 3 (y9Rk6PQtEe-6n9AEkS1tCe) at $.rows[2]: it names another page and has a position only, which belongs to that page',
      'Annotation 4 (z0Sl7PQtEe-7o0BFlT2uDf) at $.rows[3]: it names another page and its quote is not in this text',
    ]);
    // The position-only annotation would have landed on "worst European conflict…": nothing is there.
    expect(imported.claims.map((claim) => claim.target.start).sort((a, b) => a - b)).toEqual([
      TEXT.indexOf('William Burns'),
      TEXT.indexOf('“Russia has single-handedly'),
    ]);
    expect(describeAnnotationImport(imported)).toBe(
      'Imported 2 claims from 4 annotations (a Hypothesis API search result): 2 anchored, 0 orphans. 1 claim was placed on its quote although its annotation names another page (“Russia-Ukraine war: live”, https://live.other.example/russia-ukraine-war-live/). Not placed: 2 annotations of another page. The search found 6 annotations and the file holds the first 4; fetch the other pages of results (offset or search_after) to import them.',
    );
    expectOwnCharacters(imported);
  });
});

describe('a single Hypothesis API annotation made on the PDF of the article', () => {
  it('is placed as the same page when its document links the article’s URL, its Markdown list kept', () => {
    const { imported } = importFile('hypothesis-api-annotation.json');
    expect(imported).toMatchObject({ kind: 'hypothesis-annotation', anchored: 1, otherSourceAnchored: 0 });
    const claim = claimOn(imported, 'Moscow claims it does not target civilians');
    expect(claim.tags).toEqual(['civilians', 'Kherson']);
    expect(claim.rationale.content?.map((node) => node.type)).toEqual(['paragraph', 'bulletList']);
    expect(claim.updatedAt).toBe('2026-02-28T09:30:00.000Z');
  });
});

describe('a W3C collection whose next page is only named', () => {
  const { imported, bundle } = importFile('w3c-collection-named-next.jsonld');

  it('imports the items it holds and says the rest were not in the file', () => {
    expect(imported).toMatchObject({ kind: 'w3c', total: 9, anchored: 7, orphans: 1, missing: 2, problems: [] });
    expect(imported.notes).toEqual([
      'the page https://annotations.example/putin/collection/page2 is only named, not included in the file, so the annotations on it and after it were not imported; export the collection with its pages embedded',
    ]);
  });

  it('finds quotes under refinedBy and RangeSelectors, and positions made absolute down a chain', () => {
    claimOn(imported, 'the worst European conflict since World War Two');
    claimOn(imported, 'Crimea, which Russia annexed in 2014');
    claimOn(imported, 'Russia is not serious about holding real negotiations');
    claimOn(imported, 'Since October, millions of Ukrainians have been left without heat or water');
    claimOn(imported, 'Moscow stood up against a Western bloc');
    claimOn(imported, 'the threat of enemy missile and air strikes');
    expectOwnCharacters(imported);
  });

  it('anchors a unique quote without context or position, and keeps a repeated one as an orphan', () => {
    claimOn(imported, 'Maidan Revolution');
    const repeated = imported.claims.find((claim) => claim.target.exact === 'right direction');
    expect(repeated?.target.orphaned).toBe(true);
  });

  it('does not place a position that counts from an element of the original page', () => {
    expect(annotationProblemLines(imported.notPlaced)).toEqual([
      'Annotation 4 (https://hypothes.is/a/b2Un9PQtEe-9q2DHnV4wFh) at $.first.items[3]: its selectors point at no text of this article (TextPositionSelector under XPathSelector)',
    ]);
  });

  it('reads purpose arrays, tag resources by their IRI, a Choice with a link whose href holds <, and creators of the annotation or its body', () => {
    const conflict = claimOn(imported, 'the worst European conflict since World War Two');
    expect(conflict).toMatchObject({
      verdict: { scaleId: 'scale-truth-6', stepId: 'mostly-true' },
      text: 'Worst European conflict since 1945',
      createdBy: { id: uuidFor('annotation-creator:https://annotations.example/people/ivan'), name: 'Ivan Petrenko' },
      createdAt: '2026-02-20T08:00:00.000Z',
      updatedAt: '2026-02-21T07:30:00.000Z',
    });
    expect(richTextToPlain(conflict.rationale)).toBe('Widely held view among historians.');
    const crimea = claimOn(imported, 'Crimea, which Russia annexed in 2014');
    expect(crimea.tags).toEqual(['http://www.wikidata.org/entity/Q7835', 'http://www.wikidata.org/entity/Q1184']);
    expect(crimea.createdBy).toEqual({
      id: uuidFor('annotation-creator:mailto:kateryna@annotations.example'),
      name: 'Kateryna Bondar',
    });
    expect(crimea.createdAt).toBe('2026-02-22T12:00:00.000Z');
    expect(imported.evidence).toEqual([]);
    const burns = claimOn(imported, 'Russia is not serious about holding real negotiations');
    expect(burns.createdBy.name).toBe('kateryna');
    expect(burns.rationale.content?.[0]?.content).toEqual([
      { type: 'text', text: 'The ' },
      {
        type: 'text',
        text: 'speech transcript',
        marks: [{ type: 'link', attrs: { href: 'https://www.cia.example/speeches?q=<burns>' } }],
      },
      { type: 'text', text: ' says ' },
      { type: 'text', text: 'so', marks: [{ type: 'italic' }] },
      { type: 'text', text: '.' },
    ]);
    // No creator anywhere: the importing analyst, at the time of the import.
    expect(claimOn(imported, 'Maidan Revolution')).toMatchObject({ createdBy: IMPORTER, createdAt: NOW.toISOString() });
  });

  it('adds nothing when imported again', () => {
    expect(importFile('w3c-collection-named-next.jsonld', bundle).imported).toMatchObject({ claims: [], skipped: 8 });
  });
});

describe('Recogito’s W3C output', () => {
  const { imported, bundle } = importFile('recogito-annotations.w3c.json');

  it('places its annotations (no target source: the article), keeps body creators and counts the relation as not placed', () => {
    expect(imported).toMatchObject({ total: 3, anchored: 2, otherSourceAnchored: 0 });
    const burns = claimOn(imported, 'William Burns, Director of the CIA');
    expect(burns).toMatchObject({
      id: '3f6a2b1c-8d4e-4f5a-9b6c-7d8e9f0a1b2c',
      tags: ['CIA'],
      createdBy: { id: uuidFor('annotation-creator:https://recogito.example/users/anna'), name: 'Anna Shevchenko' },
      createdAt: '2026-02-24T15:00:00.000Z',
    });
    claimOn(imported, 'Volodymyr Zelensky, a Ukrainian adviser');
    expect(notPlacedCounts(imported.notPlaced)).toEqual([{ reason: 'no-text', count: 1 }]);
  });

  it('knows a #fragment id and the bare UUID as the same annotation', () => {
    const bare = JSON.parse(corpusFile('recogito-annotations.w3c.json')) as Array<{ id: string }>;
    for (const annotation of bare) annotation.id = annotation.id.replace(/^#/, '');
    const result = importAnnotationsIntoBundle(bundle, JSON.stringify(bare), IMPORTER, { now: NOW });
    expect(result.ok && result.imported).toMatchObject({ claims: [], skipped: 2 });
  });
});

describe('the source check', () => {
  it.each([
    ['a pasted copy without a URL', null],
    ['another article', 'https://news.example/world/another-story'],
  ])('into %s, quotes are placed with the import saying so; position-only annotations are not placed', (_name, url) => {
    const { imported } = importFile('w3c-collection-named-next.jsonld', putinBundle(url));
    expect(imported.otherSourceAnchored).toBe(imported.anchored);
    expect(imported.anchored).toBe(5);
    // The two positions and the repeated quote (not found with confidence) are not placed.
    expect(notPlacedCounts(imported.notPlaced)).toEqual([
      { reason: 'other-source', count: 3 },
      { reason: 'no-text', count: 1 },
    ]);
    expect(describeAnnotationImport(imported)).toContain(
      'placed on their quotes although their annotations name another page (https://news.example/world/putin-negotiations#intro, https://news.example/world/putin-negotiations)',
    );
    // Only a document without a URL is told to get one.
    expect(imported.notes.some((note) => note.startsWith('the document has no URL'))).toBe(url === null);
    expectOwnCharacters(imported);
  });
});

describe('two analysts importing the same file', () => {
  it('make the same records when the file names authors and dates, so their bundles merge without a conflict', () => {
    const first = importAnnotationsIntoBundle(putinBundle(), corpusFile('hypothesis-client-export.json'), IMPORTER, {
      now: NOW,
    });
    const second = importAnnotationsIntoBundle(
      putinBundle(),
      corpusFile('hypothesis-client-export.json'),
      { id: 'b6f1a2c3-0000-4000-8000-000000000002', name: 'Other Analyst' },
      { now: new Date('2026-03-02T10:00:00.000Z') },
    );
    if (!first.ok || !second.ok) throw new Error('refused');
    expect(second.imported.claims).toEqual(first.imported.claims);
    const merged = mergeBundles([first.bundle, second.bundle], IMPORTER, NOW).bundle;
    expect(bundleInfo(merged)).toMatchObject({ conflicts: 0 });
    expect(merged.claims).toHaveLength(5);
  });
});

describe('the importing analyst’s library', () => {
  it('names its writes by its writer id and stamps records with the analyst alone', () => {
    const author = { ...IMPORTER, writerId: `${IMPORTER.id}@0badcafe` };
    const result = importAnnotationsIntoBundle(putinBundle(), corpusFile('recogito-annotations.w3c.json'), author, {
      now: NOW,
    });
    if (!result.ok) throw new Error('refused');
    const unnamed = result.imported.claims.find((claim) => claim.target.exact.startsWith('Volodymyr'));
    expect(unnamed?.createdBy).toEqual(IMPORTER);
    expect(unnamed?.sync?.base).toEqual([author.writerId, 1]);
    // Author and date in the file (on the body): the write is the author's, the same in every library.
    const anna = result.imported.claims.find((claim) => claim.target.exact.startsWith('William Burns'));
    expect(anna?.createdBy.name).toBe('Anna Shevchenko');
    expect(anna?.sync?.base).toEqual([anna?.createdBy.id, 1]);
    expect(readBundle(serialiseBundle(result.bundle)).ok).toBe(true);
  });
});
