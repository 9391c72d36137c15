// Importing W3C annotations: the shapes a file may take, selectors, bodies, invalid annotations one by one, and anchoring.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleInfo, readBundle, richTextToPlain, serialiseBundle, type Claim } from '../../../../shared';
import {
  annotationProblemLines,
  describeAnnotationImport,
  importAnnotationsIntoBundle,
  type AnnotationImport,
} from '../../../../shared/interop';
import { ANALYST, NOW, QUOTES, sampleBundle } from '../../../fixtures/w3c/sample-bundle';

const MIXED = readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/w3c/mixed-annotations.json'), 'utf8');

function importInto(
  fileText: string,
  bundle = sampleBundle({ withClaims: false }),
): AnnotationImport & { bundleText: string } {
  const result = importAnnotationsIntoBundle(bundle, fileText, ANALYST, { now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { ...result.imported, bundleText: serialiseBundle(result.bundle) };
}

function claimOn(imported: AnnotationImport, exact: string): Claim {
  const claim = imported.claims.find((candidate) => candidate.target.exact === exact);
  if (!claim) throw new Error(`no claim on "${exact}"`);
  return claim;
}

const document = sampleBundle({ withClaims: false }).documents[0];
const text = document?.text ?? '';

const annotation = {
  id: 'urn:uuid:11111111-2222-4333-8444-555555555555',
  type: 'Annotation',
  body: { type: 'TextualBody', purpose: 'commenting', value: 'A note.' },
  target: {
    source: 'https://news.example/harbour',
    selector: { type: 'TextQuoteSelector', exact: QUOTES.jobs, prefix: 'claimed ', suffix: '.' },
  },
};

describe('reading a W3C file', () => {
  it.each([
    ['a single annotation', annotation],
    ['an array of annotations', [annotation]],
    [
      'an AnnotationPage',
      { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [annotation] },
    ],
    [
      'an AnnotationCollection with an embedded first page',
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'AnnotationCollection',
        first: { type: 'AnnotationPage', items: [annotation] },
      },
    ],
    ['JSON-LD keywords @id and @type', { '@id': annotation.id, '@type': 'Annotation', target: annotation.target }],
  ])('imports %s', (_name, content) => {
    const imported = importInto(JSON.stringify(content));
    expect(imported).toMatchObject({ total: 1, anchored: 1, orphans: 0, problems: [] });
    expect(imported.claims[0]?.target).toMatchObject({ start: text.indexOf(QUOTES.jobs), exact: QUOTES.jobs });
    expect(imported.claims[0]?.id).toBe('11111111-2222-4333-8444-555555555555');
  });

  it('follows the embedded next pages of a collection', () => {
    const second = {
      ...annotation,
      id: 'urn:uuid:11111111-2222-4333-8444-666666666666',
      target: { ...annotation.target, selector: { type: 'TextQuoteSelector', exact: QUOTES.cargo } },
    };
    const collection = {
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [annotation], next: { type: 'AnnotationPage', items: [second] } },
    };
    expect(importInto(JSON.stringify(collection)).claims.map((claim) => claim.target.exact)).toEqual([
      QUOTES.jobs,
      QUOTES.cargo,
    ]);
  });

  it.each([
    ['text that is not JSON', 'not json', /not valid JSON/],
    ['an empty file', '  ', /empty/],
    ['a number', '42', /expected annotations: a W3C Annotation/],
    [
      'a collection whose pages are only named',
      JSON.stringify({ type: 'AnnotationCollection', first: 'https://annotations.example/page1' }),
      /only named, not included/,
    ],
    ['an empty list', '[]', /holds no annotations/],
    ['a prototype key', '{"__proto__": {"x": 1}, "type": "Annotation"}', /__proto__/],
  ])('refuses the whole file when it is %s', (_name, content, message) => {
    const result = importAnnotationsIntoBundle(sampleBundle({ withClaims: false }), content, ANALYST, { now: NOW });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((problem) => problem.message).join(' ')).toMatch(message);
  });
});

