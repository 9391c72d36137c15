// markdownInline: Markdown emphasis and links become marks over the plain text, and no character of the words is lost.
import { describe, expect, it } from 'vitest';
import { markdownInline } from '../../../../shared/import';
import { parseArticle } from '../../../../shared';

describe('markdownInline', () => {
  it.each([
    {
      what: 'single stars and underscores as italic',
      source: 'It was *very* big and _odd_.',
      text: 'It was very big and odd.',
      marks: [
        { type: 'italic', start: 7, end: 11 },
        { type: 'italic', start: 20, end: 23 },
      ],
    },
    {
      what: 'double stars and underscores as bold',
      source: '**Bold** and __strong__',
      text: 'Bold and strong',
      marks: [
        { type: 'bold', start: 0, end: 4 },
        { type: 'bold', start: 9, end: 15 },
      ],
    },
    {
      what: 'an http(s) link as a link mark',
      source: 'See [the data](https://data.example/x) now.',
      text: 'See the data now.',
      marks: [{ type: 'link', start: 4, end: 12, href: 'https://data.example/x' }],
    },
    {
      what: 'a relative or mailto link as plain text',
      source: '[home](/index) or [mail](mailto:a@b.example)',
      text: 'home or mail',
      marks: [],
    },
    { what: 'a javascript: link as plain text', source: '[click](javascript:alert(1))', text: 'click', marks: [] },
    {
      what: 'a link whose URL holds parentheses',
      source: '[Paris](https://en.wikipedia.example/wiki/Paris_(city)).',
      text: 'Paris.',
      marks: [{ type: 'link', start: 0, end: 5, href: 'https://en.wikipedia.example/wiki/Paris_(city)' }],
    },
    {
      what: 'emphasis inside emphasis',
      source: '*a **b** c*',
      text: 'a b c',
      marks: [
        { type: 'italic', start: 0, end: 5 },
        { type: 'bold', start: 2, end: 3 },
      ],
    },
    {
      what: 'emphasis inside a link',
      source: '[**bold** link](http://e.example)',
      text: 'bold link',
      marks: [
        { type: 'bold', start: 0, end: 4 },
        { type: 'link', start: 0, end: 9, href: 'http://e.example/' },
      ],
    },
    {
      what: 'images as their alt text and code as its characters',
      source: '![a chart](c.png) and `x*y*z`',
      text: 'a chart and x*y*z',
      marks: [],
    },
    {
      what: 'snake_case and arithmetic untouched',
      source: 'file_name_here is 2*3*4',
      text: 'file_name_here is 2*3*4',
      marks: [],
    },
    { what: 'an unclosed marker as a literal character', source: 'a *lonely star', text: 'a *lonely star', marks: [] },
    {
      what: 'white space collapsed with the marks kept on their words',
      source: '  one\n  *two*   three  ',
      text: 'one two three',
      marks: [{ type: 'italic', start: 4, end: 7 }],
    },
  ])('reads $what', ({ source, text, marks }) => {
    expect(markdownInline(source)).toEqual({ text, marks });
  });

  it('gives blocks the same text as the Markdown without its markers, so offsets do not depend on the marks', () => {
    const parsed = parseArticle(
      '# The *title*\n\nThe minister said **exports _doubled_** in [2023](https://stats.example/2023).',
      { format: 'markdown' },
    );
    expect(parsed.blocks).toEqual([
      { type: 'title', text: 'The title', marks: [{ type: 'italic', start: 4, end: 9 }] },
      {
        type: 'paragraph',
        text: 'The minister said exports doubled in 2023.',
        marks: [
          { type: 'bold', start: 18, end: 33 },
          { type: 'italic', start: 26, end: 33 },
          { type: 'link', start: 37, end: 41, href: 'https://stats.example/2023' },
        ],
      },
    ]);
  });
});
