/**
 * Reads one annotation of the Hypothesis API (as its search results, single-annotation responses and
 * client exports hold them) into the same shape as a W3C annotation: its first target's selectors (the
 * quote, and the position in UTF-16 units of the page, a hint), `text` in Markdown as the rationale,
 * `tags`, `user` with `user_info.display_name` as the author, `created`/`updated`, and `uri`,
 * `document.link` and `document.title` for the page it was made on. A reply (`references`) and a page
 * note (no selector) are recognised so the import can say why they are not placed.
 */
import { analystFor, isoDateTime } from './annotation-agents';
import { annotationKey } from './annotation-ids';
import { htmlToText } from './html-text';
import { markdownToHtml } from './markdown-html';
import type { ParseAnnotationResult, ParsedText, Unplaceable } from './w3c-parse';
import { checkDepth, MAX_TEXT_LENGTH } from './w3c-parse';
import { isObject } from './w3c-read';
import { InvalidAnnotation, list, readTargets } from './w3c-selectors';

function strings(value: unknown): string[] {
  return list(value).filter((item): item is string => typeof item === 'string' && item.trim().length > 0);
}

/** The pages an annotation says it was made on: its targets' sources, its `uri` and the document's other links. */
function pagesOf(row: Record<string, unknown>, targetSources: readonly string[]): string[] {
  const document = isObject(row['document']) ? row['document'] : {};
  const links = list(document['link']).flatMap((link) => (isObject(link) ? strings(link['href']) : []));
  return [...new Set([...targetSources, ...strings(row['uri']), ...links].map((page) => page.trim()))];
}

/** The Markdown comment as a rationale text (rendered to HTML, then read into the rationale subset). */
function commentOf(markdown: string): ParsedText | null {
  if (!markdown.trim()) return null;
  if (markdown.length > MAX_TEXT_LENGTH)
    throw new InvalidAnnotation(
      `its text is ${markdown.length} characters long; texts of up to ${MAX_TEXT_LENGTH} are read`,
    );
  const html = markdownToHtml(markdown);
  return { purposes: ['commenting'], value: htmlToText(html), html };
}

function unplaceableOf(row: Record<string, unknown>, hasText: boolean, other: readonly string[]): Unplaceable | null {
  if (strings(row['references']).length > 0) return { reason: 'reply', message: 'it is a reply to another annotation' };
  if (hasText) return null;
  if (other.length > 0)
    return {
      reason: 'no-text',
      message: `its selectors point at no text of this article (${[...new Set(other)].join(', ')})`,
    };
  return { reason: 'page-note', message: 'it is a page note, with no passage selected' };
}

/** What one Hypothesis annotation says, or why it cannot be imported. */
export function parseHypothesisAnnotation(value: unknown): ParseAnnotationResult {
  try {
    if (!isObject(value)) throw new InvalidAnnotation('expected a Hypothesis annotation (an object)');
    checkDepth(value);
    const id = typeof value['id'] === 'string' && value['id'].trim() ? value['id'].trim() : null;
    // Only the first target counts: Hypothesis's server keeps one target per annotation.
    const reading = readTargets(list(value['target']).slice(0, 1), 'utf16');
    const text = value['text'];
    if (text !== undefined && text !== null && typeof text !== 'string')
      throw new InvalidAnnotation('its text must be a string');
    const texts: ParsedText[] = [];
    const comment = commentOf(text ?? '');
    if (comment) texts.push(comment);
    for (const tag of strings(value['tags'])) texts.push({ purposes: ['tagging'], value: tag.trim(), html: null });
    const userInfo = isObject(value['user_info']) ? value['user_info'] : {};
    const document = isObject(value['document']) ? value['document'] : {};
    const user = typeof value['user'] === 'string' ? value['user'] : null;
    const displayName = typeof userInfo['display_name'] === 'string' ? userInfo['display_name'] : null;
    const created = isoDateTime(value['created']);
    const pages = pagesOf(value, reading.sources);
    for (const target of reading.targets) target.aliases = pages;
    return {
      ok: true,
      annotation: {
        id,
        key: annotationKey(id, value, 'hypothesis'),
        targets: reading.targets,
        sources: pages,
        unplaceable: unplaceableOf(value, reading.targets.length > 0, reading.otherSelectors),
        texts,
        links: [],
        droppedLinks: 0,
        claimant: null,
        creator: analystFor(user, displayName),
        created,
        modified: isoDateTime(value['updated']) ?? created,
        sourceTitle: strings(document['title'])[0]?.trim().slice(0, 500) ?? null,
      },
    };
  } catch (error) {
    if (error instanceof InvalidAnnotation) return { ok: false, message: error.message };
    throw error;
  }
}
