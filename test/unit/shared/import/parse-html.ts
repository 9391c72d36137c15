// Parses HTML for the shared-import unit tests with linkedom, as the CLI does.
import { DOMParser } from 'linkedom';
import type { HtmlDocument } from '../../../../shared/import';

export function parseHtml(html: string): HtmlDocument {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as HtmlDocument;
}

/** The body of a page made of `fragment`. */
export function bodyOf(fragment: string) {
  const body = parseHtml(`<!DOCTYPE html><html><head></head><body>${fragment}</body></html>`).body;
  if (!body) throw new Error('no body');
  return body;
}
