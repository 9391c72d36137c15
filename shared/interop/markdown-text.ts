/** Markdown from user text and rationale rich text: punctuation that Markdown acts on is escaped, HTML is never let through, links are http(s) only. */
import { isHttpUrl } from '../model/url';
import type { RichMark, RichNode, RichText } from '../richtext/schema';

/**
 * Inline Markdown for one line of text: markup characters are backslash-escaped, < > & become entities
 * (so no HTML tag or entity from the text is read as markup), and line starts that open a block are escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#!|~]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Several lines of user text as one Markdown paragraph, keeping its line breaks as hard breaks. */
export function markdownLines(text: string, indent = ''): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => escapeMarkdown(line.trim()))
    .filter((line) => line.length > 0)
    .join(`\\\n${indent}`);
}

/** The destination of a Markdown link: a parsed http(s) URL in angle brackets (which it cannot contain), or null. */
export function markdownUrl(url: string | null): string | null {
  if (!url || !isHttpUrl(url)) return null;
  return `<${new URL(url.trim()).href.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

/** `[label](<url>)` for an http(s) URL, the escaped label alone otherwise. */
export function markdownLink(url: string | null, label: string): string {
  const destination = markdownUrl(url);
  return destination ? `[${escapeMarkdown(label)}](${destination})` : escapeMarkdown(label);
}

function marked(text: string, marks: readonly RichMark[]): string {
  return marks.reduce((markdown, mark) => {
    if (mark.type === 'bold') return `**${markdown}**`;
    if (mark.type === 'italic') return `*${markdown}*`;
    const destination = markdownUrl(mark.attrs.href);
    return destination ? `[${markdown}](${destination})` : markdown;
  }, escapeMarkdown(text));
}

function inline(node: RichNode, indent: string): string {
  if (node.type === 'text') return node.text ? marked(node.text, node.marks ?? []) : '';
  if (node.type === 'hardBreak') return `\\\n${indent}`;
  return (node.content ?? []).map((child) => inline(child, indent)).join('');
}

function block(node: RichNode, indent: string): string[] {
  if (node.type === 'paragraph') return [indent + inline(node, indent)];
  if (node.type === 'bulletList' || node.type === 'orderedList') {
    const start = node.attrs?.start ?? 1;
    return [
      (node.content ?? [])
        .map((item, index) => {
          const marker = node.type === 'bulletList' ? '- ' : `${start + index}. `;
          const inner = `${indent}${' '.repeat(marker.length)}`;
          const [first, ...rest] = (item.content ?? []).flatMap((child) => block(child, inner));
          return [`${indent}${marker}${(first ?? '').slice(inner.length)}`, ...rest].join('\n\n');
        })
        .join('\n'),
    ];
  }
  return (node.content ?? []).flatMap((child) => block(child, indent));
}

/** The rationale as Markdown blocks separated by blank lines. */
export function richTextToMarkdown(doc: RichText, indent = ''): string {
  return block(doc, indent)
    .filter((part) => part.trim().length > 0)
    .join('\n\n');
}
