/** One document: the article with its highlights, the selected claim's card, and the claims list. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EmptySelectionError, makeTarget } from '../../../shared';
import { useAnalyst } from '../../app/analyst-context';
import { documentClaims } from '../../db/claims';
import { db } from '../../db/database';
import { useUiStore } from '../../store/ui-store';
import { ArticleView, type ArticleHandle } from '../article/ArticleView';
import { markClaimWithHistory } from '../claims/claim-actions';
import { ClaimCard } from '../claims/ClaimCard';
import { distinctValues } from '../claims/claim-query';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { DocumentDetailsButton } from '../library/DocumentDetailsButton';
import { anchoredClaims } from '../orphans/anchored-claims';
import { OrphansButton } from '../orphans/OrphansButton';
import { ScalePicker } from '../scales/ScalePicker';
import { ShortcutHelp } from './ShortcutHelp';
import { useDocumentKeys } from './use-document-keys';

export function DocumentScreen({ documentId }: { documentId: string }) {
  const analyst = useAnalyst();
  const article = useLiveQuery(() => db.documents.get(documentId), [documentId], undefined);
  const claims = useLiveQuery(() => documentClaims(db, documentId), [documentId]);
  const scaleList = useLiveQuery(() => db.scales.toArray(), []);
  const evidence = useLiveQuery(async () => {
    const ids = (await db.claims.where('documentId').equals(documentId).primaryKeys()) as string[];
    return db.evidence.where('claimId').anyOf(ids).filter((link) => !link.deleted).toArray();
  }, [documentId]);
  const allClaimants = useLiveQuery(async () => distinctValues(await db.claims.toArray(), (claim) => [claim.claimant]), []);
  const allTags = useLiveQuery(async () => distinctValues(await db.claims.toArray(), (claim) => claim.tags), []);
  const selectedClaimId = useUiStore((state) => state.selectedClaimId);
  const revealRequest = useUiStore((state) => state.revealRequest);
  const selectClaim = useUiStore((state) => state.selectClaim);
  const notify = useUiStore((state) => state.notify);
  const articleRef = useRef<ArticleHandle>(null);
  const cardColumnRef = useRef<HTMLDivElement>(null);
  const [visibleOrder, setVisibleOrder] = useState<string[]>([]);

  const scales = useMemo(() => new Map((scaleList ?? []).map((scale) => [scale.id, scale])), [scaleList]);
  const evidenceCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const link of evidence ?? []) counts.set(link.claimId, (counts.get(link.claimId) ?? 0) + 1);
    return counts;
  }, [evidence]);
  const highlighted = useMemo(() => anchoredClaims(claims ?? []), [claims]);
  const scale = article ? (scales.get(article.scaleId) ?? null) : null;
  const selected = claims?.find((claim) => claim.id === selectedClaimId) ?? null;

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
          <button type="button" className="primary" onMouseDown={(event) => event.preventDefault()} onClick={() => void markSelection()} aria-keyshortcuts="M Control+Shift+M">
            Mark claim
          </button>
          <span className="hint">Select a passage, then press M. Shortcuts: ?</span>
          <DocumentDetailsButton document={article} />
          <ScalePicker document={article} scales={scaleList ?? []} />
          <OrphansButton claims={claims} getSelection={() => articleRef.current?.selectedRange() ?? null} />
          <button type="button" className="icon-button help-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => useUiStore.getState().setHelpOpen(true)}>
            ?
          </button>
        </div>
        <ArticleView
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
            claimantSuggestions={allClaimants ?? []}
            tagSuggestions={allTags ?? []}
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
