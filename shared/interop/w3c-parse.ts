/**
 * Reads one W3C annotation into what the app can use: where it points (a quote and/or a code-point
 * position, from the first target that has one), its text bodies and its linked http(s) resources.
 * Unknown selectors, such as RangeSelector, are ignored; a malformed one makes the annotation invalid.
 */
import { isHttpUrl } from '../model/url';
import { htmlToText } from './html-text';
import { isObject, typesOf } from './w3c-read';

export interface ParsedQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface ParsedText {
  purposes: string[];
  value: string;
}

export interface ParsedLink {
  url: string;
  title: string;
  quote: string;
  archiveUrl: string | null;
}

export interface ParsedAnnotation {
  id: string | null;
  /** The target's source: a URL or URN naming the document. */
  source: string | null;
  quote: ParsedQuote | null;
  /** Unicode code points of the annotated text. */
  position: { start: number; end: number } | null;
  texts: ParsedText[];
  links: ParsedLink[];
  /** Linked resources left out because they are not http(s) (javascript:, data:, file: and the like). */
  droppedLinks: number;
}

export type ParseAnnotationResult = { ok: true; annotation: ParsedAnnotation } | { ok: false; message: string };

class InvalidAnnotation extends Error {}

/** The longest URL a source keeps (as the record schema allows). */
const MAX_URL_LENGTH = 4096;

function isLinkUrl(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_URL_LENGTH && isHttpUrl(value);
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The `id` (or `@id`) of a node, or the node itself when it is a string IRI. */
export function idOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return null;
  const id = value['id'] ?? value['@id'];
  return typeof id === 'string' ? id : null;
}

function quoteSelector(selector: Record<string, unknown>): ParsedQuote {
  const { exact, prefix, suffix } = selector;
  if (typeof exact !== 'string' || exact.trim().length === 0) throw new InvalidAnnotation('its TextQuoteSelector has no quote (exact)');
  if ((prefix !== undefined && typeof prefix !== 'string') || (suffix !== undefined && typeof suffix !== 'string')) {
    throw new InvalidAnnotation('the prefix and suffix of its TextQuoteSelector must be text');
  }
  return { exact, prefix: text(prefix), suffix: text(suffix) };
}

function positionSelector(selector: Record<string, unknown>): { start: number; end: number } {
  const { start, end } = selector;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) {
    throw new InvalidAnnotation(`its TextPositionSelector needs whole numbers 0 <= start < end, not ${JSON.stringify(start)}-${JSON.stringify(end)}`);
  }
  return { start: start as number, end: end as number };
}

/** The first target with a text selector, with what its selectors say. */
function targetSelectors(annotation: Record<string, unknown>): Pick<ParsedAnnotation, 'source' | 'quote' | 'position'> {
  if (annotation['target'] === undefined) throw new InvalidAnnotation('it has no target');
  for (const target of list(annotation['target'])) {
    if (!isObject(target)) continue;
    let quote: ParsedQuote | null = null;
    let position: { start: number; end: number } | null = null;
    for (const selector of list(target['selector'])) {
      const types = typesOf(selector);
      if (types.includes('TextQuoteSelector') && !quote) quote = quoteSelector(selector as Record<string, unknown>);
      else if (types.includes('TextPositionSelector') && !position) position = positionSelector(selector as Record<string, unknown>);
    }
    if (quote || position) return { source: idOf(target['source']) ?? idOf(target), quote, position };
  }
  throw new InvalidAnnotation('no target has a TextQuoteSelector or TextPositionSelector, so it cannot be placed in the text');
}

function purposesOf(value: unknown): string[] {
  return list(value).filter((item): item is string => typeof item === 'string');
}

function archiveOf(state: unknown): string | null {
  for (const item of list(state)) {
    const cached = isObject(item) ? list(item['cached']).find(isLinkUrl) : undefined;
    if (cached) return cached.trim();
  }
  return null;
}

function titleOf(...nodes: unknown[]): string {
  for (const node of nodes) {
    if (!isObject(node)) continue;
    for (const key of ['label', 'title', 'name']) {
      const value = list(node[key]).find((item): item is string => typeof item === 'string' && item.trim().length > 0);
      if (value) return value.trim().slice(0, 2000);
    }
  }
  return '';
}

/** Adds what one body brings: a text (TextualBody or embedded value) or a linked resource; choices give their first option. */
function readBody(body: unknown, into: Pick<ParsedAnnotation, 'texts' | 'links' | 'droppedLinks'>, inherited: string[] = []): void {
  if (typeof body === 'string') {
    if (isLinkUrl(body)) into.links.push({ url: body.trim(), title: '', quote: '', archiveUrl: null });
    else into.droppedLinks += 1;
    return;
  }
  if (!isObject(body)) throw new InvalidAnnotation(`a body is ${body === null ? 'null' : typeof body}, not a resource`);
  const types = typesOf(body);
  const purposes = purposesOf(body['purpose']).concat(inherited);
  if (types.includes('Choice')) return readBody(list(body['items'])[0], into, purposes);
  if (types.some((type) => type === 'Composite' || type === 'List' || type === 'Independents')) {
    for (const item of list(body['items'])) readBody(item, into, purposes);
    return;
  }
  if (types.includes('TextualBody') || (idOf(body) === null && body['value'] !== undefined)) {
    if (typeof body['value'] !== 'string') throw new InvalidAnnotation('a TextualBody has no text value');
    const value = /html/i.test(text(body['format'])) ? htmlToText(body['value']) : body['value'].trim();
    if (value) into.texts.push({ purposes, value });
    return;
  }
  const source = types.includes('SpecificResource') ? body['source'] : body;
  if (isObject(source) && typeof source['value'] === 'string' && idOf(source) === null) return readBody({ ...source, type: 'TextualBody', purpose: purposes }, into);
  const url = idOf(source);
  if (!isLinkUrl(url)) {
    into.droppedLinks += 1;
    return;
  }
  const quote = list(body['selector']).find((selector) => typesOf(selector).includes('TextQuoteSelector'));
  into.links.push({ url: url.trim(), title: titleOf(source, body), quote: isObject(quote) ? text(quote['exact']).trim() : '', archiveUrl: archiveOf(body['state']) });
}

/** What one annotation says, or why it cannot be imported. */
export function parseAnnotation(value: unknown): ParseAnnotationResult {
  try {
    if (!isObject(value)) throw new InvalidAnnotation(`expected an Annotation (an object), found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
    const types = typesOf(value);
    if (!types.includes('Annotation')) throw new InvalidAnnotation(types.length === 0 ? 'it has no type; expected "Annotation"' : `its type is ${types.map((type) => `"${type}"`).join(', ')}, not "Annotation"`);
    const id = idOf(value);
    const annotation: ParsedAnnotation = { id, ...targetSelectors(value), texts: [], links: [], droppedLinks: 0 };
    for (const body of list(value['body'])) readBody(body, annotation);
    for (const bodyValue of list(value['bodyValue'])) {
      if (typeof bodyValue === 'string' && bodyValue.trim()) annotation.texts.push({ purposes: [], value: bodyValue.trim() });
    }
    return { ok: true, annotation };
  } catch (error) {
    if (error instanceof InvalidAnnotation) return { ok: false, message: error.message };
    throw error;
  }
}
