/** One document: the article with its highlights, the selected claim's card, and the claims list. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EmptySelectionError, makeTarget } from '../../../shared';
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
  const claims = useLiveQuery(() => documentClaims(db, documentId), [documentId]);
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
  const selected = useMemo(() => claims?.find((claim) => claim.id === selectedClaimId) ?? null, [claims, selectedClaimId]);
  const suggestions = useClaimSuggestions(documentId, claims, selected !== null);

  const markSelection = useCallback(async () => {
    if (!article) return;
    const range = articleRef.current?.selectedRange() ?? null;
    try {
      if (!range) throw new EmptySelectionError('Select the words of the claim in the article first.');
      const target = makeTarget(article.text, range.start, range.end);
      const claim = await markClaimWithHistory(article.id, target, analyst);
      articleRef.current?.clearSelection();
      selectClaim(claim.id);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { tone: 'error' });
    }
  }, [article, analyst, selectClaim, notify]);

  useEffect(() => {
    cardColumnRef.current?.scrollTo({ top: 0 });
  }, [selectedClaimId]);

  useDocumentKeys({ analyst, claims, scale, visibleOrder, markSelection: () => void markSelection() });

  if (article === undefined || claims === undefined) return <p className="empty-state" aria-busy="true">Opening the document…</p>;
  if (!article) return <p className="empty-state">This document is no longer in the library.</p>;

  return (
    <div className="document-screen">
      <section className="article-column" aria-label="Article">
        <div className="article-toolbar" role="toolbar" aria-label="Article tools">
          <button type="button" className="primary" onMouseDown={(event) => event.preventDefault()} onClick={() => void markSelection()} aria-keyshortcuts="M Control+Shift+M" title="Mark the words selected in the article as a claim (M)">
            Mark claim
          </button>
          <DocumentDetailsButton document={article} />
          <EditArticleTextButton document={article} claimCount={claims.length} />
          <ScalePicker document={article} scales={scaleList ?? []} />
          <OrphansButton claims={claims} getSelection={() => articleRef.current?.selectedRange() ?? null} />
          <button type="button" className="icon-button help-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => useUiStore.getState().setHelpOpen(true)}>
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
          />
        ) : (
          <p className="empty-state">
            {claims.length === 0 ? 'Select the words of a claim in the article and press Mark claim.' : 'Pick a claim in the list or click a highlight to see its details.'}
          </p>
        )}
      </div>
      <ClaimsPanel claims={claims} scales={scales} evidenceCounts={evidenceCounts} onVisibleOrder={setVisibleOrder} />
      <ShortcutHelp />
    </div>
  );
}
