/**
 * Markdown comments (Hypothesis writes its annotations' text in Markdown) as HTML for the rationale reader
 * (shared/interop/rich-text-html.ts), through markdown-it: raw HTML in the comment is shown as text, not
 * run, links other than http(s) are dropped later by the reader, and nesting is bounded.
 */
import markdownIt, { type MarkdownIt } from 'markdown-it';

let renderer: MarkdownIt | null = null;

/** The HTML of a Markdown text; line breaks inside a paragraph are kept, bare URLs become links. */
export function markdownToHtml(markdown: string): string {
  renderer ??= markdownIt('default', { html: false, linkify: true, breaks: true, maxNesting: 20 });
  return renderer.render(markdown);
}
