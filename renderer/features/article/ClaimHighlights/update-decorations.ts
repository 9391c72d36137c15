/**
 * Changes an existing highlight set instead of rebuilding it: only the claims whose range, verdict or
 * status changed, and the claims that gain or lose the active mark, get new decorations.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Decoration, DecorationSet } from '@tiptap/pm/view';
import { offsetToPos, type OffsetIndex } from '../article-content';
import { buildDecorations, highlightDecoration, type HighlightDecorationSpec } from './build-decorations';
import type { HighlightSpec } from './types';

/** Above this many changed claims a rebuild is cheaper than editing the set. */
const MAX_EDITS = 200;

function sameHighlight(a: HighlightSpec, b: HighlightSpec): boolean {
  return a.start === b.start && a.end === b.end && a.verdict === b.verdict && a.status === b.status;
}

function decorationsOf(set: DecorationSet, index: OffsetIndex, highlight: HighlightSpec): Decoration[] {
  const from = offsetToPos(index, highlight.start);
  const to = offsetToPos(index, Math.max(highlight.start, highlight.end));
  return set.find(from, to, (spec: HighlightDecorationSpec) => spec.claimId === highlight.id);
}

function decorationFor(index: OffsetIndex, highlight: HighlightSpec, activeId: string | null): Decoration | null {
  const from = offsetToPos(index, highlight.start);
  const to = offsetToPos(index, highlight.end);
  return to > from ? highlightDecoration(from, to, highlight, highlight.id === activeId) : null;
}

export interface HighlightChange {
  doc: ProseMirrorNode;
  index: OffsetIndex;
  set: DecorationSet;
  previous: { highlights: readonly HighlightSpec[]; activeId: string | null };
  next: { highlights: readonly HighlightSpec[]; activeId: string | null };
}

/** The set for the next highlights and active claim, edited from the previous set where few claims changed. */
export function updateDecorations({ doc, index, set, previous, next }: HighlightChange): DecorationSet {
  if (previous.highlights.length === 0) return buildDecorations(doc, index, next.highlights, next.activeId);
  const redraw: HighlightSpec[] = [];
  const remove: HighlightSpec[] = [];
  if (previous.highlights !== next.highlights) {
    const before = new Map(previous.highlights.map((highlight) => [highlight.id, highlight]));
    for (const highlight of next.highlights) {
      const old = before.get(highlight.id);
      before.delete(highlight.id);
      if (old && sameHighlight(old, highlight)) continue;
      if (old) remove.push(old);
      redraw.push(highlight);
      if (redraw.length > MAX_EDITS) return buildDecorations(doc, index, next.highlights, next.activeId);
    }
    remove.push(...before.values());
    if (remove.length > MAX_EDITS) return buildDecorations(doc, index, next.highlights, next.activeId);
  }
  if (previous.activeId !== next.activeId) {
    const byId = new Map(next.highlights.map((highlight) => [highlight.id, highlight]));
    const oldActive = previous.highlights.find((highlight) => highlight.id === previous.activeId);
    for (const id of [previous.activeId, next.activeId]) {
      const highlight = id === null ? undefined : byId.get(id);
      if (highlight && !redraw.includes(highlight)) {
        remove.push(id === previous.activeId && oldActive ? oldActive : highlight);
        redraw.push(highlight);
      }
    }
    if (oldActive && !byId.has(oldActive.id) && !remove.includes(oldActive)) remove.push(oldActive);
  }
  if (redraw.length === 0 && remove.length === 0) return set;
  const stale = remove.flatMap((highlight) => decorationsOf(set, index, highlight));
  const fresh = redraw.flatMap((highlight) => decorationFor(index, highlight, next.activeId) ?? []);
  return set.remove(stale).add(doc, fresh);
}
