// Exports for the peers: the Hypothesis file passes the checks its client's import makes and reads the fields it keeps; the W3C
// list holds standalone annotations with target arrays; both come back into the app on the same words, and a second import adds nothing.
import { describe, expect, it } from 'vitest';
import { readBundle, richTextToPlain, serialiseBundle, type Bundle } from '../../../../shared';
import {
  documentView,
  importAnnotationsIntoBundle,
  renderExport,
  uuidFor,
  type HypothesisExport,
  type W3cListedAnnotation,
} from '../../../../shared/interop';
import { ANALYST, NOW, QUOTES, sampleBundle } from '../../../fixtures/w3c/sample-bundle';

const view = documentView(sampleBundle());
const hypothesis = renderExport('hypothesis', view, { now: NOW });
const list = renderExport('w3c-list', view, { now: NOW });

function reimport(fileText: string, into: Bundle = sampleBundle({ withClaims: false })) {
  const result = importAnnotationsIntoBundle(into, fileText, { id: 'importer', name: 'Ima Importer' }, { now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const read = readBundle(serialiseBundle(result.bundle));
  if (!read.ok) throw new Error('invalid bundle');
  return { imported: result.imported, bundle: read.bundle };
}

/** What Hypothesis's client checks and reads when it imports a file (its readExportFile and import service). */
function hypothesisClientAccepts(json: unknown): string[] {
  const problems: string[] = [];
  if (
    json === null ||
    typeof json !== 'object' ||
    Array.isArray(json) ||
    !Array.isArray((json as HypothesisExport).annotations)
  )
    return ['Not a valid Hypothesis JSON file'];
  for (const [index, annotation] of (json as HypothesisExport).annotations.entries()) {
    const at = `annotations[${index}]`;
    if (!Array.isArray(annotation.permissions?.read)) problems.push(`${at}: permissions.read`);
    if (!Array.isArray(annotation.tags) || annotation.tags.some((tag) => typeof tag !== 'string'))
      problems.push(`${at}: tags`);
    if (typeof annotation.text !== 'string') problems.push(`${at}: text`);
    if (typeof annotation.uri !== 'string') problems.push(`${at}: uri`);
    if (!Array.isArray(annotation.document?.title)) problems.push(`${at}: document.title`);
    const target = annotation.target?.[0];
    const quote = target?.selector?.find((selector) => selector.type === 'TextQuoteSelector');
    if (!target || typeof target.source !== 'string' || !quote) problems.push(`${at}: target with a TextQuoteSelector`);
    if (Number.isNaN(Date.parse(annotation.created)) || Number.isNaN(Date.parse(annotation.updated)))
      problems.push(`${at}: created/updated`);
    if (!/^acct:[A-Za-z0-9._]{3,30}@.+$/.test(annotation.user)) problems.push(`${at}: user`);
  }
  return problems;
}

describe('the Hypothesis export', () => {
  const file = JSON.parse(hypothesis.content) as HypothesisExport;

  it('is a file Hypothesis’s client import accepts, one annotation per live claim', () => {
    expect(hypothesis.fileName).toBe('harbour-traffic-report.hypothesis.json');
    expect(hypothesisClientAccepts(file)).toEqual([]);
    expect(file.annotations).toHaveLength(view.claims.length);
    expect(file).toMatchObject({
      export_date: NOW.toISOString(),
      export_userid: 'acct:Ana_Analyst@factcheck-desk.invalid',
    });
  });

  it('refuses what the client would refuse (the check is not vacuous)', () => {
    expect(hypothesisClientAccepts([file.annotations[0]])).toEqual(['Not a valid Hypothesis JSON file']);
    const broken = {
      ...file,
      annotations: [{ ...file.annotations[0], permissions: {}, target: [{ source: 'x', selector: [] }] }],
    };
    expect(hypothesisClientAccepts(broken)).toEqual([
      'annotations[0]: permissions.read',
      'annotations[0]: target with a TextQuoteSelector',
    ]);
  });

  it('puts the quote, its UTF-16 position, the tags and the verdict, wording, claimant, rationale and sources into the fields Hypothesis keeps', () => {
    const cargo = file.annotations.find(
      (annotation) =>
        annotation.target[0]?.selector[0]?.type === 'TextQuoteSelector' &&
        annotation.target[0].selector[0].exact === QUOTES.cargo,
    );
    const start = view.document.text.indexOf(QUOTES.cargo);
    expect(cargo?.target[0]?.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start,
      end: start + QUOTES.cargo.length,
    });
    expect(cargo?.uri).toBe('https://news.example/harbour');
    expect(cargo?.tags).toEqual(['economy', 'port']);
    expect(cargo?.text).toBe(
      [
        '**Verdict:** False\\\n**Claim:** Cargo volumes doubled in 2024\\\n**Claimant:** Port Authority',
        'Port statistics show a **12% rise**, not a doubling.',
        'See the [annual report](<https://port.example/annual-2024>)',
        '- Volumes: 1.2 million TEU',
        '**Sources:**\n\n- [Port statistics 2024](<https://stats.example/port-2024>) (refutes): Table 3',
      ].join('\n\n'),
    );
    expect(cargo?.id).toBe(uuidFor('claim-cargo'));
    expect(cargo?.user_info.display_name).toBe(ANALYST.name);
  });

  it('comes back into the app on the same words, with its author, and adds nothing the second time', () => {
    const { imported, bundle } = reimport(hypothesis.content);
    expect(imported).toMatchObject({ kind: 'hypothesis-export', anchored: 5, orphans: 1, otherSourceAnchored: 0 });
    // An orphan keeps its words; its offsets belong to another text.
    const place = (target: { exact: string; start: number; orphaned?: boolean }) => [
      target.exact,
      target.orphaned ? 'orphan' : target.start,
    ];
    expect(imported.claims.map((claim) => place(claim.target)).sort()).toEqual(
      view.claims.map(({ claim }) => place(claim.target)).sort(),
    );
    const cargo = imported.claims.find((claim) => claim.target.exact === QUOTES.cargo);
    expect(cargo?.createdBy.name).toBe(ANALYST.name);
    expect(richTextToPlain(cargo?.rationale ?? { type: 'doc' })).toContain('Verdict: False');
    expect(reimport(hypothesis.content, bundle).imported).toMatchObject({ claims: [], skipped: 6 });
  });
});

describe('our exports imported back into the bundle they came from', () => {
  it.each(['w3c', 'w3c-list', 'hypothesis'] as const)(
    'the %s export adds nothing: every claim is recognised, whether its id is a UUID or not',
    (format) => {
      const { imported } = reimport(renderExport(format, view, { now: NOW }).content, sampleBundle());
      expect(imported).toMatchObject({ claims: [], skipped: 6 });
    },
  );
});

describe('the W3C list export', () => {
  const annotations = JSON.parse(list.content) as W3cListedAnnotation[];

  it('is an array of standalone annotations with target arrays', () => {
    expect(list.fileName).toBe('harbour-traffic-report.annotations.json');
    expect(annotations).toHaveLength(view.claims.length);
    for (const annotation of annotations) {
      expect(annotation['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(annotation.target).toHaveLength(1);
      expect(annotation.target[0]?.source).toBe('https://news.example/harbour');
    }
  });

  it('comes back as the collection does: same claims, same words, same authors; a second import adds nothing', () => {
    const fromList = reimport(list.content);
    const fromCollection = reimport(renderExport('w3c', view, { now: NOW }).content).imported;
    const shape = (claims: typeof fromCollection.claims) =>
      claims.map((claim) => ({ ...claim, sync: undefined })).sort((a, b) => a.id.localeCompare(b.id));
    expect(shape(fromList.imported.claims)).toEqual(shape(fromCollection.claims));
    expect(fromList.imported.claims.every((claim) => claim.createdBy.id === ANALYST.id)).toBe(true);
    expect(reimport(list.content, fromList.bundle).imported).toMatchObject({ claims: [], skipped: 6 });
  });
});
