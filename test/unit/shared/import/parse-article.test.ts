// parseArticle: plain text and Markdown become blocks; trailing site boilerplate is cut and reported.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleParseError, canonicalText, parseArticle, type Block } from '../../../../shared';

const sampleArticle = readFileSync(
  path.resolve(import.meta.dirname, '../../../fixtures/articles/putin-negotiations.txt'),
  'utf8',
);
const SAMPLE_TITLE =
  'Putin claims Russia is ready to negotiate with Ukraine; Kyiv insists that Moscow does not want negotiations';

describe('parseArticle on plain text', () => {
  it('makes one paragraph per blank-line-separated part, joining its lines with spaces', () => {
    const { blocks } = parseArticle('First line\nstill first.\n\n\n  Second.  \n\nThird\tpart.', { format: 'text' });
    expect(blocks).toEqual<Block[]>([
      { type: 'paragraph', text: 'First line still first.' },
      { type: 'paragraph', text: 'Second.' },
      { type: 'paragraph', text: 'Third part.' },
    ]);
  });

  it.each([
    {
      what: 'a short first line without closing punctuation',
      raw: 'Budget passes\n\nThe vote was close.',
      blocks: ['title', 'paragraph'],
      title: 'Budget passes',
    },
    {
      what: 'a first paragraph ending in a full stop',
      raw: 'The vote was close.\n\nIt passed.',
      blocks: ['paragraph', 'paragraph'],
      title: 'The vote was close.',
    },
    {
      what: 'a first line ending in a colon',
      raw: 'Update:\n\nIt passed.',
      blocks: ['paragraph', 'paragraph'],
      title: 'Update:',
    },
    { what: 'a lone paragraph (never a title)', raw: 'Budget passes', blocks: ['paragraph'], title: 'Budget passes' },
    {
      what: 'a long first paragraph (the title is its first 77 characters and an ellipsis)',
      raw: `${'word '.repeat(30)}end.\n\nMore.`,
      blocks: ['paragraph', 'paragraph'],
      title: `${'word '.repeat(30).slice(0, 77)}…`,
    },
  ])('detects the title from $what', ({ raw, blocks, title }) => {
    const parsed = parseArticle(raw, { format: 'text' });
    expect(parsed.blocks.map((block) => block.type)).toEqual(blocks);
    expect(parsed.title).toBe(title);
  });

  it('keeps Markdown syntax as it is in a .txt article', () => {
    const { blocks } = parseArticle('# Not a heading\n\n**stars** stay', { format: 'text' });
    expect(blocks.map((block) => block.text)).toEqual(['# Not a heading', '**stars** stay']);
  });
});

describe('parseArticle on the sample article', () => {
  const parsed = parseArticle(sampleArticle, { format: 'text' });
  const text = canonicalText(parsed.blocks);

  it('takes the first line as the title', () => {
    expect(parsed.title).toBe(SAMPLE_TITLE);
    expect(parsed.blocks[0]).toEqual({ type: 'title', text: SAMPLE_TITLE });
    expect(text.startsWith(`${SAMPLE_TITLE}\n\nRussia is open to negotiations`)).toBe(true);
  });

  it('leaves out the comment form, the share widget and the "More like this" teasers, and reports them', () => {
    expect(parsed.removedBoilerplate).toEqual([
      'Please enter your comment!\nPlease enter your name here',
      'Share post:',
      'More like this',
      'Britain will send 14 main battle tanks and more weapons to Ukraine',
      'Prime Minister Rishi Sonak announced late Saturday night that...',
      'Kherson: Scale of torture and detentions by Russian Forces',
      'Oksana Minenko is a Ukrainian 44-year-old accountant living in...',
    ]);
    for (const phrase of [
      'Please enter your comment',
      'Share post',
      'More like this',
      'Britain will send',
      'Oksana Minenko',
    ]) {
      expect(text).not.toContain(phrase);
    }
    expect(parsed.blocks.at(-1)?.text).toMatch(/^This just reinforces my conviction/);
  });

  it('keeps the boilerplate when asked to, and then reports nothing removed', () => {
    const kept = parseArticle(sampleArticle, { format: 'text', dropBoilerplate: false });
    expect(kept.removedBoilerplate).toEqual([]);
    expect(kept.blocks).toHaveLength(parsed.blocks.length + 7);
    expect(canonicalText(kept.blocks)).toContain('Please enter your comment! Please enter your name here');
  });
});

