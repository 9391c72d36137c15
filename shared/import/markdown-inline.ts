/**
 * Reads the inline Markdown of one block: `*em*`, `_em_`, `**strong**`, `__strong__` and `[text](http…)`
 * become bold, italic and link marks over the plain text; images keep their alt text, code spans their
 * characters. Emphasis counts only where its markers stand at word edges, so snake_case and 2*3*4 keep
 * every character.
 */
import type { Mark, MarkType } from '../model/schema';
import { isHttpUrl } from '../model/url';
import { mergeMarks } from './inline-text';

export interface InlineText {
  text: string;
  marks: Mark[];
}

// An opener follows the start, white space or an opening bracket or quote; a closer is followed by the end, white space or punctuation.
const BEFORE_OPENER = /[\s(["']/;
const AFTER_CLOSER = /[\s)\]"'.,;:!?]/;

/** Where a `[text](url)` or `![alt](url)` starting at `open` (its `[`) ends: the label's end and the whole construct's end, or null. */
function linkAt(source: string, open: number): { labelEnd: number; url: string; end: number } | null {
  let depth = 0;
  for (let index = open; index < source.length; index += 1) {
    const char = source[index];
    if (char === '[') depth += 1;
    else if (char === ']') {
      depth -= 1;
      if (depth === 0) {
        if (source[index + 1] !== '(') return null;
        const close = closingParenthesis(source, index + 1);
        if (close === -1) return null;
        return {
          labelEnd: index,
          url:
            source
              .slice(index + 2, close)
              .trim()
              .split(/\s+/)[0] ?? '',
          end: close + 1,
        };
      }
    }
  }
  return null;
}

/** The `)` that closes the `(` at `open`, counting parentheses inside the URL as Wikipedia links have them; -1 when none. */
function closingParenthesis(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index += 1) {
    if (source[index] === '(') depth += 1;
    else if (source[index] === ')') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

function isOpener(source: string, at: number, delimiter: string): boolean {
  const before = at === 0 ? ' ' : (source[at - 1] as string);
  const first = source[at + delimiter.length];
  return BEFORE_OPENER.test(before) && first !== undefined && !/\s/.test(first) && first !== delimiter[0];
}

/** The closer of emphasis opened at `from` (the first character inside), searched lazily as a reader pairs markers. */
function closerOf(source: string, from: number, delimiter: string): number {
  const single = delimiter.length === 1;
  for (let at = source.indexOf(delimiter, from); at !== -1; at = source.indexOf(delimiter, at + 1)) {
    if (at === from) continue;
    const before = source[at - 1] as string;
    const after = source[at + delimiter.length];
    if (/\s/.test(before)) continue;
    // A single marker never pairs with half of a double one.
    if (single && (before === delimiter || after === delimiter)) continue;
    if (after === undefined || AFTER_CLOSER.test(after)) return at;
  }
  return -1;
}

function shifted(marks: readonly Mark[], by: number): Mark[] {
  return marks.map((mark) => ({ ...mark, start: mark.start + by, end: mark.end + by }));
}

function parse(source: string): InlineText {
  let text = '';
  const marks: Mark[] = [];
  const wrap = (inner: InlineText, type: MarkType | null, href?: string) => {
    const start = text.length;
    text += inner.text;
    marks.push(...shifted(inner.marks, start));
    if (type !== null && text.length > start)
      marks.push({ type, start, end: text.length, ...(href === undefined ? {} : { href }) });
  };
  let index = 0;
  while (index < source.length) {
    const char = source[index] as string;
    if (char === '!' && source[index + 1] === '[') {
      const image = linkAt(source, index + 1);
      if (image) {
        text += source.slice(index + 2, image.labelEnd);
        index = image.end;
        continue;
      }
    }
    if (char === '[') {
      const link = linkAt(source, index);
      if (link && link.labelEnd > index + 1) {
        const href = isHttpUrl(link.url) ? new URL(link.url).href : undefined;
        wrap(parse(source.slice(index + 1, link.labelEnd)), href === undefined ? null : 'link', href);
        index = link.end;
        continue;
      }
    }
    if (char === '`') {
      const close = source.indexOf('`', index + 1);
      if (close > index + 1) {
        text += source.slice(index + 1, close);
        index = close + 1;
        continue;
      }
    }
    if (char === '*' || char === '_') {
      const delimiter = source[index + 1] === char ? char + char : char;
      if (isOpener(source, index, delimiter)) {
        const from = index + delimiter.length;
        const close = closerOf(source, from, delimiter);
        if (close !== -1) {
          wrap(parse(source.slice(from, close)), delimiter.length === 2 ? 'bold' : 'italic');
          index = close + delimiter.length;
          continue;
        }
      }
    }
    text += char;
    index += 1;
  }
  return { text, marks };
}

/** Collapses white space runs to one space and trims, moving the marks with their characters. */
function collapsed(inline: InlineText): InlineText {
  const map: number[] = [];
  let text = '';
  for (let index = 0; index < inline.text.length; index += 1) {
    map.push(text.length);
    const char = inline.text[index] as string;
    if (!/\s/.test(char)) text += char;
    else if (text.length > 0 && !text.endsWith(' ')) text += ' ';
  }
  map.push(text.length);
  const end = text.trimEnd().length;
  text = text.slice(0, end);
  const marks = inline.marks.map((mark) => {
    let start = Math.min(map[mark.start] as number, end);
    let stop = Math.min(map[mark.end] as number, end);
    while (start < stop && text[start] === ' ') start += 1;
    while (stop > start && text[stop - 1] === ' ') stop -= 1;
    return { ...mark, start, end: stop };
  });
  return { text, marks: mergeMarks(marks.filter((mark) => mark.start < mark.end)) };
}

/** The plain text of a block of inline Markdown, white space collapsed, with its emphasis and http(s) links as marks. */
export function markdownInline(source: string): InlineText {
  return collapsed(parse(source.replace(/\s+/g, ' ')));
}
