/**
 * Reads where an annotation's targets point in a text: quotes and positions, also where they refine
 * another selector (`refinedBy` under a FragmentSelector, XPathSelector or CssSelector) and where a
 * RangeSelector is made of them. A position that refines an element selector counts from that element
 * of the original page, which this text does not have: it is kept only as "relative", never placed.
 * The chains are walked with a loop, never recursion; the annotation's depth is bounded before this runs.
 */
import { isObject, typesOf } from './w3c-read';

export class InvalidAnnotation extends Error {
  override readonly name = 'InvalidAnnotation';
}

export interface ParsedQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface ParsedPosition {
  start: number;
  end: number;
}

/** One end of a RangeSelector: a quote or a position (the range runs from the start of one to the start of the other). */
export interface RangeEnd {
  quote: ParsedQuote | null;
  position: ParsedPosition | null;
}

export interface ParsedTarget {
  /** The target's source: a URL or URN naming the document. */
  source: string | null;
  quote: ParsedQuote | null;
  /** Where the text is: Unicode code points (W3C) or UTF-16 units (Hypothesis), see `unit`. */
  position: ParsedPosition | null;
  range: { start: RangeEnd; end: RangeEnd } | null;
  unit: 'code-point' | 'utf16';
  /** Other addresses of the same page (Hypothesis: the annotation's `uri` and its document's links). */
  aliases?: string[];
}

export interface TargetReading {
  /** Targets that point at text, in the file's order. */
  targets: ParsedTarget[];
  /** Every source the targets name. */
  sources: string[];
  /** Selectors seen that point at no text of ours (XPathSelector alone, SvgSelector, a relative position…). */
  otherSelectors: string[];
}

/** What RFC 5147 fragments (`char=10,20`) of plain text conform to. */
const RFC5147 = /rfc5147/i;
/** Selectors that select an element of the original page; what refines them counts from that element. */
const ELEMENT_SELECTORS = new Set(['XPathSelector', 'CssSelector', 'FragmentSelector', 'DataPositionSelector']);

export function list(value: unknown): unknown[] {
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

function positionSelector(selector: Record<string, unknown>, allowEmpty = false): ParsedPosition {
  const { start, end } = selector;
  if (
    !Number.isSafeInteger(start) ||
    !Number.isSafeInteger(end) ||
    (start as number) < 0 ||
    (end as number) < (start as number) ||
    (!allowEmpty && end === start)
  ) {
    throw new InvalidAnnotation(
      `its TextPositionSelector needs whole numbers 0 <= start < end, not ${JSON.stringify(start)}-${JSON.stringify(end)}`,
    );
  }
  return { start: start as number, end: end as number };
}

/** `char=10,20` of an RFC 5147 FragmentSelector, or null for any other fragment. */
function fragmentPosition(selector: Record<string, unknown>): ParsedPosition | null {
  if (!RFC5147.test(text(selector['conformsTo']))) return null;
  const match = /^char=(\d{1,15}),(\d{1,15})$/.exec(text(selector['value']).trim());
  if (!match) return null;
  return positionSelector({ start: Number(match[1]), end: Number(match[2]) });
}

interface ChainReading {
  quote: ParsedQuote | null;
  position: ParsedPosition | null;
  /** A position under an element selector: counted from an element of the original page. */
  relative: boolean;
  /** The types met that point at no text of ours. */
  other: string[];
}

/**
 * A selector and the selectors that refine it, read down the chain: the first quote, and a position
 * made absolute by adding the positions above it (a position under an element selector is relative).
 */
function readChain(first: unknown, allowEmptyPosition: boolean): ChainReading {
  const reading: ChainReading = { quote: null, position: null, relative: false, other: [] };
  let underElement = false;
  let offset = 0;
  for (let selector = first; isObject(selector); selector = selector['refinedBy']) {
    const types = typesOf(selector);
    if (types.includes('TextQuoteSelector')) {
      reading.quote ??= quoteSelector(selector);
    } else if (
      types.includes('TextPositionSelector') ||
      (types.includes('FragmentSelector') && fragmentPosition(selector))
    ) {
      const position = types.includes('TextPositionSelector')
        ? positionSelector(selector, allowEmptyPosition)
        : (fragmentPosition(selector) as ParsedPosition);
      if (underElement) reading.relative = true;
      else {
        // A position refining a position counts from the start of the one it refines.
        reading.position = { start: offset + position.start, end: offset + position.end };
        offset = reading.position.start;
      }
    } else {
      const named = types[0] ?? 'a selector without a type';
      reading.other.push(named);
      if (types.some((type) => ELEMENT_SELECTORS.has(type))) underElement = true;
    }
  }
  return reading;
}

/** What one target's selectors say, or null when they point at no text. */
function readTarget(target: Record<string, unknown>, unit: ParsedTarget['unit'], other: string[]): ParsedTarget | null {
  const source = idOf(target['source']);
  const parsed: ParsedTarget = { source, quote: null, position: null, range: null, unit };
  for (const selector of list(target['selector'])) {
    if (!isObject(selector)) continue;
    const types = typesOf(selector);
    if (types.includes('RangeSelector') && (selector['startSelector'] || selector['endSelector'])) {
      const start = readChain(selector['startSelector'], true);
      const end = readChain(selector['endSelector'], true);
      const usable = (side: ChainReading) => side.quote !== null || (side.position !== null && !side.relative);
      if (usable(start) && usable(end) && !parsed.range) {
        parsed.range = {
          start: { quote: start.quote, position: start.relative ? null : start.position },
          end: { quote: end.quote, position: end.relative ? null : end.position },
        };
      } else other.push('RangeSelector', ...start.other, ...end.other);
      continue;
    }
    const chain = readChain(selector, false);
    parsed.quote ??= chain.quote;
    if (!parsed.position && chain.position && !chain.relative) parsed.position = chain.position;
    if (chain.relative) other.push(`TextPositionSelector under ${chain.other[0] ?? 'another selector'}`);
    else if (!chain.quote && !chain.position) other.push(...chain.other);
  }
  return parsed.quote || parsed.position || parsed.range ? parsed : null;
}

/** The targets of an annotation that point at text, and what the others name. */
export function readTargets(targets: unknown, unit: ParsedTarget['unit'] = 'code-point'): TargetReading {
  const reading: TargetReading = { targets: [], sources: [], otherSelectors: [] };
  for (const target of list(targets)) {
    if (typeof target === 'string') {
      reading.sources.push(target);
      continue;
    }
    if (!isObject(target)) continue;
    const parsed = readTarget(target, unit, reading.otherSelectors);
    // A target without a source names a resource by its own id (a page, or another annotation).
    const source = idOf(target['source']) ?? (target['selector'] === undefined ? idOf(target) : null);
    if (source) reading.sources.push(source);
    if (parsed) reading.targets.push(parsed);
  }
  return reading;
}
