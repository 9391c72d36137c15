// The W3C export field by field: ids, motivations, agents, dates, bodies with purposes, evidence resources, targets and code-point selectors.
import { describe, expect, it } from 'vitest';
import { makeTarget } from '../../../../shared';
import {
  codePointIndex,
  documentView,
  targetSelectors,
  uuidFor,
  uuidUrn,
  w3cCollection,
  type W3cAnnotation,
  type W3cCollection,
} from '../../../../shared/interop';
import { ANALYST, ARTICLE, NOW, QUOTES, sampleBundle } from '../../../fixtures/w3c/sample-bundle';

const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function items(collection: W3cCollection): W3cAnnotation[] {
  const found: W3cAnnotation[] = [];
  for (let page = collection.first; page; page = page.next) found.push(...page.items);
  return found;
}

function byQuote(collection: W3cCollection, exact: string): W3cAnnotation {
  const annotation = items(collection).find(
    (item) => item.target.selector[0]?.type === 'TextQuoteSelector' && item.target.selector[0].exact === exact,
  );
  if (!annotation) throw new Error(`no annotation quotes "${exact}"`);
  return annotation;
}

/** The substring between two code-point offsets, counted the way the W3C model counts. */
function codePointSlice(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

describe('the W3C AnnotationCollection of a document', () => {
  const view = documentView(sampleBundle());
  const collection = w3cCollection(view, { now: NOW });

  it('is a collection with the model’s @context, a urn:uuid id, a label and the number of live claims', () => {
    expect(collection['@context']).toEqual([
      'http://www.w3.org/ns/anno.jsonld',
      { fcd: 'https://factcheck-desk.invalid/ns/annotation#', 'fcd:noteOn': { '@type': '@id' } },
    ]);
    expect(collection).toMatchObject({
      type: 'AnnotationCollection',
      label: 'Claims in “Harbour traffic report 🚢”',
      total: 6,
    });
    expect(collection.id).toMatch(UUID_URN);
    expect(collection.first).toMatchObject({ type: 'AnnotationPage', partOf: collection.id, startIndex: 0 });
    expect(collection.last).toBe(collection.first?.id);
    expect(items(collection).map((item) => item.id)).not.toContain(uuidUrn('claim-deleted'));
  });

  it('gives each claim one Annotation with a stable urn:uuid id, its creator, dates and the generator', () => {
    const annotation = byQuote(collection, QUOTES.jobs);
    expect(annotation.id).toBe('urn:uuid:0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a');
    expect(byQuote(collection, QUOTES.cargo).id).toBe(`urn:uuid:${uuidFor('claim-cargo')}`);
    expect(byQuote(collection, QUOTES.cargo).id).toMatch(UUID_URN);
    expect(w3cCollection(view, { now: NOW })).toEqual(collection);
    expect(annotation).toMatchObject({
      type: 'Annotation',
      creator: { id: `urn:uuid:${ANALYST.id}`, type: 'Person', name: 'Ana Analyst' },
      created: NOW.toISOString(),
      modified: NOW.toISOString(),
      generator: { type: 'Software', name: 'Factcheck Desk' },
      generated: NOW.toISOString(),
    });
    expect(annotation['@context']).toBeUndefined();
  });

  it('writes the verdict (assessing), wording (describing), rationale (commenting, HTML or text), tags and evidence (linking, with stance and note) as bodies', () => {
    const annotation = byQuote(collection, QUOTES.cargo);
    expect(annotation.motivation).toEqual(['assessing', 'describing', 'commenting', 'tagging', 'linking']);
    expect(annotation['fcd:claimant']).toBe('Port Authority');
    expect(annotation.body).toEqual([
      { type: 'TextualBody', purpose: 'assessing', value: 'False', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'describing', value: 'Cargo volumes doubled in 2024', format: 'text/plain' },
      {
        type: 'Choice',
        items: [
          {
            type: 'TextualBody',
            purpose: 'commenting',
            value:
              '<p>Port statistics show a <strong>12% rise</strong>, not a doubling.</p><p>See the <a href="https://port.example/annual-2024" rel="noopener noreferrer">annual report</a></p><ul><li><p>Volumes: 1.2 million TEU</p></li></ul>',
            format: 'text/html',
          },
          {
            type: 'TextualBody',
            purpose: 'commenting',
            value:
              'Port statistics show a 12% rise, not a doubling.\nSee the annual report\n- Volumes: 1.2 million TEU',
            format: 'text/plain',
          },
        ],
      },
      { type: 'TextualBody', purpose: 'tagging', value: 'economy', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'port', format: 'text/plain' },
      {
        id: uuidUrn('evidence-cargo-stats'),
        type: 'SpecificResource',
        purpose: 'linking',
        'fcd:stance': 'refutes',
        source: { id: 'https://stats.example/port-2024', type: 'Text', label: 'Port statistics 2024' },
        selector: { type: 'TextQuoteSelector', exact: 'Volumes rose 12% in 2024.' },
        state: {
          type: 'TimeState',
          cached: 'https://archive.example/web/2026/https://stats.example/port-2024',
          sourceDate: NOW.toISOString(),
        },
      },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'Table 3',
        format: 'text/plain',
        'fcd:noteOn': uuidUrn('evidence-cargo-stats'),
      },
    ]);
  });

  it('writes no claimant, stance note or rationale where the claim has none', () => {
    const jobs = byQuote(collection, QUOTES.jobs);
    expect(jobs['fcd:claimant']).toBe('Jane Mayor');
    expect(
      jobs.body
        ?.filter((body) => body.type !== 'SpecificResource')
        .map((body) => body.type === 'TextualBody' && body.purpose),
    ).toEqual(['assessing', 'describing']);
    expect(jobs.body?.find((body) => body.type === 'SpecificResource')).toMatchObject({ 'fcd:stance': 'context' });
    const orphan = byQuote(collection, 'a sentence that was removed');
    expect(Object.keys(orphan)).not.toContain('fcd:claimant');
  });

  it('motivates a claim with no verdict, text or source as highlighting, with no body', () => {
    const orphan = byQuote(collection, 'a sentence that was removed');
    expect(orphan.motivation).toBe('highlighting');
    expect(orphan.body).toBeUndefined();
  });

  it('targets the document URL with a quote selector and a position selector in code points, emoji before the claim included', () => {
    for (const exact of Object.values(QUOTES)) {
      const { target } = byQuote(collection, exact);
      expect(target.type).toBe('SpecificResource');
      expect(target.source).toBe('https://news.example/harbour');
      const [quote, position] = target.selector;
      expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact });
      if (position?.type !== 'TextPositionSelector') throw new Error('no position selector');
      expect(codePointSlice(view.document.text, position.start, position.end)).toBe(exact);
      // The UTF-16 offsets differ by the emoji before the quote (each two units, one code point).
      const utf16 = view.document.text.indexOf(exact);
      expect(utf16 - position.start).toBeGreaterThan(0);
      expect(
        quote?.type === 'TextQuoteSelector' &&
          codePointSlice(view.document.text, position.start - [...quote.prefix].length, position.start),
      ).toBe(quote?.type === 'TextQuoteSelector' ? quote.prefix : '');
    }
    expect(ARTICLE).toContain('👩‍⚖️');
    const jobs = byQuote(collection, QUOTES.jobs).target.selector[1];
    // 🚢, 🎉 and 👩 lie outside the Basic Multilingual Plane: two UTF-16 units, one code point each (the joiner, ⚖ and its variation selector are one unit each).
    const utf16Start = view.document.text.indexOf(QUOTES.jobs);
    expect(jobs).toEqual({
      type: 'TextPositionSelector',
      start: utf16Start - 3,
      end: utf16Start - 3 + QUOTES.jobs.length,
    });
  });

  it('keeps whole characters in the context when the stored 32 units cut an emoji in half', () => {
    const text = `🚀${'x'.repeat(31)}the quote${'y'.repeat(31)}🛰 end`;
    const start = text.indexOf('the quote');
    const target = makeTarget(text, start, start + 'the quote'.length);
    expect(target.prefix).toMatch(/^[\uDC00-\uDFFF]/);
    expect(target.suffix).toMatch(/[\uD800-\uDBFF]$/);
    const [quote, position] = targetSelectors(codePointIndex(text), target);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'the quote',
      prefix: 'x'.repeat(31),
      suffix: 'y'.repeat(31),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 32, end: 41 });
  });

  it('gives an orphan its quote and context only, since its offsets belong to another text', () => {
    expect(byQuote(collection, 'a sentence that was removed').target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'a sentence that was removed', prefix: 'before ', suffix: ' after' },
    ]);
  });

  it('names a document without a URL by a urn:uuid made from its id', () => {
    const noUrl = w3cCollection(documentView(sampleBundle({ url: null })), { now: NOW });
    expect(items(noUrl)[0]?.target.source).toBe(uuidUrn('doc-harbour'));
    expect(items(noUrl)[0]?.target.source).toMatch(UUID_URN);
  });

  it('splits the annotations into pages embedded one in the next, linked both ways', () => {
    const paged = w3cCollection(view, { now: NOW, pageSize: 4 });
    const first = paged.first;
    expect(first?.items).toHaveLength(4);
    expect(first?.next).toMatchObject({ type: 'AnnotationPage', startIndex: 4, prev: first?.id, partOf: paged.id });
    expect(first?.next?.items).toHaveLength(2);
    expect(paged.last).toBe(first?.next?.id);
    expect(items(paged)).toEqual(items(collection));
  });

  it('writes an empty collection, without pages, for a document with no claims', () => {
    const empty = w3cCollection({ ...view, claims: [] }, { now: NOW });
    expect(empty.total).toBe(0);
    expect(empty.first).toBeUndefined();
  });
});
