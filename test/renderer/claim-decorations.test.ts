// The fast highlight builder draws exactly what the straightforward one does (one decoration per claim
// through DecorationSet.create), for many overlapping claims, claims across blocks, and after edits.
import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { canonicalText, type Block } from '../../shared';
import {
  blocksToContent,
  buildOffsetIndex,
  offsetToPos,
  type OffsetIndex,
} from '../../renderer/features/article/article-content';
import {
  buildDecorations,
  updateDecorations,
  type HighlightSpec,
} from '../../renderer/features/article/ClaimHighlights';
import { seededRandom } from '../fixtures/seeded-random';

const schema = getSchema([StarterKit]);
const STATUSES = ['new', 'researching', 'needs-review', 'final', 'dismissed'];

const random = seededRandom;

function article(sections: number): Block[] {
  const blocks: Block[] = [{ type: 'title', text: 'Budget claims checked' }];
  for (let section = 1; section <= sections; section += 1) {
    blocks.push(
      { type: 'heading', text: `Section ${section}` },
      {
        type: 'paragraph',
        text: `In section ${section} the minister said spending rose by ${section} per cent, which the figures do not show.`,
      },
      { type: 'quote', text: `“We have never spent more on schools,” she said in speech ${section}.` },
      { type: 'listItem', text: `Point ${section}.1: the budget grew.` },
      { type: 'listItem', text: `Point ${section}.2: the deficit fell.` },
      { type: 'paragraph', text: '' },
    );
  }
  return blocks;
}

