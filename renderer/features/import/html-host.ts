/** The browser's HTML tools for the shared import: DOMParser parses, Mozilla Readability extracts, DOMPurify sanitises. */
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { READABILITY_OPTIONS, SANITIZE_CONFIG, type HtmlDocument, type HtmlHost } from '../../../shared/import';

/** A host over a window (the app's own, or jsdom's in tests); parsed pages are inert, nothing in them runs or loads. */
export function createBrowserHtmlHost(view: Window & typeof globalThis): HtmlHost {
  const purify = createDOMPurify(view);
  return {
    parse: (html) => new view.DOMParser().parseFromString(html, 'text/html') as HtmlDocument,
    extract: (page) => new Readability(page as unknown as Document, READABILITY_OPTIONS).parse(),
    sanitize: (html) => purify.sanitize(html, SANITIZE_CONFIG),
  };
}

let host: HtmlHost | null = null;

/** The app's host, made on first use. */
export function browserHtmlHost(): HtmlHost {
  host ??= createBrowserHtmlHost(window);
  return host;
}
