/** A document in the trash: what it was, when and by whom it was deleted, and a way back. */
import { useAnalyst } from '../../app/analyst-context';
import { restore } from './library-actions';
import { MatchSnippet } from './MatchSnippet';
import type { LibraryEntry } from './use-library';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function TrashRow({ entry }: { entry: LibraryEntry }) {
  const analyst = useAnalyst();
  const { document, claimCount } = entry;
  return (
    <li className="library-row trashed" data-document-id={document.id}>
      <div className="document-item trashed-item">
        <span className="document-title">{document.title}</span>
        <span className="document-meta">
          {[
            document.outlet,
            `${claimCount} claim${claimCount === 1 ? '' : 's'}`,
            `moved to the trash ${dateTime.format(new Date(document.updatedAt))} by ${document.updatedBy.name}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </div>
      {entry.match && <MatchSnippet match={entry.match} />}
      <div className="row-actions">
        <button type="button" className="primary" onClick={() => void restore(document, analyst)}>
          Restore
        </button>
      </div>
    </li>
  );
}
