/** Plain text from the HTML of an imported annotation body: tags dropped, entities decoded; the result is only ever shown as text. */
import { walkHtml } from './html-events';

const BLOCK_ENDS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'ul', 'ol']);

/** The text of an HTML fragment: block ends and line breaks become line breaks, scripts and styles are dropped with their content. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  walkHtml(html, {
    open(tag) {
      if (tag === 'br') parts.push('\n');
    },
    close(tag) {
      if (BLOCK_ENDS.has(tag)) parts.push('\n\n');
    },
    text(text) {
      parts.push(text);
    },
  });
  return parts
    .join('')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
