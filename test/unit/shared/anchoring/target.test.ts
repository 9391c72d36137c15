// makeTarget turns a selection into a standoff target; resolveTarget finds it again in the same or a changed text.
import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, EmptySelectionError, makeTarget, resolveTarget, type Target } from '../../../../shared';

const text =
  'The minister said exports doubled in 2023. Critics disagree: exports rose by only 4% in 2023, the office says.';

describe('makeTarget', () => {
  it('keeps the selected words with their offsets', () => {
    const start = text.indexOf('exports doubled');
    const target = makeTarget(text, start, start + 'exports doubled in 2023'.length);
    expect(target).toEqual<Target>({
      start,
      end: start + 23,
      exact: 'exports doubled in 2023',
      prefix: 'The minister said ',
      suffix: '. Critics disagree: exports rose',
    });
  });

  it.each([
    { what: 'spaces around the selection', from: 17, to: 34, exact: 'exports doubled' },
    { what: 'a line break and tab around it', source: 'a\n\t word \n\tb', from: 1, to: 10, exact: 'word' },
    { what: 'a range given end first', from: 33, to: 18, exact: 'exports doubled' },
  ])('trims white space: $what', ({ source, from, to, exact }) => {
    const target = makeTarget(source ?? text, from, to);
    expect(target.exact).toBe(exact);
    expect((source ?? text).slice(target.start, target.end)).toBe(exact);
  });

  it.each([
    { what: 'an empty selection', from: 5, to: 5, message: 'Select the words of the claim in the article first.' },
    {
      what: 'a selection of spaces only',
      from: 3,
      to: 4,
      message: 'The selection holds only white space; select the words of the claim.',
    },
    {
      what: 'a selection past the end of the text',
      from: text.length + 5,
      to: text.length + 9,
      message: /white space/,
    },
  ])('throws EmptySelectionError for $what', ({ from, to, message }) => {
    expect(() => makeTarget(text, from, to)).toThrow(EmptySelectionError);
    expect(() => makeTarget(text, from, to)).toThrow(message);
  });

  it('throws EmptySelectionError for white space of every kind', () => {
    const blank = 'word \n\t\u00A0\u2003 word';
    expect(() => makeTarget(blank, 4, blank.length - 4)).toThrow(EmptySelectionError);
  });

  it(`keeps ${CONTEXT_LENGTH} characters of context on each side, fewer at the edges of the text`, () => {
    expect(CONTEXT_LENGTH).toBe(32);
    const middle = makeTarget(text, text.indexOf('Critics'), text.indexOf('Critics') + 7);
    expect(middle.prefix).toBe(text.slice(text.indexOf('Critics') - 32, text.indexOf('Critics')));
    expect(middle.suffix).toBe(text.slice(text.indexOf('Critics') + 7, text.indexOf('Critics') + 39));
    expect(middle.prefix).toHaveLength(32);
    expect(middle.suffix).toHaveLength(32);

    const first = makeTarget(text, 0, 3);
    expect(first.prefix).toBe('');
    const last = makeTarget(text, text.length - 5, text.length);
    expect(last.suffix).toBe('');
  });
});

describe('resolveTarget', () => {
  const start = text.indexOf('in 2023');
  const target = makeTarget(text, start, start + 7);

  it('keeps the stored position while the quote is still there', () => {
    expect(resolveTarget(text, target)).toEqual({ start, end: start + 7 });
  });

  it('finds the quote where it moved when text was inserted before it', () => {
    const shifted = `UPDATED: ${text}`;
    expect(resolveTarget(shifted, target)).toEqual({ start: start + 9, end: start + 16 });
  });

  it('picks the occurrence nearest the stored position when the quote occurs more than once', () => {
    const second = text.lastIndexOf('in 2023');
    const secondTarget = makeTarget(text, second, second + 7);
    const shifted = `XX${text}`;
    expect(resolveTarget(shifted, secondTarget)).toEqual({ start: second + 2, end: second + 9 });
    expect(resolveTarget(shifted, target)).toEqual({ start: start + 2, end: start + 9 });
  });

  it('returns null when the quote is nowhere in the text (an orphan)', () => {
    expect(resolveTarget(text.replace(/in 2023/g, 'last year'), target)).toBeNull();
  });

  it('returns null for a text too short to hold the stored range', () => {
    expect(resolveTarget('short', target)).toBeNull();
  });
});
