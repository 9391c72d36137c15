// articleBlocks: a sanitised article's DOM becomes blocks with bold, italic and http(s) link marks, and nothing else.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../shared';
import { articleBlocks } from '../../../../shared/import';
import { bodyOf } from './parse-html';

const blocks = (html: string) => articleBlocks(bodyOf(html));

describe('articleBlocks keeps the structure of the article', () => {
  it.each<{ what: string; html: string; blocks: Block[] }>([
    {
      what: 'paragraphs',
      html: '<p>One.</p><p>Two.</p>',
      blocks: [
        { type: 'paragraph', text: 'One.' },
        { type: 'paragraph', text: 'Two.' },
      ],
    },
    {
      what: 'headings of every level',
      html: '<h1>A</h1><h2>B</h2><h6>C</h6>',
      blocks: ['A', 'B', 'C'].map((text) => ({ type: 'heading', text })),
    },
    {
      what: 'a block quote of two paragraphs',
      html: '<blockquote><p>One.</p><p>Two.</p></blockquote>',
      blocks: [
        { type: 'quote', text: 'One.' },
        { type: 'quote', text: 'Two.' },
      ],
    },
    {
      what: 'loose text in a block quote',
      html: '<blockquote>Said <b>it</b>.</blockquote>',
      blocks: [{ type: 'quote', text: 'Said it.', marks: [{ type: 'bold', start: 5, end: 7 }] }],
    },
    {
      what: 'bulleted and numbered lists',
      html: '<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>',
      blocks: ['a', 'b', 'c'].map((text) => ({ type: 'listItem', text })),
    },
    {
      what: 'a nested list, in reading order',
      html: '<ul><li>outer<ul><li>inner</li></ul></li><li>next</li></ul>',
      blocks: ['outer', 'inner', 'next'].map((text) => ({ type: 'listItem', text })),
    },
    {
      what: 'paragraphs inside list items',
      html: '<ol><li><p>first</p><p>second</p></li></ol>',
      blocks: ['first', 'second'].map((text) => ({ type: 'listItem', text })),
    },
    {
      what: 'loose text in divs',
      html: '<div>One <span>line</span></div><div>Two</div>',
      blocks: [
        { type: 'paragraph', text: 'One line' },
        { type: 'paragraph', text: 'Two' },
      ],
    },
    {
      what: 'a table, one paragraph per row',
      html: '<table><tr><th>Year</th><th>Trips</th></tr><tr><td>2024</td><td>41.2m</td></tr></table>',
      blocks: [
        { type: 'paragraph', text: 'Year | Trips' },
        { type: 'paragraph', text: '2024 | 41.2m' },
      ],
    },
    { what: 'a line break as a space', html: '<p>one<br>two</p>', blocks: [{ type: 'paragraph', text: 'one two' }] },
    {
      what: 'white space as a browser lays it out',
      html: '<p>\n  a \t  b&nbsp;&nbsp;c\u200b \n</p>',
      blocks: [{ type: 'paragraph', text: 'a b c' }],
    },
    {
      what: 'nothing for empty elements',
      html: '<p> </p><div><span></span></div><p>x</p>',
      blocks: [{ type: 'paragraph', text: 'x' }],
    },
    {
      what: 'figure captions',
      html: '<figure><img src="a.jpg" alt="alt"><figcaption>Caption.</figcaption></figure>',
      blocks: [{ type: 'paragraph', text: 'Caption.' }],
    },
  ])('$what', ({ html, blocks: expected }) => {
    expect(blocks(html)).toEqual(expected);
  });
});

describe('articleBlocks keeps emphasis and http(s) links as marks', () => {
  it('marks bold, italic and links with offsets into the block text', () => {
    const [block] = blocks(
      '<p>The <strong>mayor</strong> said <em>“doubled”</em>, see <a href="https://data.example/r">the data</a>.</p>',
    );
    expect(block).toEqual({
      type: 'paragraph',
      text: 'The mayor said “doubled”, see the data.',
      marks: [
        { type: 'bold', start: 4, end: 9 },
        { type: 'italic', start: 15, end: 24 },
        { type: 'link', start: 30, end: 38, href: 'https://data.example/r' },
      ],
    });
    const text = block?.text ?? '';
    expect(block?.marks?.map((mark) => text.slice(mark.start, mark.end))).toEqual(['mayor', '“doubled”', 'the data']);
  });

  it('keeps nested marks, merges touching ones and never starts or ends a mark on a space', () => {
    const [block] = blocks('<p><b>bold <i>both</i></b><b> more </b>plain</p>');
    expect(block?.text).toBe('bold both more plain');
    expect(block?.marks).toEqual([
      { type: 'bold', start: 0, end: 14 },
      { type: 'italic', start: 5, end: 9 },
    ]);
  });

  it('carries a mark that spans blocks into each of them', () => {
    expect(blocks('<b><p>one</p><p>two</p></b>')).toEqual([
      { type: 'paragraph', text: 'one', marks: [{ type: 'bold', start: 0, end: 3 }] },
      { type: 'paragraph', text: 'two', marks: [{ type: 'bold', start: 0, end: 3 }] },
    ]);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in capitals with spaces', ' JaVaScRiPt:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['mailto:', 'mailto:desk@example.org'],
    ['a relative link', '/news/other'],
    ['a fragment', '#comments'],
    ['file:', 'file:///etc/passwd'],
  ])('keeps the text of %s links but no link mark', (_what, href) => {
    const [block] = blocks(`<p>Click <a href="${href}">here</a> now.</p>`);
    expect(block).toEqual({ type: 'paragraph', text: 'Click here now.' });
  });

  it('drops what is not text: scripts, styles, forms, images, embedded frames', () => {
    const html =
      '<p>Kept<script>alert(1)</script><style>p{}</style></p><form><input value="x"><button>Send</button></form><iframe src="https://x.example"></iframe><svg><text>svg</text></svg><img alt="picture">';
    expect(blocks(html)).toEqual([{ type: 'paragraph', text: 'Kept' }]);
  });

  it('takes the text of absurdly deep nesting whole instead of overflowing the stack', () => {
    const depth = 5000;
    const html = `${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}`;
    expect(blocks(html)).toEqual([{ type: 'paragraph', text: 'deep text' }]);
  });
});