describe('importing the mixed annotation page into the sample article', () => {
  const imported = importInto(MIXED);

  it('anchors what it can, keeps the rest as orphans, and reports each invalid annotation on its own', () => {
    expect({
      total: imported.total,
      anchored: imported.anchored,
      orphans: imported.orphans,
      claims: imported.claims.length,
      droppedLinks: imported.droppedLinks,
    }).toEqual({ total: 9, anchored: 3, orphans: 1, claims: 4, droppedLinks: 1 });
    expect(annotationProblemLines(imported.notPlaced)).toEqual([
      'Annotation 5 (https://annotations.example/harbour/5) at $.items[4]: its selectors point at no text of this article (RangeSelector, XPathSelector)',
    ]);
    expect(annotationProblemLines(imported.problems)).toEqual([
      'Annotation 6 (https://annotations.example/harbour/6) at $.items[5]: its type is "Note", not "Annotation"',
      'Annotation 7 (https://annotations.example/harbour/7) at $.items[6]: its TextPositionSelector needs whole numbers 0 <= start < end, not 10-5',
      'Annotation 8 at $.items[7]: expected an Annotation (an object), found number',
      'Annotation 9 (https://annotations.example/harbour/9) at $.items[8]: its TextPositionSelector 5000-5010 lies beyond the end of the text (276 characters) and it has no quote to search for',
    ]);
    expect(describeAnnotationImport(imported)).toBe(
      'Imported 4 claims from 9 annotations: 3 anchored, 1 orphan (kept with their quotes, not placed in the text). Not placed: 1 annotation without a text selector. 4 invalid annotations were left out. 1 link that is not http(s) was dropped.',
    );
  });

  it('places a quote with a code-point position hint at its UTF-16 offsets, after the emoji', () => {
    const cargo = claimOn(imported, QUOTES.cargo);
    expect(cargo.target).toMatchObject({
      start: text.indexOf(QUOTES.cargo),
      end: text.indexOf(QUOTES.cargo) + QUOTES.cargo.length,
    });
    expect(cargo.target.orphaned).toBeUndefined();
    expect(cargo.id).toBe('6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b');
  });

  it('ignores a RangeSelector and a target without a text selector, and uses the next target that has one', () => {
    expect(claimOn(imported, QUOTES.unemployment).target.start).toBe(text.indexOf(QUOTES.unemployment));
  });

  it('places a position-only selector by its code points', () => {
    expect(claimOn(imported, QUOTES.jobs).target).toMatchObject({
      start: text.indexOf(QUOTES.jobs),
      exact: QUOTES.jobs,
    });
  });

  it('keeps a quote that is not in the text as an orphan with its words and context', () => {
    expect(claimOn(imported, 'exports tripled overnight').target).toMatchObject({
      orphaned: true,
      exact: 'exports tripled overnight',
      prefix: 'The minister said ',
      suffix: ' last week',
    });
  });

  it('turns text bodies into verdict, rationale and tags, and linked resources into evidence with archived copies', () => {
    const cargo = claimOn(imported, QUOTES.cargo);
    expect(cargo.verdict).toEqual({ scaleId: 'scale-truth-6', stepId: 'mostly-false' });
    expect(richTextToPlain(cargo.rationale)).toBe('Port data show a 12% rise & no doubling.');
    expect(richTextToPlain(claimOn(imported, QUOTES.unemployment).rationale)).toBe('Check the labour statistics.');
    expect(richTextToPlain(claimOn(imported, 'exports tripled overnight').rationale)).toBe(
      'This sentence was in an earlier edition.',
    );
    expect(claimOn(imported, QUOTES.jobs).tags).toEqual(['jobs']);
    expect(imported.sources).toHaveLength(1);
    expect(imported.sources[0]).toMatchObject({
      url: 'https://stats.example/port-2024',
      title: 'Port statistics 2024',
      archiveUrl: 'https://archive.example/web/2026/https://stats.example/port-2024',
    });
    expect(imported.evidence).toHaveLength(1);
    expect(imported.evidence[0]).toMatchObject({
      claimId: cargo.id,
      sourceId: imported.sources[0]?.id,
      stance: 'context',
      quote: 'Volumes rose 12% in 2024.',
    });
    expect(cargo.createdBy).toEqual(ANALYST);
  });

  it('reuses a source the bundle already has for the same URL', () => {
    const again = importInto(MIXED, sampleBundle());
    expect(again.sources).toEqual([]);
    expect(again.evidence[0]?.sourceId).toBe('source-stats');
  });

  it('writes a valid bundle whose summary counts the orphan', () => {
    const read = readBundle(imported.bundleText);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const info = bundleInfo(read.bundle);
    expect(info.claims).toHaveLength(4);
    expect(info.claims.filter((claim) => claim.orphaned).map((claim) => claim.exact)).toEqual([
      'exports tripled overnight',
    ]);
  });

  it('adds nothing when the same file is imported again into the result', () => {
    const read = readBundle(imported.bundleText);
    if (!read.ok) throw new Error('invalid');
    const twice = importAnnotationsIntoBundle(read.bundle, MIXED, ANALYST, { now: NOW });
    if (!twice.ok) throw new Error('refused');
    // Every annotation is recognised by its id (urn:uuid or any other IRI): nothing is added twice.
    expect(twice.imported.skipped).toBe(4);
    expect(twice.imported.claims).toEqual([]);
  });
});

