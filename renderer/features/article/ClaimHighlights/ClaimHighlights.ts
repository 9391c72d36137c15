/**
 * Draws claims as ProseMirror decorations computed from their standoff targets, so claims can overlap
 * and the article itself is never changed. The set is built once (with the editor's first state),
 * mapped through transactions, and edited only where claims or the active claim changed.
 */
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import type { OffsetIndex } from '../article-content';
import { buildDecorations } from './build-decorations';
import type { ClaimHighlightsMeta, HighlightSpec } from './types';
import { updateDecorations } from './update-decorations';

interface HighlightState {
  highlights: readonly HighlightSpec[];
  activeId: string | null;
  decorations: DecorationSet;
}

export const claimHighlightsKey = new PluginKey<HighlightState>('claimHighlights');

export interface ClaimHighlightsOptions {
  /** Returns the offset index of this document. */
  getIndex: (doc: ProseMirrorNode) => OffsetIndex | null;
  /** The highlights to draw from the first paint on. */
  getInitial: () => { highlights: readonly HighlightSpec[]; activeId: string | null };
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
    return { getIndex: () => null, getInitial: () => ({ highlights: [], activeId: null }) };
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
    const { getIndex, getInitial } = this.options;
    return [
      new Plugin<HighlightState>({
        key: claimHighlightsKey,
        state: {
          init: (_config, state) => {
            const { highlights, activeId } = getInitial();
            const index = highlights.length > 0 ? getIndex(state.doc) : null;
            return {
              highlights,
              activeId,
              decorations: index ? buildDecorations(state.doc, index, highlights, activeId) : DecorationSet.empty,
            };
          },
          apply(tr: Transaction, previous: HighlightState): HighlightState {
            const meta = tr.getMeta(claimHighlightsKey) as ClaimHighlightsMeta | undefined;
            if (!meta) {
              return tr.docChanged
                ? { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) }
                : previous;
            }
            const next = {
              highlights: meta.highlights ?? previous.highlights,
              activeId: meta.activeId === undefined ? previous.activeId : meta.activeId,
            };
            if (next.highlights === previous.highlights && next.activeId === previous.activeId) return previous;
            const index = getIndex(tr.doc);
            if (!index) return { ...next, decorations: DecorationSet.empty };
            // A set drawn for another document (never here: the article is read-only) is rebuilt.
            const decorations = tr.docChanged
              ? buildDecorations(tr.doc, index, next.highlights, next.activeId)
              : updateDecorations({ doc: tr.doc, index, set: previous.decorations, previous, next });
            return { ...next, decorations };
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
