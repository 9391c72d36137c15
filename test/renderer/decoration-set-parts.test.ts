// ProseMirror's internal DecorationSet constructor behind decorationSetFromParts: the sets it makes are the
// very sets DecorationSet.create makes, and behave alike when mapped. A prosemirror-view upgrade that
// changes the constructor fails here.
import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { decorationSetFromParts } from '../../renderer/features/article/ClaimHighlights/decoration-set-parts';

const CHANGED = 'prosemirror-view changed the DecorationSet constructor that decoration-set-parts.ts relies on';
const schema = getSchema([StarterKit]);
const doc = schema.node('doc', null, [
  schema.node('paragraph', null, [schema.text('The minister said spending rose.')]),
  schema.node('paragraph', null, [schema.text('Figures do not show it.')]),
  schema.node('blockquote', null, [schema.node('paragraph', null, [schema.text('We spent more.')])]),
]);

function highlight(from: number, to: number, id: string): Decoration {
  return Decoration.inline(from, to, { class: 'claim-hl', 'data-claim-id': id }, { claimId: id });
}

/** What a set holds, as positions and specs: how its users read it. */
function contents(set: DecorationSet): Array<[number, number, unknown]> {
  return set.find().map((decoration) => [decoration.from, decoration.to, decoration.spec]);
}

/** The set of the first two paragraphs' highlights, made from parts the way buildDecorations makes it. */
function fromParts(): DecorationSet {
  const first = doc.child(0);
  const second = doc.child(1);
  const secondStart = first.nodeSize;
  return decorationSetFromParts(
    [],
    [
      0,
      first.nodeSize,
      decorationSetFromParts([highlight(0, 12, 'a'), highlight(4, 20, 'b')], []),
      secondStart,
      secondStart + second.nodeSize,
      decorationSetFromParts([highlight(0, 7, 'c')], []),
    ],
  );
}

function created(): DecorationSet {
  const secondStart = doc.child(0).nodeSize;
  return DecorationSet.create(doc, [
    highlight(1, 13, 'a'),
    highlight(5, 21, 'b'),
    highlight(secondStart + 1, secondStart + 8, 'c'),
  ]);
}

describe('decorationSetFromParts', () => {
  it('makes the set DecorationSet.create makes', () => {
    expect(fromParts(), CHANGED).toEqual(created());
    expect(contents(fromParts()), CHANGED).toEqual(contents(created()));
  });

  it('maps through an edit as the created set does', () => {
    const state = EditorState.create({ doc });
    const transaction = state.tr.insertText('Budget: ', 1).delete(doc.child(0).nodeSize + 3, doc.child(0).nodeSize + 6);
    const mapped = fromParts().map(transaction.mapping, transaction.doc);
    expect(contents(mapped), CHANGED).toEqual(contents(created().map(transaction.mapping, transaction.doc)));
    expect(contents(mapped)[0]?.slice(0, 2)).toEqual([9, 21]);
  });

  it('adds and removes decorations as the created set does', () => {
    const extra = highlight(3, 9, 'd');
    const added = fromParts().add(doc, [extra]);
    expect(contents(added), CHANGED).toEqual(contents(created().add(doc, [extra])));
    const [first] = added.find(0, 10, (spec) => spec.claimId === 'a');
    expect(first).toBeDefined();
    expect(contents(added.remove([first as Decoration])).map(([, , spec]) => spec)).not.toContainEqual({
      claimId: 'a',
    });
  });
});
