/**
 * The article, read-only in a TipTap editor, with claims drawn as highlights. It reports clicks on
 * highlights and tells the caller which canonical-text range the reader has selected.
 */
import { EditorContent, useEditor } from '@tiptap/react';
import type { EditorView } from '@tiptap/pm/view';
import StarterKit from '@tiptap/starter-kit';
import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type Ref,
} from 'react';
import type { Claim, FactDocument } from '../../../shared';
import { blocksToContent, buildOffsetIndex, posToOffset, type OffsetIndex } from './article-content';
import { verdictKey } from '../scales/use-scale-styles';
import { ClaimHighlights, claimHighlightsKey, type HighlightSpec } from './ClaimHighlights';
import { ArticleLinks } from './ArticleLinks';
import { ARTICLE_VIEW_STARTER_KIT } from './article-schema';

export interface ArticleHandle {
  /** The selected range as canonical-text offsets, or null when nothing in the article is selected. */
  selectedRange(): { start: number; end: number } | null;
  clearSelection(): void;
  /** Draws a claim just marked as the active highlight at once, before the screen's claims include it. */
  showMarked(claim: Claim): void;
  /** Takes away the highlight of a claim just marked whose write failed. */
  forgetMarked(claimId: string): void;
}

interface ArticleViewProps {
  document: FactDocument;
  claims: readonly Claim[];
  selectedClaimId: string | null;
  revealRequest: number;
  onSelectClaim: (claimId: string | null) => void;
  ref?: Ref<ArticleHandle>;
}

function toHighlight(claim: Claim): HighlightSpec {
  return {
    id: claim.id,
    start: claim.target.start,
    end: claim.target.end,
    verdict: claim.verdict ? verdictKey(claim.verdict.scaleId, claim.verdict.stepId) : null,
    status: claim.status,
  };
}

function sameHighlights(a: readonly HighlightSpec[], b: readonly HighlightSpec[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] as HighlightSpec;
    const y = b[i] as HighlightSpec;
    if (x.id !== y.id || x.start !== y.start || x.end !== y.end || x.verdict !== y.verdict || x.status !== y.status)
      return false;
  }
  return true;
}

/**
 * The highlights of the claims, as the same array while nothing drawn changed: editing a claim's
 * wording or rationale then costs the article nothing.
 */
function useHighlights(claims: readonly Claim[]): readonly HighlightSpec[] {
  const previous = useRef<readonly HighlightSpec[]>([]);
  return useMemo(() => {
    const next = claims.map(toHighlight);
    if (!sameHighlights(previous.current, next)) previous.current = next;
    return previous.current;
  }, [claims]);
}

/** Characters of the article whose highlights are drawn with its first paint (its first screens). */
const FIRST_PAINT_CHARS = 20_000;
/** Characters more drawn in each following frame, until every highlight is. */
const CHARS_PER_FRAME = 50_000;

/**
 * The highlights drawn so far: those of the article's first screens with its first paint, then more in
 * each following frame. A long article with thousands of claims opens as fast as without them, and no
 * frame carries all of its highlights. `drawAll` draws the rest at once (to reveal a claim further on).
 */
