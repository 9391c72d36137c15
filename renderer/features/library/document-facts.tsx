/** The facts a library row shows about a document: outlet, date, claim count, and how many claims have a final verdict. */
import type { LibraryEntry } from './use-library';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** A published date as the page gave it, shown as a date when it is one. */
export function formatPublished(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}/.test(value)
    ? value
    : dateFormat.format(new Date(/T/.test(value) ? time : `${value.slice(0, 10)}T12:00:00`));
}

export function documentFacts({ document, claimCount }: LibraryEntry): string[] {
  return [
    document.outlet,
    document.author ? `by ${document.author}` : null,
    document.publishedAt
      ? `published ${formatPublished(document.publishedAt)}`
      : `added ${dateFormat.format(new Date(document.importedAt))}`,
    `${claimCount} claim${claimCount === 1 ? '' : 's'}`,
  ].filter((fact): fact is string => Boolean(fact));
}

/** "2 of 5 final" with a bar; nothing to show for a document without claims. */
export function ProgressLine({ entry }: { entry: LibraryEntry }) {
  if (entry.claimCount === 0) return <span className="verdict-progress empty">No claims marked yet</span>;
  return (
    <span className="verdict-progress">
      <progress value={entry.finalCount} max={entry.claimCount} aria-hidden="true" />
      {entry.finalCount} of {entry.claimCount} with a final verdict
    </span>
  );
}
