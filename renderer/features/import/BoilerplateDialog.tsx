/** Shows the site boilerplate found at the end of an article before import, and lets the analyst remove it or keep it. */
import { useId } from 'react';
import { boilerplateBlocks } from '../../../shared/import';
import { useAnalyst } from '../../app/analyst-context';
import { commitDraft } from './import-actions';
import type { PendingDraft } from '../../store/article-import-slice';
import { useUiStore } from '../../store/ui-store';
import { ModalDialog } from '../../app/ModalDialog';
import './import.css';

export function BoilerplateDialog({ pending }: { pending: PendingDraft }) {
  const analyst = useAnalyst();
  const id = useId();
  const review = useUiStore((state) => state.reviewDraft);
  const blocks = boilerplateBlocks(pending.draft);
  const kept = pending.draft.blocks.length - blocks.length;
  const lastKept = pending.draft.blocks[kept - 1]?.text ?? '';

  function decide(remove: boolean) {
    review(null);
    void commitDraft(pending.draft, remove, analyst);
  }

  return (
    <ModalDialog titleId={`${id}-title`} className="boilerplate-dialog" onClose={() => review(null)}>
      <h2 id={`${id}-title`}>Remove site boilerplate?</h2>
      <p>
        The end of {pending.source === 'the pasted text' ? 'the pasted text' : `“${pending.source}”`} looks like page
        furniture rather than the article (comment prompts, share buttons, teasers for other stories). These{' '}
        {blocks.length === 1 ? 'paragraph' : `${blocks.length} paragraphs`} would be left out of “
        {pending.draft.metadata.title}”, which keeps {kept} {kept === 1 ? 'block' : 'blocks'}:
      </p>
      <ol className="boilerplate-list" aria-label="Paragraphs to remove">
        {blocks.map((block, index) => (
          <li key={index}>{block.text.length > 300 ? `${block.text.slice(0, 299)}…` : block.text}</li>
        ))}
      </ol>
      <p className="boilerplate-last">
        With them removed, the article ends: “{lastKept.length > 160 ? `…${lastKept.slice(-159)}` : lastKept}”
      </p>
      <p className="hint-text">
        The article text is fixed once imported, so decide now. Nothing is removed unless you choose to.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={() => review(null)}>
          Cancel import
        </button>
        <button type="button" onClick={() => decide(false)}>
          Keep them
        </button>
        <button type="button" className="primary" autoFocus onClick={() => decide(true)}>
          Remove them
        </button>
      </div>
    </ModalDialog>
  );
}
