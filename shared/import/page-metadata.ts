/** Reads a web page's own description of its article: meta tags, the canonical link and JSON-LD. */
import { isHttpUrl } from '../model/url';
import { descendants, tagOf, type DomDocument, type DomElement } from './dom';
import { readJsonLdArticle } from './json-ld';

export interface PageMetadata {
  title: string | null;
  siteName: string | null;
  url: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** Collapses white space and trims; empty becomes null. */
export function cleanValue(value: string | null | undefined, maxLength = 500): string | null {
  const clean = (value ?? '').replace(/\s+/g, ' ').trim();
  return clean.length === 0 ? null : clean.slice(0, maxLength);
}

/** A language tag as pages write it (`en_GB`, `de-DE`), in BCP 47 form (`en-GB`); null when it is not one. */
export function languageTag(value: string | null | undefined): string | null {
  const tag = cleanValue(value, 35)?.replace(/_/g, '-') ?? null;
  return tag !== null && LANGUAGE_TAG.test(tag) ? tag : null;
}

/** The document title without a trailing " | Site name" or " - Site name". */
function titleWithoutSite(title: string | null, siteName: string | null): string | null {
  if (title === null) return null;
  if (siteName) {
    for (const separator of [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ']) {
      const suffix = `${separator}${siteName}`;
      if (title.endsWith(suffix) && title.length > suffix.length) return title.slice(0, -suffix.length).trim();
    }
  }
  return title;
}

function firstOf(...values: Array<string | null | undefined>): string | null {
  for (const value of values) {
    const clean = cleanValue(value);
    if (clean !== null) return clean;
  }
  return null;
}

function httpOrNull(value: string | null): string | null {
  return value !== null && isHttpUrl(value) ? new URL(value.trim()).href : null;
}

/** Reads the metadata before extraction changes the page; missing facts are null, never guessed from the text. */
export function readPageMetadata(page: DomDocument): PageMetadata {
  const root = page.documentElement;
  if (!root) return { title: null, siteName: null, url: null, author: null, publishedAt: null, language: null };
  const meta = new Map<string, string>();
  const ldScripts: string[] = [];
  let canonical: string | null = null;
  let titleTag: string | null = null;
  let firstHeading: string | null = null;
  for (const element of descendants(root)) {
    const tag = tagOf(element);
    if (tag === 'meta') readMeta(element, meta);
    else if (tag === 'link' && /(^|\s)canonical(\s|$)/i.test(element.getAttribute('rel') ?? ''))
      canonical ??= element.getAttribute('href');
    else if (tag === 'title') titleTag ??= element.textContent;
    else if (tag === 'h1') firstHeading ??= element.textContent;
    else if (tag === 'script' && /^application\/ld\+json$/i.test((element.getAttribute('type') ?? '').trim()))
      ldScripts.push(element.textContent ?? '');
  }
  const ld = readJsonLdArticle(ldScripts);
  const get = (...keys: string[]) => firstOf(...keys.map((key) => meta.get(key)));
  const siteName = firstOf(get('og:site_name', 'application-name', 'twitter:site:name'), ld?.publisher);
  // article:author is often a profile URL; a name reads better.
  const authorMeta = firstOf(
    ...['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl']
      .map((key) => meta.get(key))
      .filter((value) => value === undefined || !isHttpUrl(value)),
  );
  return {
    title: firstOf(
      ld?.headline,
      get('og:title', 'twitter:title', 'parsely-title', 'dc.title'),
      titleWithoutSite(cleanValue(titleTag, 2000), siteName),
      firstHeading,
    ),
    siteName,
    url: httpOrNull(canonical) ?? httpOrNull(get('og:url')) ?? httpOrNull(ld?.url ?? null),
    author: firstOf(authorMeta, ld?.author)?.replace(/^by\s+/i, '') ?? null,
    publishedAt:
      firstOf(
        get(
          'article:published_time',
          'og:article:published_time',
          'datepublished',
          'parsely-pub-date',
          'pubdate',
          'publishdate',
          'date',
          'dc.date',
          'dcterms.created',
          'sailthru.date',
        ),
        ld?.datePublished,
      )?.slice(0, 100) ?? null,
    language:
      languageTag(root.getAttribute('lang')) ??
      languageTag(ld?.inLanguage) ??
      languageTag(get('og:locale', 'content-language', 'language')),
  };
}

/** Records a meta tag under its lower-case name, property or itemprop; the first value of a name wins. */
function readMeta(element: DomElement, meta: Map<string, string>): void {
  const content = element.getAttribute('content');
  if (content === null) return;
  for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
    const key = element.getAttribute(attribute)?.trim().toLowerCase();
    if (key && !meta.has(key)) meta.set(key, content);
  }
}
