/** One document: the article with its highlights, the selected claim's card, and the claims list. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EmptySelectionError, makeTarget, newClaim, type Claim } from '../../../shared';
import { afterNextPaint } from '../../app/after-next-paint';
import { useAnalyst } from '../../app/analyst-context';
import { documentClaims } from '../../db/claims';
import { db } from '../../db/database';
import { evidenceCounts as countEvidence } from '../../db/evidence';
import { useUiStore } from '../../store/ui-store';
import { ArticleView, type ArticleHandle } from '../article/ArticleView';
import { articleVersionKey, EditArticleTextButton } from '../article-edit';
import { markClaimWithHistory } from '../claims/claim-actions';
import { ClaimCard } from '../claims/ClaimCard';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { useClaimSuggestions } from '../claims/use-claim-suggestions';
import { DocumentDetailsButton } from '../library/DocumentDetailsButton';
import { anchoredClaims } from '../orphans/anchored-claims';
import { OrphansButton } from '../orphans/OrphansButton';
import { ScalePicker } from '../scales/ScalePicker';
import { ShortcutHelp } from './ShortcutHelp';
import { useDocumentKeys } from './use-document-keys';

const NO_COUNTS: ReadonlyMap<string, number> = new Map();

export function DocumentScreen({ documentId }: { documentId: string }) {
  const analyst = useAnalyst();
  const article = useLiveQuery(() => db.documents.get(documentId), [documentId], undefined);
  const storedClaims = useLiveQuery(() => documentClaims(db, documentId), [documentId]);
  // A claim just marked is drawn and selected at once; the stored list takes over when its write is seen.
  const [pending, setPending] = useState<Claim | null>(null);
  // The claim marked last, whose card opens ready for typing its wording (moving to any other claim does not take the focus).
  const [markedId, setMarkedId] = useState<string | null>(null);
  const claims = useMemo(() => withPendingClaim(storedClaims, pending), [storedClaims, pending]);
  const scaleList = useLiveQuery(() => db.scales.toArray(), []);
  // Reads the evidence table only: editing a claim does not count every link again.
  const evidenceCounts = useLiveQuery(() => countEvidence(db), [], NO_COUNTS);
  const selectedClaimId = useUiStore((state) => state.selectedClaimId);
  const revealRequest = useUiStore((state) => state.revealRequest);
  const selectClaim = useUiStore((state) => state.selectClaim);
  const notify = useUiStore((state) => state.notify);
  const articleRef = useRef<ArticleHandle>(null);
  const cardColumnRef = useRef<HTMLDivElement>(null);
  const [visibleOrder, setVisibleOrder] = useState<string[]>([]);

  const scales = useMemo(() => new Map((scaleList ?? []).map((scale) => [scale.id, scale])), [scaleList]);
  const highlighted = useMemo(() => anchoredClaims(claims ?? []), [claims]);
  const scale = article ? (scales.get(article.scaleId) ?? null) : null;
  // The highlight and the list follow a new selection in the frame of the key press; the card (with its rationale editor) renders just after.
  const cardClaimId = useAfterPaint(selectedClaimId);
  const selected = useMemo(() => claims?.find((claim) => claim.id === cardClaimId) ?? null, [claims, cardClaimId]);
  const suggestions = useClaimSuggestions(documentId, claims, selected !== null);

  const markSelection = useCallback(async () => {
    if (!article) return;
    const range = articleRef.current?.selectedRange() ?? null;
    try {
      if (!range) throw new EmptySelectionError('Select the words of the claim in the article first.');
      const claim = newClaim(article.id, makeTarget(article.text, range.start, range.end), analyst);
      // The highlight is drawn in this frame; its card, the list and the write follow once it is on screen.
      // The selection goes first, so the editor does not put it back (a layout of the article) while drawing.
      articleRef.current?.clearSelection();
      articleRef.current?.showMarked(claim);
      await afterNextPaint();
      // The write starts before the card renders, so the database works while the page does.
      const saving = markClaimWithHistory(claim, analyst);
      setPending(claim);
      setMarkedId(claim.id);
      selectClaim(claim.id);
      try {
        await saving;
      } catch (error) {
        articleRef.current?.forgetMarked(claim.id);
        setPending((current) => (current?.id === claim.id ? null : current));
        if (useUiStore.getState().selectedClaimId === claim.id) selectClaim(null);
        throw new Error(`The claim was not saved: ${error instanceof Error ? error.message : String(error)}`);
      }
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { tone: 'error' });
    }
  }, [article, analyst, selectClaim, notify]);

  useEffect(() => {
    if (pending && storedClaims?.some((claim) => claim.id === pending.id)) setPending(null);
  }, [pending, storedClaims]);

  useEffect(() => {
    if (markedId !== null && selectedClaimId !== markedId) setMarkedId(null);
  }, [markedId, selectedClaimId]);

  useEffect(() => {
    cardColumnRef.current?.scrollTo({ top: 0 });
  }, [cardClaimId]);

  useDocumentKeys({ analyst, claims, scale, visibleOrder, markSelection: () => void markSelection() });

  if (article === undefined || claims === undefined)
    return (
      <p className="empty-state" aria-busy="true">
        Opening the document…
      </p>
    );
  if (!article) return <p className="empty-state">This document is no longer in the library.</p>;

  return (
    <div className="document-screen">
      <section className="article-column" aria-label="Article">
        <div className="article-toolbar" role="toolbar" aria-label="Article tools">
          <button
            type="button"
            className="primary"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void markSelection()}
            aria-keyshortcuts="M Control+Shift+M"
            title="Mark the words selected in the article as a claim (M)"
          >
            Mark claim
          </button>
          <DocumentDetailsButton document={article} />
          <EditArticleTextButton document={article} claimCount={claims.length} />
          <ScalePicker document={article} scales={scaleList ?? []} />
          <OrphansButton claims={claims} getSelection={() => articleRef.current?.selectedRange() ?? null} />
          <button
            type="button"
            className="icon-button help-button"
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
            onClick={() => useUiStore.getState().setHelpOpen(true)}
          >
            ?
          </button>
        </div>
        <ArticleView
          // A new text or formatting (Edit article text) is a new editor, with its offset index built for that text.
          key={articleVersionKey(article)}
          ref={articleRef}
          document={article}
          claims={highlighted}
          selectedClaimId={selectedClaimId}
          revealRequest={revealRequest}
          onSelectClaim={(id) => selectClaim(id)}
        />
      </section>
      <div className="card-column" ref={cardColumnRef}>
        {selected ? (
          <ClaimCard
            key={selected.id}
            claim={selected}
            scale={scale}
            scales={scales}
            documentUrl={article.url}
            evidenceCount={evidenceCounts.get(selected.id) ?? 0}
            claimantSuggestions={suggestions.claimants}
            tagSuggestions={suggestions.tags}
            justMarked={selected.id === markedId}
          />
        ) : (
          <p className="empty-state">
            {claims.length === 0
              ? 'Select the words of a claim in the article and press Mark claim.'
              : 'Pick a claim in the list or click a highlight to see its details.'}
          </p>
        )}
      </div>
      <ClaimsPanel claims={claims} scales={scales} evidenceCounts={evidenceCounts} onVisibleOrder={setVisibleOrder} />
      <ShortcutHelp />
    </div>
  );
}

/** `value`, changed only after the browser has painted the frame in which it changed. */
function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    let current = true;
    void afterNextPaint().then(() => {
      if (current) setShown(value);
    });
    return () => {
      current = false;
    };
  }, [value]);
  return shown;
}

/** The stored claims with the one being saved in its reading-order place (as documentClaims sorts). */
function withPendingClaim(stored: Claim[] | undefined, pending: Claim | null): Claim[] | undefined {
  if (!stored || !pending || stored.some((claim) => claim.id === pending.id)) return stored;
  const { start, end } = pending.target;
  const at = stored.findIndex(
    (claim) => claim.target.start > start || (claim.target.start === start && claim.target.end < end),
  );
  return at === -1 ? [...stored, pending] : [...stored.slice(0, at), pending, ...stored.slice(at)];
}
