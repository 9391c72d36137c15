// The small pieces the exports rely on: organisation settings, stable UUIDs, URL normal forms, embeddable JSON, HTML to text and Markdown escaping.
import { describe, expect, it } from 'vitest';
import {
  checkOrganisation,
  EMPTY_ORGANISATION,
  escapeMarkdown,
  exportFileName,
  exportUrl,
  htmlToText,
  jsonForEmbedding,
  markdownLink,
  parseOrganisation,
  uuidFor,
  uuidFromUrn,
} from '../../../../shared/interop';

describe('organisation settings', () => {
  it('trims the input and accepts empty fields', () => {
    expect(
      checkOrganisation({
        name: '  Harbour   Checks ',
        url: ' https://checks.example ',
        logoUrl: '',
        factCheckBaseUrl: '',
      }),
    ).toEqual({
      organisation: { name: 'Harbour Checks', url: 'https://checks.example', logoUrl: '', factCheckBaseUrl: '' },
      problems: {},
    });
  });

  it.each(['javascript:alert(1)', 'ftp://files.example/logo.png', 'checks.example', 'data:image/png;base64,AAAA'])(
    'refuses %j as a URL, naming the field',
    (url) => {
      expect(checkOrganisation({ ...EMPTY_ORGANISATION, logoUrl: url }).problems).toEqual({
        logoUrl: 'Enter a web address starting with http:// or https://, or leave it empty.',
      });
    },
  );

  it('reads stored settings, and empty ones from anything that is not valid', () => {
    const stored = { name: 'A', url: 'https://a.example/', logoUrl: '', factCheckBaseUrl: 'https://a.example/checks' };
    expect(parseOrganisation(stored)).toEqual(stored);
    expect(parseOrganisation({ ...stored, url: 'javascript:alert(1)' })).toEqual(EMPTY_ORGANISATION);
    expect(parseOrganisation(undefined)).toEqual(EMPTY_ORGANISATION);
  });
});

describe('identifiers, URLs and file names', () => {
  it('keeps a UUID id and derives a stable version-8 UUID from any other id', () => {
    expect(uuidFor('0F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A')).toBe('0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a');
    expect(uuidFor('claim-1')).toBe(uuidFor('claim-1'));
    expect(uuidFor('claim-1')).not.toBe(uuidFor('claim-2'));
    expect(uuidFor('claim-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidFromUrn(`urn:uuid:${uuidFor('claim-1')}`)).toBe(uuidFor('claim-1'));
    expect(uuidFromUrn('https://example.org/anno/1')).toBeNull();
    expect(uuidFromUrn('urn:uuid:not-a-uuid')).toBeNull();
  });

  it.each([
    ['https://example.org', 'https://example.org/'],
    [' https://example.org/a b?q="x"<y> ', 'https://example.org/a%20b?q=%22x%22%3Cy%3E'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['', null],
    [null, null],
  ])('writes the URL %j as %j', (url, expected) => {
    expect(exportUrl(url)).toBe(expected);
  });

  it('names export files after the document with the format’s ending', () => {
    expect(exportFileName('Harbour traffic report 🚢', 'w3c')).toBe('harbour-traffic-report.annotations.jsonld');
    expect(exportFileName('../../etc/passwd', 'csv')).toBe('etcpasswd.csv');
    expect(exportFileName('', 'html')).toBe('document.report.html');
  });
});

describe('text helpers', () => {
  it('writes JSON that cannot close a script element and parses back unchanged', () => {
    const value = { text: '</script><!-- & \u2028 -->' };
    const text = jsonForEmbedding(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it.each([
    ['<p>One <b>bold</b> &amp; two</p><p>Three<br>four</p>', 'One bold & two\n\nThree\nfour'],
    ['<script>alert(1)</script>kept<style>p{}</style>', 'kept'],
    ['a &lt;b&gt; &#x1F6A2; &#128674; &#0; &bogus;', 'a <b> 🚢 🚢 \ufffd &bogus;'],
    ['<!-- hidden -->shown', 'shown'],
  ])('turns the HTML %j into the text %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it.each([
    ['plain words', 'plain words'],
    ['*bold* _it_ `code` [x](y) #tag', '\\*bold\\* \\_it\\_ \\`code\\` \\[x\\]\\(y\\) \\#tag'],
    ['<script>&', '&lt;script&gt;&amp;'],
    ['- a list?', '\\- a list?'],
    ['1. numbered', '1\\. numbered'],
    ['line\nbreak', 'line break'],
  ])('escapes the Markdown %j as %j', (text, markdown) => {
    expect(escapeMarkdown(text)).toBe(markdown);
  });

  it('links only http(s) URLs in Markdown', () => {
    expect(markdownLink('https://example.org/a (b)', 'A [b]')).toBe('[A \\[b\\]](<https://example.org/a%20(b)>)');
    expect(markdownLink('javascript:alert(1)', 'click')).toBe('click');
  });
});
