/**
 * The Orphans view of a document: claims whose quote was not found when a teammate's version of the
 * article was merged. Each is listed with its original quote and context, and is attached again to
 * the passage the analyst selects in the article.
 */
import { useMemo, useState } from 'react';
import type { Claim } from '../../../shared';
import { useAnalyst } from '../../app/analyst-context';
import { deleteClaim } from '../../db/claims';
import { reattachClaim } from '../../db/conflicts';
import { db } from '../../db/database';
import { useUiStore } from '../../store/ui-store';
import { orphansOf } from './anchored-claims';
import './orphans.css';

interface OrphansButtonProps {
  /** The document's live claims, as the document screen already reads them. */
  claims: readonly Claim[];
  /** The passage selected in the article, as canonical-text offsets. */
  getSelection: () => { start: number; end: number } | null;
}

export function OrphansButton({ claims, getSelection }: OrphansButtonProps) {
  const analyst = useAnalyst();
  const orphans = useMemo(() => orphansOf(claims), [claims]);
  const [open, setOpen] = useState(false);
  const notify = useUiStore((state) => state.notify);
  if (orphans.length === 0) return null;

  const attach = async (claimId: string) => {
    const range = getSelection();
    if (!range || range.start === range.end) {
      notify('Select the passage of the claim in the article, then press Attach to selection.', { tone: 'error' });
      return;
    }
    try {
      const target = await reattachClaim(db, claimId, range, analyst);
      window.getSelection()?.removeAllRanges();
      useUiStore.getState().selectClaim(claimId, { reveal: true });
      notify(`Attached the claim to “${target.exact.slice(0, 60)}”.`);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { tone: 'error' });
    }
  };

  return (
    <div className="orphans-anchor">
      <button
        type="button"
        className="orphans-button"
        aria-expanded={open}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(!open)}
      >
        Orphans <span className="orphans-count">{orphans.length}</span>
      </button>
      {open && (
        <section className="orphans-panel" aria-label="Orphaned claims">
          <p className="orphans-intro">
            The quotes of these claims were not found in this version of the article. Select the passage in the article,
            then attach the claim to it.
          </p>
          <ul className="orphans-list">
            {orphans.map((claim) => (
              <li key={claim.id} className="orphan-item" data-orphan-claim={claim.id}>
                <blockquote className="orphan-quote">
                  <span className="orphan-context">…{claim.target.prefix}</span>
                  <mark>{claim.target.exact}</mark>
                  <span className="orphan-context">{claim.target.suffix}…</span>
                </blockquote>
                {claim.text && <p className="orphan-wording">{claim.text}</p>}
                <div className="orphan-actions">
                  <button
                    type="button"
                    className="primary"
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => void attach(claim.id)}
                  >
                    Attach to selection
                  </button>
                  <button type="button" className="danger" onClick={() => void deleteClaim(db, claim.id, analyst)}>
                    Delete claim
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
