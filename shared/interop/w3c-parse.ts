/**
 * Reads one W3C annotation into what the app can use: the targets that point at text (see
 * w3c-selectors.ts), its text bodies, tags and linked http(s) resources, who wrote it and when. Bodies are
 * read to the annotation's depth, which is bounded first, so a deeply nested body makes that annotation
 * invalid instead of exhausting the stack; a malformed selector makes it invalid too.
 */
import { MAX_DEPTH, nestingDepth } from '../exchange/safe-json';
import type { Analyst } from '../model/schema';
import { isHttpUrl } from '../model/url';
import { stances, type Stance } from '../model/schema';
import { analystFromAgent, isoDateTime } from './annotation-agents';
import { annotationKey } from './annotation-ids';
import { htmlToText } from './html-text';
import { markdownToHtml } from './markdown-html';
import { CLAIMANT_TERM, FACTCHECK_VOCABULARY, NOTE_ON_TERM, STANCE_TERM } from './w3c-model';
import { isObject, typesOf } from './w3c-read';
import { idOf, InvalidAnnotation, list, readTargets, type ParsedTarget } from './w3c-selectors';

export { idOf };
export type { ParsedQuote, ParsedTarget } from './w3c-selectors';

export interface ParsedText {
  purposes: string[];
  /** The text, tags dropped when it came as HTML or Markdown. */
  value: string;
  /** The HTML as written (or rendered from Markdown), only ever turned into the rationale subset. */
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

/** Why an annotation is about no passage of a text: a note on the whole page, a reply, or targets without text selectors. */
export interface Unplaceable {
  reason: 'page-note' | 'reply' | 'no-text';
  message: string;
}

export interface ParsedAnnotation {
  id: string | null;
  /** What the annotation is known by in any file (see annotation-ids.ts). */
  key: string;
  /** Targets that point at text, in the file's order. */
  targets: ParsedTarget[];
  /** Every source its targets name. */
  sources: string[];
  unplaceable: Unplaceable | null;
  texts: ParsedText[];
  links: ParsedLink[];
  /** Linked resources left out because they are not http(s) (javascript:, data:, file: and the like). */
  droppedLinks: number;
  /** Who made the claim (our vocabulary), when the file says. */
  claimant: string | null;
  /** Who wrote the annotation (its creator, else the first body's) and when. */
  creator: Analyst | null;
  created: string | null;
  modified: string | null;
  /** The title of the annotated page, when the file gives it. */
  sourceTitle: string | null;
}

export type ParseAnnotationResult = { ok: true; annotation: ParsedAnnotation } | { ok: false; message: string };

/** The longest text body read; a rationale keeps at most 100,000 characters. */
export const MAX_TEXT_LENGTH = 1_000_000;

/** The longest URL a source keeps (as the record schema allows). */
const MAX_URL_LENGTH = 4096;

/** Purposes whose resource is a tag (its IRI kept as the tag), not evidence. */
const TAG_PURPOSES = ['tagging', 'classifying'];

function isLinkUrl(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_URL_LENGTH && isHttpUrl(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Refuses an annotation nested deeper than a bundle may be, before anything walks it. */
export function checkDepth(value: unknown): void {
  if (nestingDepth(value, MAX_DEPTH) > MAX_DEPTH)
    throw new InvalidAnnotation(`it is nested deeper than ${MAX_DEPTH} levels`);
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
type BodyParts = Pick<ParsedAnnotation, 'texts' | 'links' | 'droppedLinks'> & {
  notes: PendingNote[];
  /** The first body's author and dates, for an annotation that names none. */
  creator: Analyst | null;
  created: string | null;
};

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
  into.creator ??= analystFromAgent(body['creator']);
  into.created ??= isoDateTime(body['created']);
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
    // HTML is read into the rationale subset; Markdown (Hypothesis's JSON-LD says text/markdown) first becomes HTML.
    const format = text(body['format']);
    const html = /html/i.test(format) ? body['value'] : /markdown/i.test(format) ? markdownToHtml(body['value']) : null;
    const value = html === null ? body['value'].trim() : htmlToText(html);
    if (!value) return;
    const parsed: ParsedText = { purposes, value, html };
    const noteOn = idOf(extension(body, NOTE_ON_TERM));
    if (noteOn) into.notes.push({ on: noteOn, text: parsed });
    else into.texts.push(parsed);
    return;
  }
  const source = types.includes('SpecificResource') ? body['source'] : body;
  if (isObject(source) && typeof source['value'] === 'string' && idOf(source) === null)
    return readBody({ ...source, type: 'TextualBody', purpose: purposes }, into);
  const url = idOf(source);
  if (purposes.some((purpose) => TAG_PURPOSES.includes(purpose))) {
    // A tag that is a resource (a Wikidata item, a vocabulary term) keeps its IRI as the tag.
    if (url && url.trim()) into.texts.push({ purposes: ['tagging'], value: url.trim(), html: null });
    return;
  }
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

/** Why an annotation with no text target cannot be placed: a reply, a page note, or selectors of other kinds. */
function unplaceableOf(annotation: Record<string, unknown>, other: readonly string[]): Unplaceable {
  const motivations = purposesOf(annotation['motivation']);
  if (motivations.includes('replying')) return { reason: 'reply', message: 'it is a reply to another annotation' };
  if (other.length > 0)
    return {
      reason: 'no-text',
      message: `its selectors point at no text of this article (${[...new Set(other)].join(', ')})`,
    };
  if (motivations.includes('linking') && list(annotation['target']).length > 1)
    return { reason: 'no-text', message: 'it links resources or other annotations, not a passage of text' };
  return { reason: 'page-note', message: 'it is a note on the whole page, with no passage selected' };
}

/** What one W3C annotation says, or why it cannot be imported. */
export function parseAnnotation(value: unknown): ParseAnnotationResult {
  try {
    if (!isObject(value))
      throw new InvalidAnnotation(
        `expected an Annotation (an object), found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
      );
    checkDepth(value);
    const types = typesOf(value);
    if (!types.includes('Annotation'))
      throw new InvalidAnnotation(
        types.length === 0
          ? 'it has no type; expected "Annotation"'
          : `its type is ${types.map((type) => `"${type}"`).join(', ')}, not "Annotation"`,
      );
    const id = idOf(value);
    if (value['target'] === undefined) throw new InvalidAnnotation('it has no target');
    const reading = readTargets(value['target']);
    const parts: BodyParts = { texts: [], links: [], droppedLinks: 0, notes: [], creator: null, created: null };
    for (const body of list(value['body'])) readBody(body, parts);
    attachNotes(parts);
    for (const bodyValue of list(value['bodyValue'])) {
      if (typeof bodyValue === 'string' && bodyValue.trim())
        parts.texts.push({ purposes: [], value: bodyValue.trim(), html: null });
    }
    const created = isoDateTime(value['created']) ?? parts.created;
    return {
      ok: true,
      annotation: {
        id,
        key: annotationKey(id, value, 'w3c'),
        targets: reading.targets,
        sources: reading.sources,
        unplaceable: reading.targets.length > 0 ? null : unplaceableOf(value, reading.otherSelectors),
        texts: parts.texts,
        links: parts.links,
        droppedLinks: parts.droppedLinks,
        claimant: claimantOf(value),
        creator: analystFromAgent(value['creator']) ?? parts.creator,
        created,
        modified: isoDateTime(value['modified']) ?? created,
        sourceTitle: null,
      },
    };
  } catch (error) {
    if (error instanceof InvalidAnnotation) return { ok: false, message: error.message };
    throw error;
  }
}
