// Rationale rich text: plain-text round trips, escaped HTML, and cleaning editor output down to the allowed subset.
import { describe, expect, it } from 'vitest';
import {
  cleanRichText,
  richTextFromPlain,
  richTextSchema,
  richTextToHtml,
  richTextToPlain,
  type RichText,
} from '../../../../shared';

const sample: RichText = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Exports ' },
        { type: 'text', text: 'fell', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' in 2024.' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [
                {
                  type: 'text',
                  text: 'Customs data',
                  marks: [{ type: 'link', attrs: { href: 'https://example.org/data' } }],
                },
              ],
            },
          ],
        },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Ministry <report>', marks: [{ type: 'italic' }] }] },
          ],
        },
      ],
    },
  ],
};

describe('rationale rich text', () => {
  it('reads back the words of plain text, paragraph by paragraph', () => {
    const doc = richTextFromPlain('First line\nsecond line\n\nNext paragraph');
    expect(richTextSchema.safeParse(doc).success).toBe(true);
    expect(richTextToPlain(doc)).toBe('First line\nsecond line\nNext paragraph');
    expect(richTextFromPlain('   ')).toEqual({ type: 'doc', content: [] });
  });

  it('writes lists as lines and HTML with every text escaped', () => {
    expect(richTextToPlain(sample)).toBe('Exports fell in 2024.\n- Customs data\n- Ministry <report>');
    expect(richTextToHtml(sample)).toBe(
      '<p>Exports <strong>fell</strong> in 2024.</p><ul><li><p><a href="https://example.org/data" rel="noopener noreferrer">Customs data</a></p></li><li><p><em>Ministry &lt;report&gt;</em></p></li></ul>',
    );
  });

  it.each([
    ['a javascript: link', { type: 'link', attrs: { href: 'javascript:alert(1)' } }],
    ['a data: link', { type: 'link', attrs: { href: 'data:text/html,<script>' } }],
    ['an unknown mark', { type: 'code' }],
  ])('drops %s from editor output but keeps the text', (_what, mark) => {
    const cleaned = cleanRichText({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [mark] }] }],
    });
    expect(cleaned).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'click' }] }],
    });
    expect(richTextSchema.safeParse(cleaned).success).toBe(true);
  });

  it('drops unknown nodes and attributes and turns empty editor output into empty rich text', () => {
    const cleaned = cleanRichText({
      type: 'doc',
      content: [
        { type: 'image', attrs: { src: 'https://evil.example/x.png' } },
        {
          type: 'orderedList',
          attrs: { start: 3, type: null },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] }],
        },
      ],
    });
    expect(cleaned.content).toEqual([
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] }],
      },
    ]);
    expect(cleanRichText({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual({ type: 'doc', content: [] });
    expect(cleanRichText('<p>html</p>')).toEqual({ type: 'doc', content: [] });
  });

  it('refuses a link that is not http(s) when validating a file', () => {
    const hostile = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
      ],
    };
    expect(richTextSchema.safeParse(hostile).success).toBe(false);
  });
});
