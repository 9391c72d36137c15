/** One document in the library: open it, see its outlet, date and verdict progress, or rename it, edit its details, move it to the trash. */
import { useState, type KeyboardEvent } from 'react';
import { useAnalyst } from '../../app/analyst-context';
import { useUiStore } from '../../store/ui-store';
import { moveToTrash, renameDocument } from './library-actions';
import { MatchSnippet } from './MatchSnippet';
import { ProgressLine, documentFacts } from './document-facts';
import type { LibraryEntry } from './use-library';

export function DocumentRow({ entry, onDetails }: { entry: LibraryEntry; onDetails: () => void }) {
  const analyst = useAnalyst();
  const openDocument = useUiStore((state) => state.openDocument);
  const [renaming, setRenaming] = useState<string | null>(null);
  const { document } = entry;

  async function commitRename() {
    if (renaming === null) return;
    if (await renameDocument(document, renaming, analyst)) setRenaming(null);
  }

  function onRenameKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commitRename();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setRenaming(null);
    }
  }

  return (
    <li className="library-row" data-document-id={document.id}>
      {renaming === null ? (
        <button type="button" className="document-item" onClick={() => openDocument(document.id)}>
          <span className="document-title">{document.title}</span>
          <span className="document-meta">{documentFacts(entry).join(' · ')}</span>
          <ProgressLine entry={entry} />
        </button>
      ) : (
        <div className="rename-form">
          <input
            aria-label="New title"
            value={renaming}
            autoFocus
            onChange={(event) => setRenaming(event.target.value)}
            onKeyDown={onRenameKey}
          />
          <button type="button" className="primary" onClick={() => void commitRename()}>
            Save
          </button>
          <button type="button" onClick={() => setRenaming(null)}>
            Cancel
          </button>
        </div>
      )}
      {entry.match && <MatchSnippet match={entry.match} />}
      <div className="row-actions">
        <button type="button" onClick={onDetails}>
          Details…
        </button>
        <button type="button" onClick={() => setRenaming(document.title)} disabled={renaming !== null}>
          Rename
        </button>
        <button type="button" className="danger" onClick={() => void moveToTrash(document, analyst)}>
          Move to trash
        </button>
      </div>
    </li>
  );
}
