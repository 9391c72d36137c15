/**
 * Builds the claim highlight decorations in one pass: claims sorted by start are placed with a single
 * sweep over the offset index, and the decoration tree is assembled per top-level block, so building
 * grows with the number of claims plus blocks instead of their product.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { OffsetIndex } from '../article-content';
import type { HighlightSpec } from './types';

/** What each highlight decoration carries in its spec, to find it again. */
export interface HighlightDecorationSpec {
  claimId: string;
}

/** The element of one claim's highlight: its class says status and whether it is the active claim. */
export function highlightDecoration(from: number, to: number, highlight: HighlightSpec, active: boolean): Decoration {
  const classes = `claim-hl claim-status-${highlight.status}${active ? ' is-active' : ''}`;
  const spec: HighlightDecorationSpec = { claimId: highlight.id };
  return Decoration.inline(from, to, { nodeName: 'span', class: classes, 'data-claim-id': highlight.id, 'data-verdict': highlight.verdict ?? 'none' }, spec);
}

/** For each text block of the editor, the top-level node that holds it (its index and position). */
interface TopLevelLayout {
  topIndexOfBlock: Int32Array;
  topStarts: number[];
  topNodes: ProseMirrorNode[];
}

const layouts = new WeakMap<ProseMirrorNode, TopLevelLayout>();

function topLevelLayout(doc: ProseMirrorNode): TopLevelLayout {
  const cached = layouts.get(doc);
  if (cached) return cached;
  const owners: number[] = [];
  const topStarts: number[] = [];
  const topNodes: ProseMirrorNode[] = [];
  doc.forEach((child, offset, index) => {
    topStarts.push(offset);
    topNodes.push(child);
    if (child.isTextblock) owners.push(index);
    else
      child.descendants((node) => {
        if (!node.isTextblock) return true;
        owners.push(index);
        return false;
      });
  });
  const layout = { topIndexOfBlock: Int32Array.from(owners), topStarts, topNodes };
  layouts.set(doc, layout);
  return layout;
}

/** Editor positions of offsets asked for in ascending order, found by one forward sweep over the blocks. */
class OffsetSweep {
  private block = 0;
  constructor(private readonly index: OffsetIndex) {}

  /** Position and block of `offset`, searching forward from `fromBlock`; as offsetToPos, a separator snaps to the block's end. */
  place(offset: number, fromBlock = this.block): { pos: number; block: number } {
    const { textStarts, posStarts, lengths } = this.index;
    let block = fromBlock;
    while (block + 1 < textStarts.length && (textStarts[block + 1] as number) <= offset) block += 1;
    const within = Math.min(offset - (textStarts[block] as number), lengths[block] as number);
    return { pos: (posStarts[block] as number) + Math.max(0, within), block };
  }

  /** As place, and later calls start from here (offsets must not go down). */
  advance(offset: number): { pos: number; block: number } {
    const placed = this.place(offset);
    this.block = placed.block;
    return placed;
  }
}

/** Highlights in order of their start (the claims list already comes so, then no sort is needed). */
function byStart(highlights: readonly HighlightSpec[]): readonly HighlightSpec[] {
  for (let i = 1; i < highlights.length; i += 1) {
    if ((highlights[i] as HighlightSpec).start < (highlights[i - 1] as HighlightSpec).start) return [...highlights].sort((a, b) => a.start - b.start);
  }
  return highlights;
}

/**
 * A DecorationSet from the sets of top-level nodes: the same tree DecorationSet.create builds, without
 * its scan of every decoration for every top-level node. The constructor is ProseMirror's own (marked
 * internal); the decoration test checks the result against DecorationSet.create.
 */
function assembleSet(children: Array<number | DecorationSet>): DecorationSet {
  const FromParts = DecorationSet as unknown as new (local: Decoration[], children: Array<number | DecorationSet>) => DecorationSet;
  return children.length === 0 ? DecorationSet.empty : new FromParts([], children);
}

/** One inline decoration per claim, each in its own element so overlapping claims nest. */
export function buildDecorations(doc: ProseMirrorNode, index: OffsetIndex, highlights: readonly HighlightSpec[], activeId: string | null): DecorationSet {
  if (highlights.length === 0 || index.textStarts.length === 0) return DecorationSet.empty;
  const layout = topLevelLayout(doc);
  const sweep = new OffsetSweep(index);
  // Decorations inside one top-level node, relative to that node's content; claims across blocks stay at the top.
  const inside = new Map<number, Decoration[]>();
  const across: Decoration[] = [];
  for (const highlight of byStart(highlights)) {
    const start = sweep.advance(highlight.start);
    const end = sweep.place(Math.max(highlight.start, highlight.end), start.block);
    if (end.pos <= start.pos) continue;
    const top = layout.topIndexOfBlock[start.block] as number;
    if (top === layout.topIndexOfBlock[end.block]) {
      const base = (layout.topStarts[top] as number) + 1;
      let list = inside.get(top);
      if (!list) inside.set(top, (list = []));
      list.push(highlightDecoration(start.pos - base, end.pos - base, highlight, highlight.id === activeId));
    } else {
      across.push(highlightDecoration(start.pos, end.pos, highlight, highlight.id === activeId));
    }
  }
  const children: Array<number | DecorationSet> = [];
  for (const top of [...inside.keys()].sort((a, b) => a - b)) {
    const node = layout.topNodes[top] as ProseMirrorNode;
    const start = layout.topStarts[top] as number;
    const set = DecorationSet.create(node, inside.get(top) as Decoration[]);
    if (set !== DecorationSet.empty) children.push(start, start + node.nodeSize, set);
  }
  const assembled = assembleSet(children);
  return across.length > 0 ? assembled.add(doc, across) : assembled;
}
