/** Where a search phrase was found in a document, with the phrase marked. */
import { MATCH_LABELS, type SearchMatch } from './library-search';

export function MatchSnippet({ match }: { match: SearchMatch }) {
  return (
    <p className="match-snippet">
      <span className="match-field">Found {MATCH_LABELS[match.field]}:</span> {match.snippet.slice(0, match.start)}
      <mark>{match.snippet.slice(match.start, match.end)}</mark>
      {match.snippet.slice(match.end)}
    </p>
  );
}
