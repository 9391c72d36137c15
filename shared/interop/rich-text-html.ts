/**
 * Rich text from the HTML of an imported rationale: paragraphs, line breaks, bullet and numbered lists,
 * bold, italic and http(s) links are kept; every other tag is dropped (scripts and styles with their
 * content) and the result is cleaned to the rationale subset, so nothing in it can run. The HTML is read
 * by htmlparser2 (shared/interop/html-events.ts), so an attribute that holds `<` is read as an attribute.
 */
import { isHttpUrl } from '../model/url';
import { cleanRichText } from '../richtext/convert';
import type { RichMark, RichNode, RichText } from '../richtext/schema';
import { walkHtml } from './html-events';

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

function sameMarks(a: readonly RichMark[] = [], b: readonly RichMark[] = []): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Lists nest at most this deep; the items of deeper lists join the deepest list item as paragraphs. */
const MAX_LIST_DEPTH = 8;

/** Builds the document as the tags arrive: a stack of containers (the doc, list items) and the paragraph being written. */
class RichTextBuilder {
  private readonly doc: RichText = { type: 'doc', content: [] };
  private readonly containers: RichNode[][] = [this.doc.content as RichNode[]];
  private readonly lists: RichNode[] = [];
  /** Lists opened below MAX_LIST_DEPTH, not built. */
  private flattenedLists = 0;
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
    let text = value.replace(/[\t\n\r]+/g, ' ');
    // White space that starts a line after a line break is not shown.
    if (this.paragraph?.[this.paragraph.length - 1]?.type === 'hardBreak') text = text.trimStart();
    if (text === '') return;
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
    if (this.lists.length >= MAX_LIST_DEPTH) {
      this.flattenedLists += 1;
      return;
    }
    const list: RichNode =
      start !== null && start !== 1 ? { type, attrs: { start }, content: [] } : { type, content: [] };
    this.container.push(list);
    this.lists.push(list);
  }

  closeList(): void {
    this.endParagraph();
    if (this.flattenedLists > 0) {
      this.flattenedLists -= 1;
      return;
    }
    if (this.lists.length === 0) return;
    const list = this.lists.pop() as RichNode;
    // Leave any list item of this list that was not closed.
    while (this.containers.length > 1 && (list.content ?? []).some((item) => item.content === this.container))
      this.containers.pop();
  }

  openItem(): void {
    this.endParagraph();
    if (this.flattenedLists > 0) return;
    const list = this.lists[this.lists.length - 1];
    if (!list) return;
    const item: RichNode = { type: 'listItem', content: [] };
    (list.content as RichNode[]).push(item);
    this.containers.push(item.content as RichNode[]);
  }

  closeItem(): void {
    this.endParagraph();
    if (this.flattenedLists > 0) return;
    const list = this.lists[this.lists.length - 1];
    if (list && (list.content ?? []).some((item) => item.content === this.container)) this.containers.pop();
  }

  result(): RichText {
    return this.doc;
  }
}

type Attributes = Readonly<Record<string, string>>;

function markFor(tag: string, attributes: Attributes): RichMark | null {
  if (tag === 'strong' || tag === 'b') return { type: 'bold' };
  if (tag === 'em' || tag === 'i') return { type: 'italic' };
  const href = tag === 'a' ? attributes['href']?.trim() : undefined;
  return href && isHttpUrl(href) ? { type: 'link', attrs: { href } } : null;
}

/** The number an ordered list starts at, when it says so. */
function listStart(attributes: Attributes): number | null {
  const start = Number.parseInt(attributes['start'] ?? '', 10);
  return Number.isSafeInteger(start) && start >= 0 ? start : null;
}

const INLINE_MARK_TAGS = new Set(['strong', 'b', 'em', 'i', 'a']);

/** The rationale subset of an HTML fragment; text outside the subset's tags is kept as text. */
export function richTextFromHtml(html: string): RichText {
  const builder = new RichTextBuilder();
  walkHtml(html, {
    open(tag, attributes) {
      if (tag === 'br') builder.lineBreak();
      else if (tag === 'ul' || tag === 'ol')
        builder.openList(tag === 'ul' ? 'bulletList' : 'orderedList', listStart(attributes));
      else if (tag === 'li') builder.openItem();
      else if (INLINE_MARK_TAGS.has(tag)) builder.openMark(markFor(tag, attributes));
      else if (BLOCK_TAGS.has(tag)) builder.endParagraph();
    },
    close(tag) {
      if (tag === 'ul' || tag === 'ol') builder.closeList();
      else if (tag === 'li') builder.closeItem();
      else if (INLINE_MARK_TAGS.has(tag)) builder.closeMark();
      else if (BLOCK_TAGS.has(tag)) builder.endParagraph();
    },
    text(text) {
      builder.text(text);
    },
  });
  return cleanRichText(builder.result());
}
