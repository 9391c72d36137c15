/**
 * Rich text from the HTML of an imported rationale: paragraphs, line breaks, bullet and numbered lists,
 * bold, italic and http(s) links are kept; every other tag is dropped (scripts and styles with their
 * content) and the result is cleaned to the rationale subset, so nothing in it can run.
 */
import { isHttpUrl } from '../model/url';
import { cleanRichText } from '../richtext/convert';
import type { RichMark, RichNode, RichText } from '../richtext/schema';
import { decodeEntities } from './html-text';

/** A comment, a tag (no `<` inside, so a `<` without `>` cannot make the scan quadratic), text, or a stray `<`. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9]{0,30})([^<>]*)>|([^<]+)|</g;
/** Tags that end the paragraph being written; block tags the subset has no node for only do that. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'td',
  'th',
  'hr',
]);

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : null;
}

function sameMarks(a: readonly RichMark[] = [], b: readonly RichMark[] = []): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Builds the document as the tags arrive: a stack of containers (the doc, list items) and the paragraph being written. */
class RichTextBuilder {
  private readonly doc: RichText = { type: 'doc', content: [] };
  private readonly containers: RichNode[][] = [this.doc.content as RichNode[]];
  private readonly lists: RichNode[] = [];
  private paragraph: RichNode[] | null = null;
  /** Open inline marks, outermost first. */
  private readonly marks: Array<RichMark | null> = [];

  private get container(): RichNode[] {
    return this.containers[this.containers.length - 1] as RichNode[];
  }

  endParagraph(): void {
    this.paragraph = null;
  }

  text(value: string): void {
    const text = value.replace(/[\t\n\r]+/g, ' ');
    if (this.paragraph === null) {
      if (text.trim() === '') return;
      this.paragraph = [];
      this.container.push({ type: 'paragraph', content: this.paragraph });
    }
    // Marks are applied innermost first, as the rationale's HTML nests them.
    const marks = this.marks.filter((mark): mark is RichMark => mark !== null).reverse();
    const last = this.paragraph[this.paragraph.length - 1];
    if (last?.type === 'text' && sameMarks(last.marks, marks)) last.text = `${last.text ?? ''}${text}`;
    else this.paragraph.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
  }

  lineBreak(): void {
    if (this.paragraph !== null) this.paragraph.push({ type: 'hardBreak' });
  }

  openMark(mark: RichMark | null): void {
    this.marks.push(mark);
  }

  closeMark(): void {
    this.marks.pop();
  }

  openList(type: 'bulletList' | 'orderedList', start: number | null): void {
    this.endParagraph();
    const list: RichNode =
      start !== null && start !== 1 ? { type, attrs: { start }, content: [] } : { type, content: [] };
    this.container.push(list);
    this.lists.push(list);
  }

  closeList(): void {
    this.endParagraph();
    if (this.lists.length === 0) return;
    const list = this.lists.pop() as RichNode;
    // Leave any list item of this list that was not closed.
    while (this.containers.length > 1 && (list.content ?? []).some((item) => item.content === this.container))
      this.containers.pop();
  }

  openItem(): void {
    this.endParagraph();
    const list = this.lists[this.lists.length - 1];
    if (!list) return;
    const item: RichNode = { type: 'listItem', content: [] };
    (list.content as RichNode[]).push(item);
    this.containers.push(item.content as RichNode[]);
  }

  closeItem(): void {
    this.endParagraph();
    const list = this.lists[this.lists.length - 1];
    if (list && (list.content ?? []).some((item) => item.content === this.container)) this.containers.pop();
  }

  result(): RichText {
    return this.doc;
  }
}

function markFor(tag: string, attributes: string): RichMark | null {
  if (tag === 'strong' || tag === 'b') return { type: 'bold' };
  if (tag === 'em' || tag === 'i') return { type: 'italic' };
  const href = tag === 'a' ? attribute(attributes, 'href')?.trim() : undefined;
  return href && isHttpUrl(href) ? { type: 'link', attrs: { href } } : null;
}

/** The number an ordered list starts at, when it says so. */
function listStart(attributes: string): number | null {
  const start = Number.parseInt(attribute(attributes, 'start') ?? '', 10);
  return Number.isSafeInteger(start) && start >= 0 ? start : null;
}

const INLINE_MARK_TAGS = new Set(['strong', 'b', 'em', 'i', 'a']);

/** The rationale subset of an HTML fragment; text outside the subset's tags is kept as text. */
export function richTextFromHtml(html: string): RichText {
  const builder = new RichTextBuilder();
  const source = html.replace(/<(script|style|template|noscript|iframe|object)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '');
  for (const match of source.matchAll(TOKEN)) {
    const [token, closing, name, attributes = '', text] = match;
    if (text !== undefined) {
      builder.text(decodeEntities(text));
      continue;
    }
    if (name === undefined) {
      if (token === '<') builder.text('<');
      continue;
    }
    const tag = name.toLowerCase();
    const isClosing = closing === '/';
    if (tag === 'br') builder.lineBreak();
    else if (tag === 'ul' || tag === 'ol') {
      if (isClosing) builder.closeList();
      else builder.openList(tag === 'ul' ? 'bulletList' : 'orderedList', listStart(attributes));
    } else if (tag === 'li') {
      if (isClosing) builder.closeItem();
      else builder.openItem();
    } else if (INLINE_MARK_TAGS.has(tag)) {
      if (isClosing) builder.closeMark();
      else if (!/\/\s*$/.test(attributes)) builder.openMark(markFor(tag, attributes));
    } else if (BLOCK_TAGS.has(tag)) builder.endParagraph();
  }
  return cleanRichText(builder.result());
}
