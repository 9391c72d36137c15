/** Keyboard handling of the document screen: marking, moving between claims, verdicts by number, undo and redo. */
import { useEffect, useRef } from 'react';
import type { Analyst, Claim, VerdictScale } from '../../../shared';
import { useUiStore } from '../../store/ui-store';
import { changeClaim, deleteClaimWithUndo, redoLast, undoLast } from '../claims/claim-actions';
import { CLAIM_SEARCH_ID } from '../claims/ClaimFiltersBar';
import { isTyping } from './shortcuts';

interface DocumentKeysOptions {
  analyst: Analyst;
  claims: readonly Claim[] | undefined;
  scale: VerdictScale | null;
  visibleOrder: readonly string[];
  markSelection: () => void;
}

export function useDocumentKeys(options: DocumentKeysOptions): void {
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { analyst, claims, scale, visibleOrder, markSelection } = latest.current;
      const store = useUiStore.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && event.shiftKey && key === 'm') {
        event.preventDefault();
        markSelection();
        return;
      }
      if (isTyping(event.target) || store.helpOpen) return;
      const selected = claims?.find((claim) => claim.id === store.selectedClaimId) ?? null;
      const move = (step: number) => {
        if (visibleOrder.length === 0) return;
        const at = selected ? visibleOrder.indexOf(selected.id) : -1;
        const next =
          at === -1
            ? step > 0
              ? 0
              : visibleOrder.length - 1
            : Math.min(visibleOrder.length - 1, Math.max(0, at + step));
        store.selectClaim(visibleOrder[next] ?? null, { reveal: true });
      };
      let handled = true;
      if (mod && (key === 'y' || (key === 'z' && event.shiftKey))) void redoLast();
      else if (mod && key === 'z') void undoLast();
      else if (mod) handled = false;
      else if (event.altKey) {
        if (event.key === 'ArrowDown') move(1);
        else if (event.key === 'ArrowUp') move(-1);
        else handled = false;
      } else if (event.key === 'm') markSelection();
      else if (event.key === 'j') move(1);
      else if (event.key === 'k') move(-1);
      else if (event.key === '/') document.getElementById(CLAIM_SEARCH_ID)?.focus();
      else if (event.key === '?') store.setHelpOpen(true);
      else if (event.key === 'Escape') store.selectClaim(null);
      else if (event.key === 'Delete' && selected) void deleteClaimWithUndo(selected.id, analyst);
      else if (/^[0-9]$/.test(event.key) && selected && scale) {
        const step = event.key === '0' ? null : scale.steps[Number(event.key) - 1];
        if (event.key === '0') changeClaim(selected, 'verdict', null, analyst);
        else if (step) changeClaim(selected, 'verdict', { scaleId: scale.id, stepId: step.id }, analyst);
        else handled = false;
      } else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
