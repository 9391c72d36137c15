// @vitest-environment jsdom
// The app's HTML host (DOMParser, Readability, DOMPurify; jsdom stands in for Chromium here) and the CLI's (linkedom, Readability) make the same document.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalText, hashText } from '../../../../shared';
import { draftBlocks, draftFromFile, draftFromPaste, type ArticleDraft } from '../../../../shared/import';
import { linkedomHtmlHost } from '../../../../cli/html-host';
import { createBrowserHtmlHost } from '../../../../renderer/features/import/html-host';

const FIXTURE = path.resolve(import.meta.dirname, '../../../fixtures/articles/riverton-bus-ridership.html');
const fixture = readFileSync(FIXTURE, 'utf8');
const browserHost = createBrowserHtmlHost(window);

function both(name: string, content: string): [ArticleDraft, ArticleDraft] {
  const file = { name, content, byteLength: new TextEncoder().encode(content).byteLength };
  return [draftFromFile(file, browserHost), draftFromFile(file, linkedomHtmlHost)];
}

function fingerprint(draft: ArticleDraft) {
  const text = canonicalText(draftBlocks(draft, false));
  return { blocks: draft.blocks, metadata: draft.metadata, text, hash: hashText(text) };
}

const PARAGRAPH = 'A sentence long enough to count as article text for the extraction library, about buses and fares. ';

describe('both hosts make the same document', () => {
  it('from the saved news page: same blocks, metadata, text and hash', () => {
    const [app, cli] = both('riverton.html', fixture);
    expect(fingerprint(cli)).toEqual(fingerprint(app));
    expect(app.blocks.length).toBeGreaterThan(10);
  });

  it.each([
    ['unclosed paragraphs', `<body><article><h1>T</h1><p>${PARAGRAPH.repeat(4)}<p>${PARAGRAPH.repeat(3)}</article>`],
    [
      'entities and non-breaking spaces',
      `<body><article><p>Caf&eacute; &amp; bar&nbsp;&mdash; ${PARAGRAPH.repeat(6)}</p><p>&lt;b&gt; is text</p></article>`,
    ],
    [
      'hostile links and handlers',
      `<body><article><p onclick="x()">${PARAGRAPH.repeat(5)}<a href="javascript:alert(1)">js</a> <a href="data:text/html,x">data</a> <a href="https://ok.example/">ok</a></p><img src=x onerror=alert(1)></article>`,
    ],
    [
      'lists, quotes and a table',
      `<body><main><p>${PARAGRAPH.repeat(5)}</p><ul><li>one<ol><li>two</li></ol></li></ul><blockquote>${PARAGRAPH}</blockquote><table><tr><td>a</td><td>b</td></tr></table></main>`,
    ],
    [
      'a page with no article element',
      `<body><div class="content"><p>${PARAGRAPH.repeat(3)}</p><p>${PARAGRAPH.repeat(3)}</p></div><div class="sidebar">Side</div>`,
    ],
    ['a short page', '<title>Note</title><p>Only a short note.</p>'],
  ])('from %s', (_what, html) => {
    const [app, cli] = both('page.html', html);
    expect(fingerprint(cli)).toEqual(fingerprint(app));
  });

  it('from pasted HTML', () => {
    const paste = {
      html: '<meta charset="utf-8"><h2>Pasted headline</h2><p>Pasted <b>bold</b> <a href="https://x.example/">link</a>.</p><div class="share">Share</div>',
      text: 'ignored',
    };
    const app = draftFromPaste(paste, browserHost);
    expect(draftFromPaste(paste, linkedomHtmlHost)).toEqual(app);
    expect(app.blocks).toEqual([
      { type: 'title', text: 'Pasted headline' },
      {
        type: 'paragraph',
        text: 'Pasted bold link.',
        marks: [
          { type: 'bold', start: 7, end: 11 },
          { type: 'link', start: 12, end: 16, href: 'https://x.example/' },
        ],
      },
    ]);
  });
});

describe('the saved news page', () => {
  const [draft] = both('riverton.html', fixture);
  const text = canonicalText(draft.blocks);

  it('keeps the article: title, headings, paragraphs, the quote and both lists', () => {
    expect(draft.blocks[0]).toEqual({
      type: 'title',
      text: 'Mayor says bus ridership doubled since fare cut. The figures tell a different story',
    });
    expect(draft.blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual([
      'Where the “doubling” comes from',
      'What the figures show',
    ]);
    expect(draft.blocks.filter((block) => block.type === 'quote')).toHaveLength(1);
    expect(draft.blocks.filter((block) => block.type === 'listItem')).toHaveLength(5);
    expect(text).toContain('an increase of about 38 per cent');
    expect(text).toContain('This article was amended on 28 November 2026');
  });

  it('drops navigation, the cookie banner, share buttons, ads, the newsletter box, comments, teasers and the footer', () => {
    for (const chrome of [
      'Skip to content',
      'cookies',
      'Accept all',
      'Subscribe',
      'Share on',
      'Copy link',
      'Advertisement',
      'morning briefing',
      'Sign up',
      'Leave a reply',
      'RivertonRider',
      'More like this',
      'Tram extension',
      'Read more',
      'bus lanes',
      'All rights reserved',
      'Tracking pixel',
      'enable JavaScript',
      'Topics:',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('keeps emphasis and http(s) links, and only those', () => {
    const links = draft.blocks.flatMap((block) =>
      (block.marks ?? [])
        .filter((mark) => mark.type === 'link')
        .map((mark) => [block.text.slice(mark.start, mark.end), mark.href]),
    );
    expect(links).toEqual([
      ['Riverton Transport’s open data portal', 'https://data.riverton.example/transport/ridership'],
      ['review of route 7', 'https://www.rivertoncourier.example/documents/route-7-review.pdf'],
      ['minutes of the 24 November meeting', 'https://www.riverton.example/council/minutes/2026-11-24'],
    ]);
    const bold = draft.blocks.flatMap((block) =>
      (block.marks ?? []).filter((mark) => mark.type === 'bold').map((mark) => block.text.slice(mark.start, mark.end)),
    );
    expect(bold).toEqual(['Helen Marsh']);
  });

  it('takes the metadata from the page', () => {
    expect(draft.metadata).toEqual({
      title: 'Mayor says bus ridership doubled since fare cut. The figures tell a different story',
      url: 'https://www.rivertoncourier.example/news/2026/11/28/bus-ridership-fare-cut',
      outlet: 'The Riverton Courier',
      author: 'Maria Jensen',
      publishedAt: '2026-11-28T07:30:00+00:00',
      language: 'en-GB',
    });
  });
});
