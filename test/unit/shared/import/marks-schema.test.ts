// The document schema's optional inline marks: offsets inside the block text, links http(s) only.
import { describe, expect, it } from 'vitest';
import { blockSchema } from '../../../../shared';

const block = (marks: unknown) => ({ type: 'paragraph', text: 'Hello world', marks });

describe('blockSchema marks', () => {
  it('accepts a block without marks, and bold, italic and http(s) link marks inside the text', () => {
    expect(blockSchema.safeParse({ type: 'paragraph', text: 'Hello world' }).success).toBe(true);
    expect(
      blockSchema.safeParse(
        block([
          { type: 'bold', start: 0, end: 5 },
          { type: 'italic', start: 6, end: 11 },
          { type: 'link', start: 0, end: 11, href: 'https://a.example/' },
        ]),
      ).success,
    ).toBe(true);
  });

  it.each([
    ['an end beyond the text', [{ type: 'bold', start: 0, end: 12 }], 'marks.0'],
    ['an empty mark', [{ type: 'bold', start: 3, end: 3 }], 'marks.0'],
    ['a javascript: link', [{ type: 'link', start: 0, end: 5, href: 'javascript:alert(1)' }], 'marks.0.href'],
    ['a link without an href', [{ type: 'link', start: 0, end: 5 }], 'marks.0.href'],
    ['an href on bold', [{ type: 'bold', start: 0, end: 5, href: 'https://a.example/' }], 'marks.0.href'],
    ['an unknown kind of mark', [{ type: 'underline', start: 0, end: 5 }], 'marks.0.type'],
    ['an unknown field', [{ type: 'bold', start: 0, end: 5, color: 'red' }], 'marks.0'],
  ])('refuses %s', (_what, marks, path) => {
    const result = blockSchema.safeParse(block(marks));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
