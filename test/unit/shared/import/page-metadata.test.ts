// readPageMetadata: title, site name, canonical URL, author, published time and language from meta tags and JSON-LD.
import { describe, expect, it } from 'vitest';
import { languageTag, readJsonLdArticle, readPageMetadata, type PageMetadata } from '../../../../shared/import';
import { parseHtml } from './parse-html';

function metadataOf(head: string, body = '<p>Text</p>', lang = ''): PageMetadata {
  return readPageMetadata(parseHtml(`<!DOCTYPE html><html${lang}><head>${head}</head><body>${body}</body></html>`));
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readPageMetadata from meta tags', () => {
  it('reads Open Graph, article and author tags and the canonical link', () => {
    const metadata = metadataOf(
      '<title>Budget passes | Daily Example</title><meta property="og:site_name" content="Daily Example"><meta property="og:title" content="Budget passes narrowly">' +
        '<meta name="author" content="Ana Reporter"><meta property="article:published_time" content="2026-11-28T07:30:00Z">' +
        '<link rel="canonical" href="https://daily.example/budget"><meta property="og:locale" content="en_GB">',
    );
    expect(metadata).toEqual({
      title: 'Budget passes narrowly',
      siteName: 'Daily Example',
      url: 'https://daily.example/budget',
      author: 'Ana Reporter',
      publishedAt: '2026-11-28T07:30:00Z',
      language: 'en-GB',
    });
  });

  it.each<{ what: string; head: string; body?: string; lang?: string; expected: Partial<PageMetadata> }>([
    {
      what: 'the title tag without the site name',
      head: '<meta property="og:site_name" content="Daily"><title>Budget passes - Daily</title>',
      expected: { title: 'Budget passes' },
    },
    {
      what: 'the first h1 when there is no title',
      head: '',
      body: '<h1> The  headline </h1>',
      expected: { title: 'The headline' },
    },
    {
      what: 'the html lang attribute first',
      head: '<meta property="og:locale" content="de_DE">',
      lang: ' lang="fr"',
      expected: { language: 'fr' },
    },
    {
      what: 'no language from a malformed tag',
      head: '',
      lang: ' lang="not a language!"',
      expected: { language: null },
    },
    {
      what: 'og:url when there is no canonical link',
      head: '<meta property="og:url" content="https://a.example/x">',
      expected: { url: 'https://a.example/x' },
    },
    {
      what: 'no URL from a javascript: canonical',
      head: '<link rel="canonical" href="javascript:alert(1)">',
      expected: { url: null },
    },
    { what: 'no relative canonical URL', head: '<link rel="canonical" href="/relative">', expected: { url: null } },
    {
      what: 'a name rather than an author profile URL',
      head: '<meta property="article:author" content="https://a.example/ana"><meta name="parsely-author" content="Ana B">',
      expected: { author: 'Ana B' },
    },
    {
      what: 'no "By" before an author',
      head: '<meta name="author" content="By Ana B">',
      expected: { author: 'Ana B' },
    },
    {
      what: 'nothing that is not there',
      head: '',
      body: '<p>x</p>',
      expected: { title: null, siteName: null, url: null, author: null, publishedAt: null, language: null },
    },
  ])('$what', ({ head, body, lang, expected }) => {
    expect(metadataOf(head, body, lang)).toMatchObject(expected);
  });
});

describe('readPageMetadata from JSON-LD', () => {
  it('reads a NewsArticle inside an @graph, with several authors and the publisher as site', () => {
    const metadata = metadataOf(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Ignored' },
          {
            '@type': ['NewsArticle'],
            headline: 'Ridership rose 38%',
            author: [{ '@type': 'Person', name: 'Maria Jensen' }, { name: 'Tom Okafor' }],
            publisher: { '@type': 'Organization', name: 'The Courier' },
            datePublished: '2026-11-28',
            mainEntityOfPage: { '@id': 'https://courier.example/ridership' },
            inLanguage: 'en-GB',
          },
        ],
      }),
    );
    expect(metadata).toEqual({
      title: 'Ridership rose 38%',
      siteName: 'The Courier',
      url: 'https://courier.example/ridership',
      author: 'Maria Jensen, Tom Okafor',
      publishedAt: '2026-11-28',
      language: 'en-GB',
    });
  });

  it('skips JSON-LD that does not parse or describes no article, and falls back to meta tags', () => {
    const metadata = metadataOf(
      `<script type="application/ld+json">{ not json</script>${ld({ '@type': 'Organization', name: 'Org' })}<meta name="author" content="Meta Author">`,
    );
    expect(metadata.author).toBe('Meta Author');
    expect(readJsonLdArticle(['{ not json', JSON.stringify([{ '@type': 'BreadcrumbList' }])])).toBeNull();
  });

  it('prefers meta tags for the publication time and JSON-LD for the headline', () => {
    const metadata = metadataOf(
      `<meta property="og:title" content="OG title"><meta property="article:published_time" content="2026-01-02">${ld({ '@type': 'Article', headline: 'LD headline', datePublished: '2025-12-31' })}`,
    );
    expect(metadata).toMatchObject({ title: 'LD headline', publishedAt: '2026-01-02' });
  });
});

describe('languageTag', () => {
  it.each([
    ['en', 'en'],
    ['en_US', 'en-US'],
    [' pt-BR ', 'pt-BR'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    ['english', null],
    ['', null],
    [null, null],
  ])('%s is %s', (value, expected) => {
    expect(languageTag(value)).toBe(expected);
  });
});
