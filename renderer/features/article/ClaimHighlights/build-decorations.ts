/**
 * Builds the claim highlight decorations in one pass: claims sorted by start are placed with a single
 * sweep over the offset index, and the decoration tree is assembled per top-level block as the sweep
 * leaves it, so building grows with the number of claims plus blocks instead of their product. Little
 * is allocated besides the decorations themselves: a large article's set is built without garbage
 * collections that a small one does not have.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { OffsetIndex } from '../article-content';
import { decorationSetFromParts } from './decoration-set-parts';
import type { HighlightSpec } from './types';

/** What each highlight decoration carries in its spec, to find it again. */
export interface HighlightDecorationSpec {
  claimId: string;
}

/** The class of a highlight for each status, active or not: the same few strings for every claim. */
const classCache = new Map<string, readonly [string, string]>();

function highlightClass(status: string, active: boolean): string {
  let classes = classCache.get(status);
  if (!classes) {
    const plain = `claim-hl claim-status-${status}`;
    classes = [plain, `${plain} is-active`];
    classCache.set(status, classes);
  }
  return classes[active ? 1 : 0];
}

/** The element of one claim's highlight: its class says status and whether it is the active claim. */
export function highlightDecoration(from: number, to: number, highlight: HighlightSpec, active: boolean): Decoration {
  const spec: HighlightDecorationSpec = { claimId: highlight.id };
  return Decoration.inline(
    from,
    to,
    {
      nodeName: 'span',
      class: highlightClass(highlight.status, active),
      'data-claim-id': highlight.id,
      'data-verdict': highlight.verdict ?? 'none',
    },
    spec,
  );
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

/**
 * Editor positions of offsets asked for in ascending order, found by one forward sweep over the blocks.
 * The position and block found last are read from `pos` and `block` (no object per claim).
 */
class OffsetSweep {
  /** Where the sweep has got to: later calls of advance start from here. */
  private from = 0;
  pos = 0;
  block = 0;
  constructor(private readonly index: OffsetIndex) {}

  /** Finds `offset` searching forward from `fromBlock`; as offsetToPos, a separator snaps to the block's end. */
  place(offset: number, fromBlock = this.from): void {
    const { textStarts, posStarts, lengths } = this.index;
    let block = fromBlock;
    while (block + 1 < textStarts.length && (textStarts[block + 1] as number) <= offset) block += 1;
    const within = Math.min(offset - (textStarts[block] as number), lengths[block] as number);
    this.pos = (posStarts[block] as number) + Math.max(0, within);
    this.block = block;
  }

  /** As place, and later calls start from here (offsets must not go down). */
  advance(offset: number): void {
    this.place(offset);
    this.from = this.block;
  }
}

/** Highlights in order of their start (the claims list already comes so, then no sort is needed). */
function byStart(highlights: readonly HighlightSpec[]): readonly HighlightSpec[] {
  for (let i = 1; i < highlights.length; i += 1) {
    if ((highlights[i] as HighlightSpec).start < (highlights[i - 1] as HighlightSpec).start)
      return [...highlights].sort((a, b) => a.start - b.start);
  }
  return highlights;
}

/** ProseMirror's order of decorations in a set: by start, then by end. */
function inSetOrder(decorations: Decoration[]): Decoration[] {
  for (let i = 1; i < decorations.length; i += 1) {
    const previous = decorations[i - 1] as Decoration;
    const current = decorations[i] as Decoration;
    if (current.from < previous.from || (current.from === previous.from && current.to < previous.to))
      return decorations.sort((a, b) => a.from - b.from || a.to - b.to);
  }
  return decorations;
}

/**
 * The set of one top-level node, from its decorations relative to its content. A text block holds only
 * text, so its set is its decorations in order (each is non-empty, as create would require); any other
 * node goes through DecorationSet.create, which places them in its children. The tree of top-level sets
 * is assembled from its parts too: the same tree create builds, without its scan of every decoration for
 * every top-level node.
 */
function nodeSet(node: ProseMirrorNode, decorations: Decoration[]): DecorationSet {
  return node.isTextblock
    ? decorationSetFromParts(inSetOrder(decorations), [])
    : DecorationSet.create(node, decorations);
}

/** One inline decoration per claim, each in its own element so overlapping claims nest. */
export function buildDecorations(
  doc: ProseMirrorNode,
  index: OffsetIndex,
  highlights: readonly HighlightSpec[],
  activeId: string | null,
): DecorationSet {
  if (highlights.length === 0 || index.textStarts.length === 0) return DecorationSet.empty;
  const layout = topLevelLayout(doc);
  const sweep = new OffsetSweep(index);
  // Claims come by start, so the top-level node a claim starts in never goes back: the decorations of
  // one node are collected until a claim starts in a later node, and its set is made then. Claims across
  // top-level nodes are added at the top at the end.
  const children: Array<number | DecorationSet> = [];
  const across: Decoration[] = [];
  let current = -1;
  let inside: Decoration[] = [];
  const flush = () => {
    if (inside.length === 0) return;
    const node = layout.topNodes[current] as ProseMirrorNode;
    const start = layout.topStarts[current] as number;
    const set = nodeSet(node, inside);
    if (set !== DecorationSet.empty) children.push(start, start + node.nodeSize, set);
    inside = [];
  };
  for (const highlight of byStart(highlights)) {
    sweep.advance(highlight.start);
    const startPos = sweep.pos;
    const startBlock = sweep.block;
    sweep.place(Math.max(highlight.start, highlight.end), startBlock);
    const endPos = sweep.pos;
    if (endPos <= startPos) continue;
    const top = layout.topIndexOfBlock[startBlock] as number;
    if (top === layout.topIndexOfBlock[sweep.block]) {
      if (top !== current) {
        flush();
        current = top;
      }
      const base = (layout.topStarts[top] as number) + 1;
      inside.push(highlightDecoration(startPos - base, endPos - base, highlight, highlight.id === activeId));
    } else {
      across.push(highlightDecoration(startPos, endPos, highlight, highlight.id === activeId));
    }
  }
  flush();
  const assembled = children.length === 0 ? DecorationSet.empty : decorationSetFromParts([], children);
  return across.length > 0 ? assembled.add(doc, across) : assembled;
}