describe('our vocabulary and HTML rationales in a W3C file', () => {
  const evidenceId = 'urn:uuid:99999999-2222-4333-8444-555555555555';
  const withExtensions = (overrides: Record<string, unknown> = {}, body: unknown[] = []) => ({
    ...annotation,
    body: [
      {
        type: 'Choice',
        items: [
          {
            type: 'TextualBody',
            purpose: 'commenting',
            format: 'text/html',
            value:
              '<p><strong>Not</strong> <a href="https://jobs.example/">so</a><script>alert(1)</script><a href="javascript:alert(2)">click</a></p>',
          },
          { type: 'TextualBody', purpose: 'commenting', value: 'Not so' },
        ],
      },
      {
        id: evidenceId,
        type: 'SpecificResource',
        purpose: 'linking',
        'fcd:stance': 'refutes',
        source: { id: 'https://jobs.example/report', label: 'Jobs report' },
      },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: '<img src=x onerror=alert(3)> page 4',
        'fcd:noteOn': evidenceId,
      },
      ...body,
    ],
    'fcd:claimant': 'Jane Mayor',
    ...overrides,
  });

  it('brings back the claimant, the evidence stance and note, and the HTML rationale in the subset (no script, http(s) links only)', () => {
    const imported = importInto(JSON.stringify(withExtensions()));
    const claim = imported.claims[0];
    expect(claim?.claimant).toBe('Jane Mayor');
    expect(claim?.rationale).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Not', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' ' },
            { type: 'text', text: 'so', marks: [{ type: 'link', attrs: { href: 'https://jobs.example/' } }] },
            { type: 'text', text: 'click' },
          ],
        },
      ],
    });
    expect(imported.evidence).toHaveLength(1);
    expect(imported.evidence[0]).toMatchObject({ stance: 'refutes', note: '<img src=x onerror=alert(3)> page 4' });
    expect(imported.sources[0]).toMatchObject({ url: 'https://jobs.example/report', title: 'Jobs report' });
  });

  it('reads the terms written as full IRIs too', () => {
    const vocabulary = 'https://factcheck-desk.invalid/ns/annotation#';
    const file = {
      ...annotation,
      [`${vocabulary}claimant`]: 'Port Authority',
      body: [
        {
          id: evidenceId,
          type: 'SpecificResource',
          purpose: 'linking',
          [`${vocabulary}stance`]: 'supports',
          source: 'https://jobs.example/report',
        },
        { type: 'TextualBody', value: 'the table', [`${vocabulary}noteOn`]: { id: evidenceId } },
      ],
    };
    const imported = importInto(JSON.stringify(file));
    expect(imported.claims[0]?.claimant).toBe('Port Authority');
    expect(imported.evidence[0]).toMatchObject({ stance: 'supports', note: 'the table' });
  });

  it.each([
    ['an unknown stance', { 'fcd:stance': 'maybe' }, 'context'],
    ['a stance that is not text', { 'fcd:stance': { value: 'refutes' } }, 'context'],
  ])('takes %s as context', (_name, change, stance) => {
    const file = {
      ...annotation,
      body: [
        {
          id: evidenceId,
          type: 'SpecificResource',
          purpose: 'linking',
          source: 'https://jobs.example/report',
          ...change,
        },
      ],
    };
    expect(importInto(JSON.stringify(file)).evidence[0]?.stance).toBe(stance);
  });

  it('keeps a note whose evidence is not in the annotation (or not http(s)) as part of the rationale', () => {
    const file = {
      ...annotation,
      body: [
        { id: evidenceId, type: 'SpecificResource', purpose: 'linking', source: 'javascript:alert(1)' },
        { type: 'TextualBody', purpose: 'commenting', value: 'orphaned note', 'fcd:noteOn': evidenceId },
      ],
    };
    const imported = importInto(JSON.stringify(file));
    expect(imported.evidence).toEqual([]);
    expect(imported.droppedLinks).toBe(1);
    expect(richTextToPlain(imported.claims[0]?.rationale ?? { type: 'doc' })).toBe('orphaned note');
  });

  it('reports a text body over a million characters as an invalid annotation and imports the others', () => {
    const huge = {
      ...annotation,
      id: 'urn:uuid:77777777-2222-4333-8444-555555555555',
      body: { type: 'TextualBody', format: 'text/html', value: '<a'.repeat(500_001) },
    };
    const imported = importInto(JSON.stringify([huge, annotation]));
    expect(imported.claims).toHaveLength(1);
    expect(annotationProblemLines(imported.problems)).toEqual([
      'Annotation 1 (urn:uuid:77777777-2222-4333-8444-555555555555) at $[0]: a TextualBody is 1000002 characters long; bodies of up to 1000000 are read',
    ]);
  });

  it('ignores a claimant that is not text', () => {
    expect(importInto(JSON.stringify(withExtensions({ 'fcd:claimant': { name: 'x' } }))).claims[0]?.claimant).toBe('');
  });
});
