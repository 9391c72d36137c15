/** Writes a document's claims as a W3C AnnotationCollection: one Annotation per live claim, with code-point text selectors. */
import { GENERATOR } from '../exchange/create-bundle';
import type { Analyst, FactDocument, Target } from '../model/schema';
import { isHttpUrl } from '../model/url';
import { isRichTextEmpty, richTextToHtml, richTextToPlain } from '../richtext/convert';
import type { RichText } from '../richtext/schema';
import { findStep } from '../scales/presets';
import { codePointIndex, type CodePointIndex } from './code-point-index';
import type { ClaimItem, DocumentView } from './document-view';
import { jsonForEmbedding } from './json-text';
import { exportUrl, uuidUrn } from './identifiers';
import {
  CLAIMANT_TERM,
  EXPORT_CONTEXT,
  NOTE_ON_TERM,
  STANCE_TERM,
  type AnnotationPurpose,
  type TextPositionSelector,
  type TextQuoteSelector,
  type W3cAgent,
  type W3cAnnotation,
  type W3cBody,
  type W3cChoice,
  type W3cCollection,
  type W3cLinkedSource,
  type W3cListedAnnotation,
  type W3cPage,
  type W3cTextualBody,
} from './w3c-model';

export const DEFAULT_PAGE_SIZE = 1000;

export interface W3cExportOptions {
  /** Annotations per AnnotationPage. */
  pageSize?: number;
  /** When the export is made (the annotations' `generated`). */
  now?: Date;
}

const generator: W3cAgent = { type: 'Software', name: GENERATOR };

/** What a target names when the document has no URL: a URN made from the document's id. */
export function documentSourceIri(document: FactDocument): string {
  return exportUrl(document.url) ?? uuidUrn(document.id);
}

function agent(analyst: Analyst): W3cAgent {
  return { id: uuidUrn(analyst.id), type: 'Person', name: analyst.name };
}

/** Context cut at 32 UTF-16 units may start or end inside a surrogate pair; selectors carry whole characters. */
function wholeCharacters(text: string): string {
  return text.replace(/^[\uDC00-\uDFFF]/, '').replace(/[\uD800-\uDBFF]$/, '');
}

/** The quote and, unless the claim is an orphan (its offsets then belong to another text), its position in code points. */
export function targetSelectors(
  positions: CodePointIndex,
  target: Target,
): Array<TextQuoteSelector | TextPositionSelector> {
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: target.exact,
    prefix: wholeCharacters(target.prefix),
    suffix: wholeCharacters(target.suffix),
  };
  if (target.orphaned) return [quote];
  return [
    quote,
    {
      type: 'TextPositionSelector',
      start: positions.toCodePoint(target.start),
      end: positions.toCodePoint(target.end),
    },
  ];
}

function linkedSource({ evidence, source }: ClaimItem['evidence'][number], url: string): W3cLinkedSource {
  const body: W3cLinkedSource = {
    id: uuidUrn(evidence.id),
    type: 'SpecificResource',
    purpose: 'linking',
    [STANCE_TERM]: evidence.stance,
    source: { id: url, type: 'Text' },
  };
  if (source.title.trim()) body.source.label = source.title;
  if (evidence.quote.trim()) body.selector = { type: 'TextQuoteSelector', exact: evidence.quote };
  const archive = exportUrl(source.archiveUrl);
  if (archive) body.state = { type: 'TimeState', cached: archive, sourceDate: source.accessedAt };
  return body;
}

function textBody(purpose: AnnotationPurpose, value: string): W3cTextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

/**
 * The rationale as a choice of HTML (formatting and links kept; every text escaped, http(s) links only,
 * no script, see richTextToHtml) and plain text, for tools that show only text.
 */
function rationaleBody(rationale: RichText): W3cChoice | null {
  if (isRichTextEmpty(rationale)) return null;
  return {
    type: 'Choice',
    items: [
      { type: 'TextualBody', purpose: 'commenting', value: richTextToHtml(rationale), format: 'text/html' },
      textBody('commenting', richTextToPlain(rationale)),
    ],
  };
}

/** An evidence note: a comment any tool can show, pointing (in our vocabulary) at the evidence body it belongs to. */
function evidenceNote(note: string, evidenceId: string): W3cTextualBody {
  return { ...textBody('commenting', note), [NOTE_ON_TERM]: evidenceId };
}

/** The purposes a body gives the annotation's motivation; a choice gives those of its options. */
function purposesOf(body: W3cBody): AnnotationPurpose[] {
  return body.type === 'Choice' ? body.items.map((item) => item.purpose) : [body.purpose];
}

