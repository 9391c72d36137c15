/** What the library says when a view has nothing to show: how to add articles, that the trash is empty, or that a search found nothing. */
import type { LibraryView } from './use-library';

interface LibraryEmptyStateProps {
  view: LibraryView;
  query: string;
  sizes: Record<LibraryView, number>;
  onClearSearch: () => void;
}

export function LibraryEmptyState({ view, query, sizes, onClearSearch }: LibraryEmptyStateProps) {
  if (query.trim().length > 0 && sizes[view] > 0) {
    return (
      <div className="empty-state library-empty">
        <p>
          No document {view === 'trash' ? 'in the trash ' : ''}matches “{query.trim()}”. The search looks in titles,
          outlets and authors, the article text, and the wording and quotes of claims.
        </p>
        <button type="button" onClick={onClearSearch}>
          Clear the search
        </button>
      </div>
    );
  }
  if (view === 'trash') {
    return (
      <p className="empty-state library-empty">
        The trash is empty. Documents you move to the trash stay here, with their claims, until you restore them.
      </p>
    );
  }
  return (
    <div className="empty-state library-empty">
      <p>The library is empty{sizes.trash > 0 ? ` (${sizes.trash} in the trash)` : ''}.</p>
      <p>
        Add an article with <strong>Open article…</strong> (a .txt, .md or saved .html page), with{' '}
        <strong>Paste article…</strong>, or by dropping a file onto this window. <strong>Import…</strong> adds a
        teammate’s bundle.
      </p>
    </div>
  );
}
