/** One document: the article with its highlights beside the claims panel, and the marking shortcut. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef } from 'react';
import { EmptySelectionError, makeTarget } from '../../../shared';
import { useAnalyst } from '../../app/analyst-context';
import { documentClaims, markClaim } from '../../db/claims';
import { db } from '../../db/database';
import { useUiStore } from '../../store/ui-store';
import { ArticleView, type ArticleHandle } from '../article/ArticleView';
import { undoLastDeletion } from '../claims/claim-actions';
import { ClaimsPanel } from '../claims/ClaimsPanel';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function DocumentScreen({ documentId }: { documentId: string }) {
  const analyst = useAnalyst();
  const article = useLiveQuery(() => db.documents.get(documentId), [documentId], undefined);
  const claims = useLiveQuery(() => documentClaims(db, documentId), [documentId]);
  const scale = useLiveQuery(async () => (article ? await db.scales.get(article.scaleId) : undefined), [article?.scaleId]);
  const selectedClaimId = useUiStore((state) => state.selectedClaimId);
  const revealRequest = useUiStore((state) => state.revealRequest);
  const selectClaim = useUiStore((state) => state.selectClaim);
  const notify = useUiStore((state) => state.notify);
  const articleRef = useRef<ArticleHandle>(null);

  const markSelection = useCallback(async () => {
    if (!article) return;
    const range = articleRef.current?.selectedRange() ?? null;
    try {
      if (!range) throw new EmptySelectionError('Select the words of the claim in the article first.');
      const target = makeTarget(article.text, range.start, range.end);
      const claim = await markClaim(db, article.id, target, analyst);
      articleRef.current?.clearSelection();
      selectClaim(claim.id);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { tone: 'error' });
    }
  }, [article, analyst, selectClaim, notify]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const typing = isTyping(event.target);
      if (mod && event.shiftKey && event.key.toLowerCase() === 'm') {
        event.preventDefault();
        void markSelection();
        return;
      }
      if (typing) return;
      if (event.key === 'Escape') selectClaim(null);
      else if (event.key === 'm' && !mod && !event.altKey) {
        event.preventDefault();
        void markSelection();
      } else if (mod && !event.shiftKey && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        void undoLastDeletion(analyst);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [markSelection, selectClaim, analyst]);

  if (article === undefined || claims === undefined) return <p className="empty-state" aria-busy="true">Opening the document…</p>;
  if (article === null || !article) return <p className="empty-state">This document is no longer in the library.</p>;

  return (
    <div className="document-screen">
      <section className="article-column" aria-label="Article">
        <div className="article-toolbar" role="toolbar" aria-label="Article tools">
          <button type="button" className="primary" onMouseDown={(event) => event.preventDefault()} onClick={() => void markSelection()} aria-keyshortcuts="M Control+Shift+M">
            Mark claim
          </button>
          <span className="hint">Select a passage, then press Mark claim or M.</span>
        </div>
        <ArticleView
          ref={articleRef}
          document={article}
          claims={claims}
          selectedClaimId={selectedClaimId}
          revealRequest={revealRequest}
          onSelectClaim={(id) => selectClaim(id)}
        />
      </section>
      <ClaimsPanel claims={claims} scale={scale ?? null} />
    </div>
  );
}