/** The bodies of a claim: verdict, wording, rationale, tags, then each evidence source as a linked resource followed by its note. */
export function claimBodies(item: ClaimItem, view: Pick<DocumentView, 'scales'>): W3cBody[] {
  const { claim } = item;
  const bodies: W3cBody[] = [];
  const step = claim.verdict ? findStep(view.scales.get(claim.verdict.scaleId), claim.verdict.stepId) : null;
  if (step) bodies.push(textBody('assessing', step.label));
  if (claim.text.trim()) bodies.push(textBody('describing', claim.text));
  const rationale = rationaleBody(claim.rationale);
  if (rationale) bodies.push(rationale);
  for (const tag of claim.tags)
    bodies.push(
      isHttpUrl(tag) ? { type: 'SpecificResource', purpose: 'tagging', source: tag } : textBody('tagging', tag),
    );
  for (const link of item.evidence) {
    const url = exportUrl(link.source.url);
    if (!url) continue;
    const resource = linkedSource(link, url);
    bodies.push(resource);
    if (link.evidence.note.trim()) bodies.push(evidenceNote(link.evidence.note, resource.id));
  }
  return bodies;
}

/** The Annotation of one claim; inside a collection it takes the collection's @context. */
export function claimAnnotation(
  item: ClaimItem,
  view: DocumentView,
  generated: string,
  positions: CodePointIndex = codePointIndex(view.document.text),
): W3cAnnotation {
  const { claim } = item;
  const body = claimBodies(item, view);
  const purposes = [...new Set(body.flatMap(purposesOf))];
  const annotation: W3cAnnotation = {
    id: uuidUrn(claim.id),
    type: 'Annotation',
    motivation:
      purposes.length === 0 ? 'highlighting' : purposes.length === 1 ? (purposes[0] as AnnotationPurpose) : purposes,
    creator: agent(claim.createdBy),
    created: claim.createdAt,
    modified: claim.updatedAt,
    generator,
    generated,
    target: {
      type: 'SpecificResource',
      source: documentSourceIri(view.document),
      selector: targetSelectors(positions, claim.target),
    },
  };
  if (claim.claimant.trim()) annotation[CLAIMANT_TERM] = claim.claimant.trim();
  if (body.length > 0) annotation.body = body;
  return annotation;
}

/** The AnnotationCollection of a document: its pages embedded one in the next, so one file holds them all. */
export function w3cCollection(view: DocumentView, options: W3cExportOptions = {}): W3cCollection {
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE));
  const generated = (options.now ?? new Date()).toISOString();
  const id = uuidUrn(`${view.document.id}#annotations`);
  const positions = codePointIndex(view.document.text);
  const annotations = view.claims.map((item) => claimAnnotation(item, view, generated, positions));
  const collection: W3cCollection = {
    '@context': EXPORT_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Claims in “${view.document.title}”`,
    total: annotations.length,
  };
  const pageCount = Math.ceil(annotations.length / pageSize);
  const pageId = (index: number) => uuidUrn(`${view.document.id}#annotations-page-${index + 1}`);
  let next: W3cPage | undefined;
  for (let index = pageCount - 1; index >= 0; index -= 1) {
    const page: W3cPage = {
      id: pageId(index),
      type: 'AnnotationPage',
      partOf: id,
      startIndex: index * pageSize,
      items: annotations.slice(index * pageSize, (index + 1) * pageSize),
    };
    if (next) page.next = next;
    if (index > 0) page.prev = pageId(index - 1);
    next = page;
  }
  if (next) {
    collection.first = next;
    collection.last = pageId(pageCount - 1);
  }
  return collection;
}

/**
 * The annotations as a plain JSON array, each on its own with its @context and its target in a list:
 * the shape that tools reading an array of annotations (Recogito, Annotorious) expect.
 */
export function w3cAnnotationList(view: DocumentView, options: W3cExportOptions = {}): W3cListedAnnotation[] {
  const generated = (options.now ?? new Date()).toISOString();
  const positions = codePointIndex(view.document.text);
  return view.claims.map((item) => {
    const { target, ...annotation } = claimAnnotation(item, view, generated, positions);
    return { '@context': EXPORT_CONTEXT, ...annotation, target: [target] };
  });
}

/** Collections larger than this are written compact rather than pretty-printed. */
const PRETTY_LIMIT = 1000;

/** The collection as file text: indented for people, compact when it holds thousands of annotations. */
export function serialiseW3c(collection: W3cCollection | W3cListedAnnotation[]): string {
  const count = Array.isArray(collection) ? collection.length : collection.total;
  return jsonForEmbedding(collection, count <= PRETTY_LIMIT);
}
