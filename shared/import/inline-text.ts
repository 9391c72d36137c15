/** Collects the inline text of one block as the reader sees it (white space collapsed) with its bold, italic and link marks. */
import type { Mark, MarkType } from '../model/schema';

/** Characters a reader never sees and that would split words in a search: soft hyphens and zero-width spaces. */
// eslint-disable-next-line no-misleading-character-class -- these are single invisible code points, not combining sequences
const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;
// eslint-disable-next-line no-control-regex -- control characters have no place in article text
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

interface OpenMark {
  type: MarkType;
  href?: string;
  start: number;
}

export class InlineCollector {
  private text = '';
  private marks: Mark[] = [];
  private open: OpenMark[] = [];

  /** Adds text as HTML lays it out: any run of white space is one space, and none at the start of the block. */
  addText(raw: string): void {
    let text = raw.replace(INVISIBLE, '').replace(CONTROL, '').replace(/\s+/g, ' ');
    if (text.startsWith(' ') && (this.text.length === 0 || this.text.endsWith(' '))) text = text.slice(1);
    this.text += text;
  }

  /** A line break inside a block reads as a space. */
  addBreak(): void {
    this.addText(' ');
  }

  openMark(type: MarkType, href?: string): void {
    this.open.push({ type, start: this.text.length, ...(href === undefined ? {} : { href }) });
  }

  closeMark(): void {
    const mark = this.open.pop();
    if (mark) this.record(mark, this.text.length);
  }

  get isEmpty(): boolean {
    return this.text.trim().length === 0;
  }

  /**
   * Ends the block: returns its trimmed text and marks (adjacent marks of the same kind merged, sorted),
   * and starts the next block with the marks still open.
   */
  flush(): { text: string; marks: Mark[] } {
    for (const mark of this.open) this.record(mark, this.text.length);
    const end = this.text.trimEnd().length;
    const text = this.text.slice(0, end);
    // Merge first, so "<b>a</b><b> b</b>" is one bold run over "a b".
    const marks = mergeMarks(this.marks.map((mark) => ({ ...mark, end: Math.min(mark.end, end) })))
      .map((mark) => trimMark(text, mark))
      .filter((mark) => mark.start < mark.end)
      .sort(byPosition);
    this.text = '';
    this.marks = [];
    this.open = this.open.map((mark) => ({ ...mark, start: 0 }));
    return { text, marks };
  }

  private record(mark: OpenMark, end: number): void {
    if (end > mark.start)
      this.marks.push({
        type: mark.type,
        start: mark.start,
        end,
        ...(mark.href === undefined ? {} : { href: mark.href }),
      });
  }
}

/** A mark never starts or ends on a space. */
function trimMark(text: string, mark: Mark): Mark {
  let { start, end } = mark;
  while (start < end && text[start] === ' ') start += 1;
  while (end > start && text[end - 1] === ' ') end -= 1;
  return { ...mark, start, end };
}

const TYPE_ORDER: Record<MarkType, number> = { bold: 0, italic: 1, link: 2 };

/** Sorts marks and joins marks of one kind (and one href) that touch or overlap. */
export function mergeMarks(marks: readonly Mark[]): Mark[] {
  const sorted = [...marks].sort(
    (a, b) =>
      TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
      (a.href ?? '').localeCompare(b.href ?? '') ||
      a.start - b.start ||
      a.end - b.end,
  );
  const merged: Mark[] = [];
  for (const mark of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.type === mark.type && last.href === mark.href && mark.start <= last.end)
      last.end = Math.max(last.end, mark.end);
    else merged.push({ ...mark });
  }
  return merged.sort(byPosition);
}

/** Marks in reading order: by start, then kind, then end. */
function byPosition(a: Mark, b: Mark): number {
  return a.start - b.start || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.end - b.end;
}
