/** What an annotation import did, in words: one summary for a notice or the command line, and one line per annotation left out. */
import type { AnnotationImport, AnnotationProblem, NotPlaced, NotPlacedReason } from './w3c-import';
import { ANNOTATION_FILE_KINDS } from './w3c-read';

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : plural}`;
}

const REASON_NOUNS: Record<NotPlacedReason, [string, string]> = {
  'page-note': ['page note', 'page notes'],
  reply: ['reply', 'replies'],
  'other-source': ['annotation of another page', 'annotations of another page'],
  'no-text': ['annotation without a text selector', 'annotations without a text selector'],
};

/** How many annotations were not placed for each reason, in a fixed order. */
export function notPlacedCounts(notPlaced: readonly NotPlaced[]): Array<{ reason: NotPlacedReason; count: number }> {
  return (Object.keys(REASON_NOUNS) as NotPlacedReason[])
    .map((reason) => ({ reason, count: notPlaced.filter((item) => item.reason === reason).length }))
    .filter((item) => item.count > 0);
}

/** The first sentence of the description: how many claims came from how many annotations, anchored or orphans. */
export function annotationImportHeadline(imported: AnnotationImport): string {
  const from = `${count(imported.total, 'annotation')}${imported.kind === 'w3c' ? '' : ` (${ANNOTATION_FILE_KINDS[imported.kind]})`}`;
  return `Imported ${count(imported.claims.length, 'claim')} from ${from}: ${imported.anchored.toLocaleString('en-US')} anchored, ${count(imported.orphans, 'orphan')}${imported.orphans > 0 ? ' (kept with their quotes, not placed in the text)' : ''}.`;
}

/** One paragraph for a report or the command line: what was placed, what was not and why. */
export function describeAnnotationImport(imported: AnnotationImport): string {
  const parts = [annotationImportHeadline(imported)];
  if (imported.otherSourceAnchored > 0)
    parts.push(
      `${count(imported.otherSourceAnchored, 'claim was', 'claims were')} placed on ${imported.otherSourceAnchored === 1 ? 'its quote although its annotation names' : 'their quotes although their annotations name'} another page (${imported.otherSources.join(', ')}).`,
    );
  const notPlaced = notPlacedCounts(imported.notPlaced);
  if (notPlaced.length > 0)
    parts.push(`Not placed: ${notPlaced.map(({ reason, count: n }) => count(n, ...REASON_NOUNS[reason])).join(', ')}.`);
  if (imported.skipped > 0)
    parts.push(`${count(imported.skipped, 'annotation was', 'annotations were')} already in the document.`);
  if (imported.repeated > 0)
    parts.push(
      `${count(imported.repeated, 'annotation appears', 'annotations appear')} twice in the file and ${imported.repeated === 1 ? 'was' : 'were'} imported once.`,
    );
  if (imported.problems.length > 0)
    parts.push(`${count(imported.problems.length, 'invalid annotation was', 'invalid annotations were')} left out.`);
  if (imported.droppedLinks > 0)
    parts.push(
      `${count(imported.droppedLinks, 'link that is not http(s) was', 'links that are not http(s) were')} dropped.`,
    );
  for (const note of imported.notes) parts.push(`${note.charAt(0).toUpperCase()}${note.slice(1)}.`);
  if (imported.missing !== null && imported.notes.length === 0)
    parts.push(`The file says it has ${count(imported.missing, 'more annotation', 'more annotations')} than it holds.`);
  return parts.join(' ');
}

/** The counts an import report shows: what was placed, and each reason something was not (zero counts left out). */
export function annotationImportFacts(imported: AnnotationImport): Array<{ label: string; count: number }> {
  const notPlaced = notPlacedCounts(imported.notPlaced);
  const byReason = (reason: NotPlacedReason) => notPlaced.find((item) => item.reason === reason)?.count ?? 0;
  return [
    { label: 'Annotations in the file', count: imported.total },
    { label: 'Placed on the text', count: imported.anchored },
    { label: '… of them on the quote of another page', count: imported.otherSourceAnchored },
    { label: 'Orphans (quote not found, kept)', count: imported.orphans },
    { label: 'Not placed: page notes', count: byReason('page-note') },
    { label: 'Not placed: replies', count: byReason('reply') },
    { label: 'Not placed: another page', count: byReason('other-source') },
    { label: 'Not placed: no text selector', count: byReason('no-text') },
    { label: 'Already in the document', count: imported.skipped },
    { label: 'Repeated in the file', count: imported.repeated },
    { label: 'Invalid, left out', count: imported.problems.length },
  ].filter((fact, index) => index < 2 || fact.count > 0);
}

/** One line per annotation: which one (number, id, place in the file) and what is wrong with it or why it was not placed. */
export function annotationProblemLines(problems: readonly AnnotationProblem[]): string[] {
  return problems.map(
    (problem) =>
      `Annotation ${problem.number}${problem.id ? ` (${problem.id})` : ''} at ${problem.path}: ${problem.message}`,
  );
}

/** At most `limit` lines of `lines`, and a line saying how many more there are. */
export function cappedLines(
  lines: readonly string[],
  limit: number,
  noun = 'more line',
  plural = `${noun}s`,
): string[] {
  if (lines.length <= limit) return [...lines];
  return [...lines.slice(0, limit), `… and ${count(lines.length - limit, noun, plural)}`];
}
