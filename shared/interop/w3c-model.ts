/** The parts of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) that the app writes. */

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Our extension vocabulary (docs/format.md, "W3C Web Annotation"): the claimant of a claim, the stance
 * of an evidence link and which evidence a note belongs to. Its terms are compact IRIs under the `fcd`
 * prefix, which the collection's second context defines; tools that do not know them ignore them.
 */
export const FACTCHECK_VOCABULARY = 'https://factcheck-desk.invalid/ns/annotation#';
export const CLAIMANT_TERM = 'fcd:claimant';
export const STANCE_TERM = 'fcd:stance';
export const NOTE_ON_TERM = 'fcd:noteOn';

/** The model's context first (as it requires), then the definition of our prefix and the one term that names a resource. */
export const EXPORT_CONTEXT = [
  ANNOTATION_CONTEXT,
  { fcd: FACTCHECK_VOCABULARY, [NOTE_ON_TERM]: { '@type': '@id' } },
] as const;
export type ExportContext = typeof EXPORT_CONTEXT;

/** Motivations and body purposes the app uses: the verdict assesses, the rationale comments, sources link. */
export type AnnotationPurpose = 'assessing' | 'commenting' | 'describing' | 'tagging' | 'linking' | 'highlighting';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets in Unicode code points of the canonical text, as the model requires. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface W3cAgent {
  id?: string;
  type: 'Person' | 'Software';
  name: string;
}

export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: AnnotationPurpose;
  value: string;
  /** Plain text, or for the rationale also sanitised HTML (escaped text, http(s) links only, no script). */
  format: 'text/plain' | 'text/html';
  language?: string;
  /** On an evidence note: the id of the evidence body it belongs to. */
  [NOTE_ON_TERM]?: string;
}

/** The rationale twice, to choose from: as HTML (its formatting and links) and as plain text. */
export interface W3cChoice {
  type: 'Choice';
  items: W3cTextualBody[];
}

/** A copy of the source as it was: the archived version of an evidence source. */
export interface W3cTimeState {
  type: 'TimeState';
  cached: string;
  sourceDate: string;
}

/** An evidence source: the web page (with its title as label), the passage quoted from it and its archived copy. */
export interface W3cLinkedSource {
  /** A urn:uuid naming the evidence link, which its note points at. */
  id: string;
  type: 'SpecificResource';
  purpose: 'linking';
  /** supports, refutes or context: how the source bears on the claim. */
  [STANCE_TERM]: 'supports' | 'refutes' | 'context';
  source: { id: string; type: 'Text'; label?: string };
  selector?: { type: 'TextQuoteSelector'; exact: string };
  state?: W3cTimeState;
}

/** A tag that is a resource (a vocabulary term or a Wikidata item): its IRI as the source. */
export interface W3cTagResource {
  type: 'SpecificResource';
  purpose: 'tagging';
  source: string;
}

export type W3cBody = W3cTextualBody | W3cChoice | W3cLinkedSource | W3cTagResource;

export interface W3cTarget {
  type: 'SpecificResource';
  /** The document's URL, or a urn:uuid: naming a document that has none. */
  source: string;
  selector: Array<TextQuoteSelector | TextPositionSelector>;
}

export interface W3cAnnotation {
  '@context'?: ExportContext;
  id: string;
  type: 'Annotation';
  motivation: AnnotationPurpose | AnnotationPurpose[];
  creator: W3cAgent;
  created: string;
  modified: string;
  generator: W3cAgent;
  generated: string;
  /** Who made the claim, as the checker names them. */
  [CLAIMANT_TERM]?: string;
  body?: W3cBody[];
  target: W3cTarget;
}

export interface W3cPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: number;
  items: W3cAnnotation[];
  /** The following page, embedded, so that one file holds the whole collection. */
  next?: W3cPage;
  prev?: string;
}

export interface W3cCollection {
  '@context': ExportContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: W3cPage;
  last?: string;
}

/** An annotation on its own (outside a collection): its own @context, and its target in a list, as tools that read arrays of annotations expect. */
export interface W3cListedAnnotation extends Omit<W3cAnnotation, '@context' | 'target'> {
  '@context': ExportContext;
  target: W3cTarget[];
}
