/**
 * Reads one W3C annotation into what the app can use: where it points (a quote and/or a code-point
 * position, from the first target that has one), its text bodies and its linked http(s) resources.
 * Unknown selectors, such as RangeSelector, are ignored; a malformed one makes the annotation invalid.
 */
import { isHttpUrl } from '../model/url';
import { stances, type Stance } from '../model/schema';
import { htmlToText } from './html-text';
import { CLAIMANT_TERM, FACTCHECK_VOCABULARY, NOTE_ON_TERM, STANCE_TERM } from './w3c-model';
import { isObject, typesOf } from './w3c-read';

export interface ParsedQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface ParsedText {
  purposes: string[];
  /** The text, tags dropped when it came as HTML. */
  value: string;
  /** The HTML as written, when the body's format was HTML (only ever turned into the rationale subset). */
  html: string | null;
}

export interface ParsedLink {
  /** The linked resource's own id, which an evidence note may point at. */
  id: string | null;
  url: string;
  title: string;
  quote: string;
  archiveUrl: string | null;
  /** How the source bears on the claim (our vocabulary), when the file says. */
  stance: Stance | null;
  /** The comments that point at this resource (our vocabulary): the evidence note. */
  note: string;
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
  /** Who made the claim (our vocabulary), when the file says. */
  claimant: string | null;
}

export type ParseAnnotationResult = { ok: true; annotation: ParsedAnnotation } | { ok: false; message: string };

class InvalidAnnotation extends Error {}

/** The longest text body read; a rationale keeps at most 100,000 characters. */
const MAX_TEXT_LENGTH = 1_000_000;

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
  if (typeof exact !== 'string' || exact.trim().length === 0)
    throw new InvalidAnnotation('its TextQuoteSelector has no quote (exact)');
  if ((prefix !== undefined && typeof prefix !== 'string') || (suffix !== undefined && typeof suffix !== 'string')) {
    throw new InvalidAnnotation('the prefix and suffix of its TextQuoteSelector must be text');
  }
  return { exact, prefix: text(prefix), suffix: text(suffix) };
}

function positionSelector(selector: Record<string, unknown>): { start: number; end: number } {
  const { start, end } = selector;
  if (
    !Number.isSafeInteger(start) ||
    !Number.isSafeInteger(end) ||
    (start as number) < 0 ||
    (end as number) <= (start as number)
  ) {
    throw new InvalidAnnotation(
      `its TextPositionSelector needs whole numbers 0 <= start < end, not ${JSON.stringify(start)}-${JSON.stringify(end)}`,
    );
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
      else if (types.includes('TextPositionSelector') && !position)
        position = positionSelector(selector as Record<string, unknown>);
    }
    if (quote || position) return { source: idOf(target['source']) ?? idOf(target), quote, position };
  }
  throw new InvalidAnnotation(
    'no target has a TextQuoteSelector or TextPositionSelector, so it cannot be placed in the text',
  );
}

/** A property of our vocabulary, written as its compact term (`fcd:stance`) or its full IRI. */
function extension(node: Record<string, unknown>, term: string): unknown {
  return node[term] ?? node[`${FACTCHECK_VOCABULARY}${term.slice(term.indexOf(':') + 1)}`];
}

function stanceOf(value: unknown): Stance | null {
  const stance = list(value).find((item): item is string => typeof item === 'string');
  return stance && (stances as readonly string[]).includes(stance) ? (stance as Stance) : null;
}

/** Texts kept aside because they point at a linked resource: evidence notes, matched to their resource once every body is read. */
interface PendingNote {
  on: string;
  text: ParsedText;
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
type BodyParts = Pick<ParsedAnnotation, 'texts' | 'links' | 'droppedLinks'> & { notes: PendingNote[] };

function readBody(body: unknown, into: BodyParts, inherited: string[] = []): void {
  if (typeof body === 'string') {
    if (isLinkUrl(body))
      into.links.push({ id: null, url: body.trim(), title: '', quote: '', archiveUrl: null, stance: null, note: '' });
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
    if (body['value'].length > MAX_TEXT_LENGTH)
      throw new InvalidAnnotation(
        `a TextualBody is ${body['value'].length} characters long; bodies of up to ${MAX_TEXT_LENGTH} are read`,
      );
    const isHtml = /html/i.test(text(body['format']));
    const value = isHtml ? htmlToText(body['value']) : body['value'].trim();
    if (!value) return;
    const parsed: ParsedText = { purposes, value, html: isHtml ? body['value'] : null };
    const noteOn = idOf(extension(body, NOTE_ON_TERM));
    if (noteOn) into.notes.push({ on: noteOn, text: parsed });
    else into.texts.push(parsed);
    return;
  }
  const source = types.includes('SpecificResource') ? body['source'] : body;
  if (isObject(source) && typeof source['value'] === 'string' && idOf(source) === null)
    return readBody({ ...source, type: 'TextualBody', purpose: purposes }, into);
  const url = idOf(source);
  if (!isLinkUrl(url)) {
    into.droppedLinks += 1;
    return;
  }
  const quote = list(body['selector']).find((selector) => typesOf(selector).includes('TextQuoteSelector'));
  into.links.push({
    id: source === body ? null : idOf(body),
    url: url.trim(),
    title: titleOf(source, body),
    quote: isObject(quote) ? text(quote['exact']).trim() : '',
    archiveUrl: archiveOf(body['state']),
    stance: stanceOf(extension(body, STANCE_TERM)),
    note: '',
  });
}

/** Gives each evidence note to the resource it points at; a note whose resource is not in the annotation stays an ordinary text. */
function attachNotes(into: BodyParts): void {
  for (const { on, text: note } of into.notes) {
    const link = into.links.find((candidate) => candidate.id === on);
    if (link) link.note = link.note ? `${link.note}\n\n${note.value}` : note.value;
    else into.texts.push(note);
  }
}

function claimantOf(annotation: Record<string, unknown>): string | null {
  const claimant = list(extension(annotation, CLAIMANT_TERM)).find(
    (item): item is string => typeof item === 'string' && item.trim().length > 0,
  );
  return claimant ? claimant.trim() : null;
}

/** What one annotation says, or why it cannot be imported. */
export function parseAnnotation(value: unknown): ParseAnnotationResult {
  try {
    if (!isObject(value))
      throw new InvalidAnnotation(
        `expected an Annotation (an object), found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
      );
    const types = typesOf(value);
    if (!types.includes('Annotation'))
      throw new InvalidAnnotation(
        types.length === 0
          ? 'it has no type; expected "Annotation"'
          : `its type is ${types.map((type) => `"${type}"`).join(', ')}, not "Annotation"`,
      );
    const id = idOf(value);
    const parts: BodyParts = { texts: [], links: [], droppedLinks: 0, notes: [] };
    const selectors = targetSelectors(value);
    for (const body of list(value['body'])) readBody(body, parts);
    attachNotes(parts);
    for (const bodyValue of list(value['bodyValue'])) {
      if (typeof bodyValue === 'string' && bodyValue.trim())
        parts.texts.push({ purposes: [], value: bodyValue.trim(), html: null });
    }
    const { texts, links, droppedLinks } = parts;
    return { ok: true, annotation: { id, ...selectors, texts, links, droppedLinks, claimant: claimantOf(value) } };
  } catch (error) {
    if (error instanceof InvalidAnnotation) return { ok: false, message: error.message };
    throw error;
  }
}
