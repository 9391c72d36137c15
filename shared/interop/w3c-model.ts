/** The parts of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) that the app writes. */

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

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
  format: 'text/plain';
  language?: string;
}

/** A copy of the source as it was: the archived version of an evidence source. */
export interface W3cTimeState {
  type: 'TimeState';
  cached: string;
  sourceDate: string;
}

/** An evidence source: the web page (with its title as label), the passage quoted from it and its archived copy. */
export interface W3cLinkedSource {
  type: 'SpecificResource';
  purpose: 'linking';
  source: { id: string; type: 'Text'; label?: string };
  selector?: { type: 'TextQuoteSelector'; exact: string };
  state?: W3cTimeState;
}

export type W3cBody = W3cTextualBody | W3cLinkedSource;

export interface W3cTarget {
  type: 'SpecificResource';
  /** The document's URL, or a urn:uuid: naming a document that has none. */
  source: string;
  selector: Array<TextQuoteSelector | TextPositionSelector>;
}

export interface W3cAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: AnnotationPurpose | AnnotationPurpose[];
  creator: W3cAgent;
  created: string;
  modified: string;
  generator: W3cAgent;
  generated: string;
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
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: W3cPage;
  last?: string;
}
