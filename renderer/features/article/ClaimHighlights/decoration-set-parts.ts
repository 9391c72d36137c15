/**
 * ProseMirror's DecorationSet constructor (marked internal), behind one name: it makes a set from its
 * parts, the decorations of the node itself and the sets of its children, without DecorationSet.create's
 * scan of every decoration for every child and its sort. test/renderer/decoration-set-parts.test.ts checks
 * it builds the very sets create builds, and fails when a prosemirror-view upgrade changes it.
 */
import { DecorationSet, type Decoration } from '@tiptap/pm/view';

type SetConstructor = new (local: Decoration[], children: Array<number | DecorationSet>) => DecorationSet;

const FromParts = DecorationSet as unknown as SetConstructor;

/**
 * A set from its parts: `local`, decorations of the node's own content in ProseMirror's order (by start,
 * then end; each non-empty), and `children`, flat triples of a child's start, end and set. Both empty
 * give an empty set, so callers use DecorationSet.empty for that.
 */
export function decorationSetFromParts(local: Decoration[], children: Array<number | DecorationSet>): DecorationSet {
  return new FromParts(local, children);
}