function useProgressiveHighlights(
  highlights: readonly HighlightSpec[],
  textLength: number,
): { shown: readonly HighlightSpec[]; drawAll: () => void; complete: boolean } {
  const [drawnUntil, setDrawnUntil] = useState(FIRST_PAINT_CHARS);
  const lastStart = useMemo(
    () => highlights.reduce((last, highlight) => Math.max(last, highlight.start), -1),
    [highlights],
  );
  const complete = drawnUntil >= textLength || lastStart < drawnUntil;
  useEffect(() => {
    if (complete) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDrawnUntil((until) => until + CHARS_PER_FRAME), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [complete, drawnUntil]);
  const shown = useMemo(
    () => (complete ? highlights : highlights.filter((highlight) => highlight.start < drawnUntil)),
    [complete, highlights, drawnUntil],
  );
  const drawAll = useCallback(() => setDrawnUntil(Number.POSITIVE_INFINITY), []);
  return { shown, drawAll, complete };
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

export function ArticleView({
  document: article,
  claims,
  selectedClaimId,
  revealRequest,
  onSelectClaim,
  ref,
}: ArticleViewProps) {
  const indexRef = useRef<OffsetIndex | null>(null);
  const claimsRef = useRef(claims);
  claimsRef.current = claims;
  const allHighlights = useHighlights(claims);
  const { shown: highlights, drawAll, complete } = useProgressiveHighlights(allHighlights, article.text.length);
  // A claim just marked, drawn (and active) before the screen's claims include it: see showMarked.
  const markedRef = useRef<HighlightSpec | null>(null);
  const latest = useRef({ allHighlights, highlights, selectedClaimId });
  latest.current = { allHighlights, highlights, selectedClaimId };
  // A claim to reveal whose highlight is not drawn yet: revealed once every highlight is.
  const revealWaiting = useRef(false);
  // The editor reads its content only when it is created; building it on every render would cost each keystroke.
  const content = useMemo(() => blocksToContent(article.blocks), [article.blocks]);
  // What the editor draws from its first state, so the article is painted once, with its highlights.
  const initialRef = useRef({ highlights, activeId: selectedClaimId });
  initialRef.current = { highlights, activeId: selectedClaimId };

  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure(ARTICLE_VIEW_STARTER_KIT),
        ClaimHighlights.configure({
          getIndex: (doc) => (indexRef.current ??= buildOffsetIndex(doc, article.blocks)),
          getInitial: () => initialRef.current,
        }),
        ArticleLinks,
      ],
      content,
      editable: false,
      injectCSS: false,
      immediatelyRender: true,
      editorProps: { attributes: { class: 'article-text', 'aria-label': 'Article text', role: 'document' } },
      onCreate: ({ editor: created }) => {
        indexRef.current ??= buildOffsetIndex(created.state.doc, article.blocks);
      },
    },
    [article.id],
  );

  /** Draws the highlights to draw now and the active claim, with a claim just marked until the screen's claims include it. */
  const redraw = useCallback(() => {
    if (!editor || editor.isDestroyed) return;
    const { allHighlights: all, highlights: shown, selectedClaimId: selectedId } = latest.current;
    let list = shown;
    let activeId = selectedId;
    const marked = markedRef.current;
    if (marked && all.some((highlight) => highlight.id === marked.id)) {
      markedRef.current = null;
      if (!shown.some((highlight) => highlight.id === marked.id)) drawAll();
    } else if (marked) {
      list = [...shown, marked];
      activeId = marked.id;
    }
    const drawn = claimHighlightsKey.getState(editor.state);
    if (drawn && drawn.highlights === list && drawn.activeId === activeId) return;
    // Redrawing highlights restores the editor's own idea of the selection; bring it up to date with
    // what the reader has selected right now so a fresh selection is never replaced by an older one.
    const selected = domSelection(editor.view);
    const chain = editor.chain();
    if (selected) chain.setTextSelection(selected);
    chain.setClaimHighlights({ highlights: list, activeId }).run();
  }, [editor, drawAll]);

  useEffect(() => redraw(), [redraw, allHighlights, highlights, selectedClaimId]);

  useEffect(() => {
    if (!editor || !selectedClaimId || revealRequest === 0) return;
    const element = editor.view.dom.querySelector(`[data-claim-id="${CSS.escape(selectedClaimId)}"]`);
    if (element) element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    else if (!complete) {
      revealWaiting.current = true;
      drawAll();
    }
    // Only a new reveal request (or selection) scrolls; drawing more highlights does not (see below).
  }, [editor, revealRequest, selectedClaimId]);

  useEffect(() => {
    if (!editor || !complete || !revealWaiting.current || !selectedClaimId) return;
    revealWaiting.current = false;
    editor.view.dom
      .querySelector(`[data-claim-id="${CSS.escape(selectedClaimId)}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [editor, complete, selectedClaimId]);

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
      showMarked(claim) {
        // Drawn until the screen's claims include it (then they draw it) or it is forgotten (its write failed).
        markedRef.current = toHighlight(claim);
        redraw();
      },
      forgetMarked(claimId) {
        if (markedRef.current?.id !== claimId) return;
        markedRef.current = null;
        redraw();
      },
    }),
    [editor, redraw],
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