/** N claims at random places, many overlapping, some across blocks, some empty or inside a separator. */
function randomHighlights(text: string, count: number, seed: number): HighlightSpec[] {
  const next = random(seed);
  const highlights: HighlightSpec[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = Math.floor(next() * text.length);
    const length = next() < 0.1 ? Math.floor(next() * 400) : Math.floor(next() * 40);
    highlights.push({
      id: `claim-${seed}-${i}`,
      start,
      end: Math.min(text.length, start + length),
      verdict: next() < 0.3 ? null : `scale-truth-6/step-${Math.floor(next() * 6)}`,
      status: STATUSES[Math.floor(next() * STATUSES.length)] as string,
    });
  }
  return highlights.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The straightforward version: each claim through offsetToPos, all at once through DecorationSet.create. */
function straightforward(
  doc: ProseMirrorNode,
  index: OffsetIndex,
  highlights: readonly HighlightSpec[],
  activeId: string | null,
): DecorationSet {
  const decorations: Decoration[] = [];
  for (const highlight of highlights) {
    const from = offsetToPos(index, highlight.start);
    const to = offsetToPos(index, highlight.end);
    if (to <= from) continue;
    const classes = ['claim-hl', `claim-status-${highlight.status}`];
    if (highlight.id === activeId) classes.push('is-active');
    decorations.push(
      Decoration.inline(
        from,
        to,
        {
          nodeName: 'span',
          class: classes.join(' '),
          'data-claim-id': highlight.id,
          'data-verdict': highlight.verdict ?? 'none',
        },
        { claimId: highlight.id },
      ),
    );
  }
  return DecorationSet.create(doc, decorations);
}

/** What a set draws: every decoration with its range, attributes and claim, in a stable order. */
function drawn(set: DecorationSet): string[] {
  const attrs = (decoration: Decoration) =>
    (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
  return set
    .find()
    .map(
      (decoration) =>
        `${decoration.from}-${decoration.to} ${JSON.stringify(attrs(decoration))} ${(decoration.spec as { claimId: string }).claimId}`,
    )
    .sort();
}

/** What the view draws inside each top-level block (the structure the editor walks). */
function drawnPerBlock(doc: ProseMirrorNode, set: DecorationSet): string[][] {
  const blocks: string[][] = [];
  doc.forEach((child, offset) => {
    const inside: string[] = [];
    set.forChild(offset, child).forEachSet((part) => inside.push(...drawn(part)));
    blocks.push(inside.sort());
  });
  return blocks;
}

const blocks = article(60);
const text = canonicalText(blocks);
const doc = ProseMirrorNode.fromJSON(schema, blocksToContent(blocks));
const index = buildOffsetIndex(doc, blocks);

describe('building the highlight decorations', () => {
  it.each([
    { claims: 1, seed: 1 },
    { claims: 50, seed: 2 },
    { claims: 2_000, seed: 3 },
    { claims: 5_000, seed: 4 },
  ])('draws the same as the straightforward version for $claims overlapping claims', ({ claims, seed }) => {
    const highlights = randomHighlights(text, claims, seed);
    const activeId = highlights[Math.floor(highlights.length / 2)]?.id ?? null;
    const fast = buildDecorations(doc, index, highlights, activeId);
    const simple = straightforward(doc, index, highlights, activeId);
    expect(drawn(fast)).toEqual(drawn(simple));
    expect(drawnPerBlock(doc, fast)).toEqual(drawnPerBlock(doc, simple));
    expect(fast.find().length).toBeGreaterThan(0);
  });

  it('accepts claims in any order', () => {
    const highlights = randomHighlights(text, 500, 5);
    const shuffled = [...highlights].reverse();
    expect(drawn(buildDecorations(doc, index, shuffled, null))).toEqual(
      drawn(straightforward(doc, index, highlights, null)),
    );
  });

  it('draws a claim that runs across blocks, and none for an empty range', () => {
    const across: HighlightSpec = {
      id: 'across',
      start: text.indexOf('Section 2'),
      end: text.indexOf('Point 2.1'),
      verdict: null,
      status: 'new',
    };
    const empty: HighlightSpec = { id: 'empty', start: 10, end: 10, verdict: null, status: 'new' };
    const set = buildDecorations(doc, index, [empty, across], null);
    expect(drawn(set)).toEqual(drawn(straightforward(doc, index, [empty, across], null)));
    expect(set.find().map((decoration) => (decoration.spec as { claimId: string }).claimId)).toEqual(['across']);
  });
});

describe('updating the highlight decorations', () => {
  const highlights = randomHighlights(text, 3_000, 6);

  it.each([
    {
      change: 'a verdict and a status',
      edit: (list: HighlightSpec[]) =>
        list.map((h, i) => (i % 700 === 3 ? { ...h, verdict: 'scale-snopes/mixture', status: 'final' } : h)),
    },
    {
      change: 'a moved claim',
      edit: (list: HighlightSpec[]) =>
        list.map((h, i) => (i === 10 ? { ...h, start: h.start + 5, end: h.end + 9 } : h)),
    },
    {
      change: 'a new and a deleted claim',
      edit: (list: HighlightSpec[]) => [
        ...list.slice(1),
        { id: 'new', start: 40, end: 90, verdict: null, status: 'new' },
      ],
    },
    { change: 'many claims (rebuilt)', edit: (list: HighlightSpec[]) => list.map((h) => ({ ...h, status: 'final' })) },
  ])('after $change draws the same as a fresh build', ({ edit }) => {
    const before = { highlights, activeId: highlights[20]?.id ?? null };
    const after = { highlights: edit(highlights), activeId: before.activeId };
    const set = buildDecorations(doc, index, before.highlights, before.activeId);
    const updated = updateDecorations({ doc, index, set, previous: before, next: after });
    expect(drawn(updated)).toEqual(drawn(straightforward(doc, index, after.highlights, after.activeId)));
  });

  it('moves the active mark from one claim to another', () => {
    const before = { highlights, activeId: highlights[5]?.id ?? null };
    const after = { highlights, activeId: highlights[2_500]?.id ?? null };
    const set = buildDecorations(doc, index, before.highlights, before.activeId);
    const updated = updateDecorations({ doc, index, set, previous: before, next: after });
    expect(drawn(updated)).toEqual(drawn(straightforward(doc, index, highlights, after.activeId)));
    const active = updated.find().filter((decoration) => JSON.stringify(decoration).includes('is-active'));
    expect(
      updated.find(undefined, undefined, (spec: { claimId: string }) => spec.claimId === after.activeId).length,
    ).toBeGreaterThan(0);
    expect(active.length).toBeLessThanOrEqual(1);
  });

  it('keeps the same set when nothing drawn changed', () => {
    const state = { highlights, activeId: null };
    const set = buildDecorations(doc, index, highlights, null);
    expect(
      updateDecorations({
        doc,
        index,
        set,
        previous: state,
        next: { highlights: highlights.map((h) => ({ ...h })), activeId: null },
      }),
    ).toBe(set);
  });
});
