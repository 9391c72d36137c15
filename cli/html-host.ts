/**
 * The CLI's HTML tools for the shared import: linkedom parses and Mozilla Readability extracts. DOMPurify
 * does not run on linkedom (it needs DOM behaviour linkedom lacks), so here the shared block walk, which
 * keeps only text, emphasis and http(s) links, is the sanitiser; a unit test shows both hosts agree.
 */
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { READABILITY_OPTIONS, type HtmlDocument, type HtmlHost } from '../shared/import';

export const linkedomHtmlHost: HtmlHost = {
  parse: (html) => new DOMParser().parseFromString(html, 'text/html') as unknown as HtmlDocument,
  extract: (page) => new Readability(page as never, READABILITY_OPTIONS).parse(),
  sanitize: (html) => html,
};