describe('parseArticle on Markdown', () => {
  it.each<{ what: string; markdown: string; blocks: Block[] }>([
    {
      what: 'a level-1 heading as the title',
      markdown: '# The title\n\nBody.',
      blocks: [
        { type: 'title', text: 'The title' },
        { type: 'paragraph', text: 'Body.' },
      ],
    },
    {
      what: 'deeper headings as headings',
      markdown: 'Intro.\n\n## Section\n\n###### Deep',
      blocks: [
        { type: 'paragraph', text: 'Intro.' },
        { type: 'heading', text: 'Section' },
        { type: 'heading', text: 'Deep' },
      ],
    },
    {
      what: 'a block quote over several lines as one quote',
      markdown: 'Intro.\n\n> He said\n> it twice.',
      blocks: [
        { type: 'paragraph', text: 'Intro.' },
        { type: 'quote', text: 'He said it twice.' },
      ],
    },
    {
      what: 'bullet and numbered lists as list items',
      markdown: 'Intro.\n\n- one\n* two\n+ three\n\n1. first\n2) second',
      blocks: [
        { type: 'paragraph', text: 'Intro.' },
        { type: 'listItem', text: 'one' },
        { type: 'listItem', text: 'two' },
        { type: 'listItem', text: 'three' },
        { type: 'listItem', text: 'first' },
        { type: 'listItem', text: 'second' },
      ],
    },
    {
      what: 'inline markup as marks over its text',
      markdown:
        'Intro.\n\n**Bold**, __strong__, *em*, _em_, `code`, [a link](https://example.com) and ![a picture](p.png).',
      blocks: [
        { type: 'paragraph', text: 'Intro.' },
        {
          type: 'paragraph',
          text: 'Bold, strong, em, em, code, a link and a picture.',
          marks: [
            { type: 'bold', start: 0, end: 4 },
            { type: 'bold', start: 6, end: 12 },
            { type: 'italic', start: 14, end: 16 },
            { type: 'italic', start: 18, end: 20 },
            { type: 'link', start: 28, end: 34, href: 'https://example.com/' },
          ],
        },
      ],
    },
    {
      what: 'a paragraph over several lines as one line',
      markdown: 'Intro.\n\nOne\ntwo  three',
      blocks: [
        { type: 'paragraph', text: 'Intro.' },
        { type: 'paragraph', text: 'One two three' },
      ],
    },
  ])('reads $what', ({ markdown, blocks }) => {
    expect(parseArticle(markdown, { format: 'markdown' }).blocks).toEqual(blocks);
  });

  it('names the document after its level-1 heading even when it is not first', () => {
    expect(parseArticle('Kicker.\n\n# Real title\n\nBody.', { format: 'markdown' }).title).toBe('Real title');
  });

  it('cuts trailing boilerplate from Markdown too', () => {
    const parsed = parseArticle('# Title\n\nBody one.\n\nBody two.\n\nLeave a reply\n\nShare this post', {
      format: 'markdown',
    });
    expect(parsed.blocks.map((block) => block.text)).toEqual(['Title', 'Body one.', 'Body two.']);
    expect(parsed.removedBoilerplate).toEqual(['Leave a reply', 'Share this post']);
  });
});

describe('parseArticle keeps the words of Markdown articles intact', () => {
  it.each([
    ['snake_case names', 'The file_name_here and snake_case_var stay.', 'The file_name_here and snake_case_var stay.'],
    ['arithmetic with asterisks', 'Prices rose 2*3*4 times.', 'Prices rose 2*3*4 times.'],
    ['real emphasis', 'It was *very* **large** and _odd_.', 'It was very large and odd.'],
  ])('with %s', (_what, markdown, text) => {
    expect(parseArticle(`# T\n\n${markdown}`, { format: 'markdown' }).blocks[1]?.text).toBe(text);
  });

  it('recognises boilerplate written as a heading', () => {
    const parsed = parseArticle('# Title\n\nBody one.\n\nBody two.\n\n## More like this\n\nTeaser', {
      format: 'markdown',
    });
    expect(parsed.removedBoilerplate).toEqual(['## More like this', 'Teaser']);
  });
});

describe('parseArticle with nothing to read', () => {
  it.each([
    { what: 'an empty text', raw: '', format: 'text' as const },
    { what: 'white space only', raw: ' \n\n\t\r\n  ', format: 'text' as const },
    { what: 'control characters only', raw: '\u0000\u0001\uFEFF', format: 'text' as const },
    { what: 'empty Markdown', raw: '', format: 'markdown' as const },
    { what: 'an empty Markdown quote', raw: '>\n>', format: 'markdown' as const },
  ])('throws ArticleParseError for $what', ({ raw, format }) => {
    expect(() => parseArticle(raw, { format })).toThrow(ArticleParseError);
    expect(() => parseArticle(raw, { format })).toThrow('The file holds no article text.');
  });
});
