/**
 * Draws claims as ProseMirror decorations computed from their standoff targets, so claims can overlap
 * and the article itself is never changed. The set is rebuilt only when the claims or the active claim change.
 */
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { offsetToPos, type OffsetIndex } from '../article-content';
import type { ClaimHighlightsMeta, HighlightSpec } from './types';

interface HighlightState {
  highlights: readonly HighlightSpec[];
  activeId: string | null;
  decorations: DecorationSet;
}

export const claimHighlightsKey = new PluginKey<HighlightState>('claimHighlights');

/** One inline decoration per claim, each in its own element so overlapping claims nest. */
export function buildDecorations(
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

export interface ClaimHighlightsOptions {
  /** Returns the offset index of the current document. */
  getIndex: () => OffsetIndex | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    claimHighlights: {
      /** Replaces the highlighted claims and/or the active claim. */
      setClaimHighlights: (meta: ClaimHighlightsMeta) => ReturnType;
    };
  }
}

export const ClaimHighlights = Extension.create<ClaimHighlightsOptions>({
  name: 'claimHighlights',

  addOptions() {
    return { getIndex: () => null };
  },

  addCommands() {
    return {
      setClaimHighlights:
        (meta) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(claimHighlightsKey, meta).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const { getIndex } = this.options;
    return [
      new Plugin<HighlightState>({
        key: claimHighlightsKey,
        state: {
          init: () => ({ highlights: [], activeId: null, decorations: DecorationSet.empty }),
          apply(tr: Transaction, previous: HighlightState): HighlightState {
            const meta = tr.getMeta(claimHighlightsKey) as ClaimHighlightsMeta | undefined;
            if (!meta) {
              return tr.docChanged ? { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) } : previous;
            }
            const highlights = meta.highlights ?? previous.highlights;
            const activeId = meta.activeId === undefined ? previous.activeId : meta.activeId;
            const index = getIndex();
            const decorations = index ? buildDecorations(tr.doc, index, highlights, activeId) : DecorationSet.empty;
            return { highlights, activeId, decorations };
          },
        },
        props: {
          decorations(state) {
            return claimHighlightsKey.getState(state)?.decorations ?? DecorationSet.empty;
          },
        },
      }),
    ];
  },
});
