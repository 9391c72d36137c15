// stripPageChrome: what is not the article leaves the page before extraction; links become absolute http(s) or lose their href.
import { describe, expect, it } from 'vitest';
import { absoluteHttpLink, stripPageChrome, withoutInlineStyles } from '../../../../shared/import';
import { parseHtml } from './parse-html';

const STORY = '<p>The story paragraph that is the article itself, long enough to be most of the page text.</p>'.repeat(
  3,
);

function strip(chrome: string, baseUrl: string | null = null): string {
  const page = parseHtml(
    withoutInlineStyles(`<!DOCTYPE html><html><head></head><body>${chrome}<article>${STORY}</article></body></html>`),
  );
  if (!page.documentElement) throw new Error('no page');
  stripPageChrome(page.documentElement, { baseUrl });
  return page.body?.textContent ?? '';
}

describe('stripPageChrome drops page furniture', () => {
  it.each([
    ['navigation', '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'],
    ['a site header', '<header class="site-header"><a href="/">Courier logo</a></header>'],
    ['a cookie banner by id', '<div id="cookie-consent"><p>We use cookies</p><button>Accept all</button></div>'],
    ['a consent dialog by role', '<div role="dialog"><p>Your privacy choices</p></div>'],
    ['a share widget', '<div class="share-bar"><a href="https://facebook.com/sharer">Share on Facebook</a></div>'],
    ['social buttons', '<ul class="social_links"><li>Tweet this</li></ul>'],
    [
      'a comment form and comments',
      '<section id="comments"><form><textarea>Please enter your comment!</textarea></form><p>First!</p></section>',
    ],
    ['related-article teasers', '<section class="related-articles"><h2>Teaser headline</h2></section>'],
    ['a "More like this" box', '<div class="more-like-this"><a href="/x">Teaser headline</a></div>'],
    ['an ad slot', '<div class="ad-slot">Advertisement</div>'],
    ['sponsored content', '<div class="sponsored">Sponsored by a brand</div>'],
    ['a newsletter sign-up', '<div class="newsletter-signup"><p>Sign up for our newsletter</p></div>'],
    ['a paywall prompt', '<div class="paywall">Subscribe to read on</div>'],
    ['an aside', '<aside><p>Aside teaser</p></aside>'],
    ['a footer', '<footer>© The Courier</footer>'],
    ['something hidden by style', '<div style="display: none">Hidden tracking text</div>'],
    ['something hidden by attribute', '<div hidden>Hidden text</div><span aria-hidden="true">Icon text</span>'],
    [
      'scripts, styles and noscript',
      '<script>var secret = 1;</script><style>.x{}</style><noscript>Enable JavaScript</noscript>',
    ],
  ])('%s', (_what, chrome) => {
    const text = strip(chrome);
    expect(text).toContain('The story paragraph');
    for (const word of [
      'Home',
      'logo',
      'cookies',
      'privacy',
      'Share',
      'Tweet',
      'comment',
      'First!',
      'Teaser',
      'Advertisement',
      'Sponsored',
      'newsletter',
      'Subscribe',
      'Aside',
      '©',
      'Hidden',
      'Icon',
      'secret',
      'JavaScript',
    ]) {
      expect(text).not.toContain(word);
    }
  });

  it('keeps the story and its own header even when the story wrapper is named like chrome', () => {
    const page = parseHtml(
      `<!DOCTYPE html><html><body><div class="story comments-enabled"><article><header><h1>Headline</h1><p class="byline">By Ana</p></header>${STORY}</article></div><div class="comments">Short comment</div></body></html>`,
    );
    stripPageChrome(page.documentElement as never, { baseUrl: null });
    const text = page.body?.textContent ?? '';
    expect(text).toContain('Headline');
    expect(text).toContain('By Ana');
    expect(text).toContain('The story paragraph');
    expect(text).not.toContain('Short comment');
  });

  it('makes links absolute against the page address and removes the href of any other kind of link', () => {
    const page = parseHtml(
      '<!DOCTYPE html><html><body><p><a href="/data">a</a> <a href="other.html">b</a> <a href="javascript:alert(1)">c</a> <a href="https://x.example/y">d</a> <a href="//cdn.example/z">e</a></p></body></html>',
    );
    stripPageChrome(page.documentElement as never, { baseUrl: 'https://news.example/2026/story' });
    const anchors = [...(page.body as unknown as HTMLElement).querySelectorAll('a')].map((anchor) =>
      anchor.getAttribute('href'),
    );
    expect(anchors).toEqual([
      'https://news.example/data',
      'https://news.example/2026/other.html',
      null,
      'https://x.example/y',
      'https://cdn.example/z',
    ]);
  });
});

describe('absoluteHttpLink', () => {
  it.each([
    ['https://a.example/x', null, 'https://a.example/x'],
    ['  HTTP://A.example  ', null, 'http://a.example/'],
    ['/x', null, null],
    ['/x', 'https://a.example/y/z', 'https://a.example/x'],
    ['#top', 'https://a.example/', null],
    ['javascript:alert(1)', 'https://a.example/', null],
    ['data:text/html,x', 'https://a.example/', null],
    ['ftp://a.example/file', 'https://a.example/', null],
    ['https://user:pass@', null, null],
  ])('%s against %s is %s', (href, base, expected) => {
    expect(absoluteHttpLink(href, base)).toBe(expected);
  });
});

describe('withoutInlineStyles', () => {
  it('removes style elements and renames style attributes, leaving text alone', () => {
    const html =
      '<head><style>p { color: red }</style></head><p style="display:none" title="a > b">The style = fine</p><STYLE type="text/css">x</STYLE>';
    expect(withoutInlineStyles(html)).toBe(
      '<head></head><p data-factcheck-style="display:none" title="a > b">The style = fine</p>',
    );
  });
});
