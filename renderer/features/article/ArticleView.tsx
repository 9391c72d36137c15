/**
 * The article, read-only in a TipTap editor, with claims drawn as highlights. It reports clicks on
 * highlights and tells the caller which canonical-text range the reader has selected.
 */
import { EditorContent, useEditor } from '@tiptap/react';
import type { EditorView } from '@tiptap/pm/view';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useImperativeHandle, useRef, type MouseEvent, type Ref } from 'react';
import type { Claim, FactDocument } from '../../../shared';
import { blocksToContent, buildOffsetIndex, posToOffset, type OffsetIndex } from './article-content';
import { verdictKey } from '../scales/use-scale-styles';
import { ClaimHighlights, type HighlightSpec } from './ClaimHighlights';

export interface ArticleHandle {
  /** The selected range as canonical-text offsets, or null when nothing in the article is selected. */
  selectedRange(): { start: number; end: number } | null;
  clearSelection(): void;
}

interface ArticleViewProps {
  document: FactDocument;
  claims: readonly Claim[];
  selectedClaimId: string | null;
  revealRequest: number;
  onSelectClaim: (claimId: string | null) => void;
  ref?: Ref<ArticleHandle>;
}

function toHighlights(claims: readonly Claim[]): HighlightSpec[] {
  return claims.map((claim) => ({
    id: claim.id,
    start: claim.target.start,
    end: claim.target.end,
    verdict: claim.verdict ? verdictKey(claim.verdict.scaleId, claim.verdict.stepId) : null,
    status: claim.status,
  }));
}

/** The reader's selection in the article as editor positions, or null when it is elsewhere or empty. */
function domSelection(view: EditorView): { from: number; to: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const { anchorNode, focusNode } = selection;
  if (!anchorNode || !focusNode || !view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return null;
  const anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
  const focus = view.posAtDOM(focusNode, selection.focusOffset);
  return { from: Math.min(anchor, focus), to: Math.max(anchor, focus) };
}

export function ArticleView({ document: article, claims, selectedClaimId, revealRequest, onSelectClaim, ref }: ArticleViewProps) {
  const indexRef = useRef<OffsetIndex | null>(null);
  const claimsRef = useRef(claims);
  claimsRef.current = claims;

  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({
          code: false,
          codeBlock: false,
          hardBreak: false,
          horizontalRule: false,
          strike: false,
          underline: false,
          link: false,
          dropcursor: false,
          gapcursor: false,
          undoRedo: false,
          orderedList: false,
          trailingNode: false,
        }),
        ClaimHighlights.configure({ getIndex: () => indexRef.current }),
      ],
      content: blocksToContent(article.blocks),
      editable: false,
      injectCSS: false,
      immediatelyRender: true,
      editorProps: { attributes: { class: 'article-text', 'aria-label': 'Article text', role: 'document' } },
      onCreate: ({ editor: created }) => {
        indexRef.current = buildOffsetIndex(created.state.doc, article.blocks);
      },
    },
    [article.id],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (!indexRef.current) indexRef.current = buildOffsetIndex(editor.state.doc, article.blocks);
    // Redrawing highlights restores the editor's own idea of the selection; bring it up to date with
    // what the reader has selected right now so a fresh selection is never replaced by an older one.
    const selected = domSelection(editor.view);
    const chain = editor.chain();
    if (selected) chain.setTextSelection(selected);
    chain.setClaimHighlights({ highlights: toHighlights(claims), activeId: selectedClaimId }).run();
  }, [editor, article.blocks, claims, selectedClaimId]);

  useEffect(() => {
    if (!editor || !selectedClaimId || revealRequest === 0) return;
    const element = editor.view.dom.querySelector(`[data-claim-id="${CSS.escape(selectedClaimId)}"]`);
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [editor, revealRequest, selectedClaimId]);

  useImperativeHandle(
    ref,
    () => ({
      selectedRange() {
        const index = indexRef.current;
        const selected = editor ? domSelection(editor.view) : null;
        if (!index || !selected) return null;
        return { start: posToOffset(index, selected.from), end: posToOffset(index, selected.to) };
      },
      clearSelection() {
        window.getSelection()?.removeAllRanges();
      },
    }),
    [editor],
  );

  function handleClick(event: MouseEvent) {
    const index = indexRef.current;
    if (!editor || !index) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed && editor.view.dom.contains(selection.anchorNode)) return;
    const hit = editor.view.posAtCoords({ left: event.clientX, top: event.clientY });
    if (!hit) return;
    const offset = posToOffset(index, hit.pos);
    const covering = claimsRef.current
      .filter((claim) => claim.target.start <= offset && offset < claim.target.end)
      .sort((a, b) => a.target.end - a.target.start - (b.target.end - b.target.start));
    onSelectClaim(covering[0]?.id ?? null);
  }

  return (
    // The article is read-only text; clicks pick the claim under the pointer. Keyboard users pick claims in the claims panel.
    <div className="article-scroll" onClick={handleClick}>
      <EditorContent editor={editor} />
    </div>
  );
}
