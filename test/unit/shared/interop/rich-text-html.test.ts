// HTML rationales read back into the rationale subset: our own HTML round-trips exactly, foreign HTML keeps its text, and nothing hostile survives.
import { describe, expect, it } from 'vitest';
import { cleanRichText, richTextFromPlain, richTextToHtml, type RichText } from '../../../../shared';
import { richTextFromHtml } from '../../../../shared/interop';
import { HOSTILE_TEXT, RICH_RATIONALE } from '../../../fixtures/w3c/sample-bundle';

const paragraph = (...content: RichText['content'] & object) => ({ type: 'paragraph' as const, content });
const text = (
  value: string,
  ...marks: Array<{ type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } }>
) => (marks.length > 0 ? { type: 'text' as const, text: value, marks } : { type: 'text' as const, text: value });

describe('richTextFromHtml', () => {
  it.each([
    ['the sample rationale', RICH_RATIONALE],
    ['hostile text as plain paragraphs', richTextFromPlain(`${HOSTILE_TEXT}\n\nsecond <line>\nthird & "fourth"`)],
    [
      'nested marks, a numbered list from 3 and a line break',
      {
        type: 'doc',
        content: [
          paragraph(
            text('bold link', { type: 'bold' }, { type: 'link', attrs: { href: 'https://a.example/?q=1&r=2' } }),
            { type: 'hardBreak' },
            text('italic', { type: 'italic' }),
          ),
          {
            type: 'orderedList',
            attrs: { start: 3 },
            content: [
              { type: 'listItem', content: [paragraph(text('three'))] },
              { type: 'listItem', content: [paragraph(text('four'))] },
            ],
          },
        ],
      } satisfies RichText,
    ],
  ])('reads back %s exactly as the export wrote it', (_name, rationale) => {
    expect(richTextFromHtml(richTextToHtml(rationale))).toEqual(cleanRichText(rationale));
  });

  it.each([
    ['<script>alert(1)</script><p>kept</p>', [paragraph(text('kept'))]],
    ['<p onclick="alert(1)">clicked <img src=x onerror=alert(2)>text</p>', [paragraph(text('clicked text'))]],
    ['<p><a href="javascript:alert(3)">not a link</a></p>', [paragraph(text('not a link'))]],
    ['<p><a href=" JaVaScRiPt:alert(4)">no</a> <a href="data:text/html,x">data</a></p>', [paragraph(text('no data'))]],
    [
      '<p><a href="https://ok.example/" target="_blank" style="x">ok</a></p>',
      [paragraph(text('ok', { type: 'link', attrs: { href: 'https://ok.example/' } }))],
    ],
    ['<style>p{}</style><iframe src="https://evil.example"></iframe>after', [paragraph(text('after'))]],
    ['plain &lt;b&gt;text&lt;/b&gt; &amp; more', [paragraph(text('plain <b>text</b> & more'))]],
    [
      '<h2>Title</h2><div>body<br>line</div>',
      [paragraph(text('Title')), paragraph(text('body'), { type: 'hardBreak' }, text('line'))],
    ],
    [
      '<ul><li>one<li>two</ul>after',
      [
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [paragraph(text('one'))] },
            { type: 'listItem', content: [paragraph(text('two'))] },
          ],
        },
        paragraph(text('after')),
      ],
    ],
    ['<!-- <p>hidden</p> -->visible', [paragraph(text('visible'))]],
    ['a < b', [paragraph(text('a < b'))]],
    [
      '<p>See <a href="https://ok.example/?q=<b>&amp;x=1">the <em>table</em></a> now</p>',
      [
        paragraph(
          text('See '),
          text('the ', { type: 'link', attrs: { href: 'https://ok.example/?q=<b>&x=1' } }),
          text('table', { type: 'italic' }, { type: 'link', attrs: { href: 'https://ok.example/?q=<b>&x=1' } }),
          text(' now'),
        ),
      ],
    ],
    [
      "<p><a title='a > b' href='https://ok.example/'>quoted</a></p>",
      [paragraph(text('quoted', { type: 'link', attrs: { href: 'https://ok.example/' } }))],
    ],
  ])('reads %j', (html, content) => {
    expect(richTextFromHtml(html)).toEqual({ type: 'doc', content });
  });

  it('keeps lists eight deep and puts the items of deeper ones into the deepest item, without running out of stack', () => {
    const depth = 5000;
    const rich = richTextFromHtml(`${'<ul><li>level'.repeat(depth)}${'</li></ul>'.repeat(depth)}after`);
    let lists = 0;
    let node = rich.content?.[0];
    while (node?.type === 'bulletList') {
      lists += 1;
      const item = node.content?.[0];
      node = item?.content?.find((child) => child.type === 'bulletList');
      if (!node) expect(item?.content?.length).toBe(depth - 7);
    }
    expect(lists).toBe(8);
    expect(rich.content?.at(-1)).toEqual(paragraph(text('after')));
  });

  it('gives the empty rationale for HTML without text', () => {
    expect(richTextFromHtml('<p> </p><script>x</script>')).toEqual({ type: 'doc', content: [] });
  });
});
