// Placing imported quotes: typographic variants compare equal, the claim always takes the text's own characters, a unique quote
// needs no context, and the look-alike rules still hold (a changed figure, a repeated phrase without context, an unrelated text).
import { describe, expect, it } from 'vitest';
import { foldText, placeQuotes, type QuoteToPlace } from '../../../../shared';

const quote = (exact: string, change: Partial<QuoteToPlace> = {}): QuoteToPlace => ({
  exact,
  prefix: '',
  suffix: '',
  start: null,
  ...change,
});

function placed(text: string, wanted: QuoteToPlace): string | null {
  const [result] = placeQuotes(text, [wanted]);
  return result?.target ? text.slice(result.target.start, result.target.end) : null;
}

describe('folding typographic variants', () => {
  it.each([
    ['curly double quotes', '“Yes,” he said.', '"Yes," he said.'],
    ['curly apostrophes and primes', 'It’s 5′ tall', "It's 5' tall"],
    ['dashes and the minus sign', 'a – b — c −4', 'a - b - c -4'],
    ['non-breaking and repeated white space, line breaks', 'one\u00a0two   three\n\nfour', 'one two three four'],
    ['an ellipsis', 'and so…', 'and so...'],
    ['soft hyphens and zero-width spaces', 'nego\u00adti\u200bations', 'negotiations'],
    ['decomposed accents (NFD) as composed (NFC)', 'Kyi\u0308v cafe\u0301', 'Kyïv café'],
  ])('folds %s', (_name, text, folded) => {
    expect(foldText(text).text).toBe(foldText(folded).text);
  });

  it('keeps case, superscripts and fractions apart, so a changed figure never folds into another', () => {
    expect(foldText('10²').text).not.toBe(foldText('102').text);
    expect(foldText('½').text).not.toBe(foldText('1/2').text);
    expect(foldText('US').text).not.toBe(foldText('us').text);
  });
});

describe('placeQuotes', () => {
  const text =
    'He said: “We are ready – really ready.” Then he left…  Prices rose by 3% in 2024. Later: “We are ready.”';

  it('places a straight-quoted quote on the curly-quoted passage, closing quote included', () => {
    expect(placed(text, quote('"We are ready - really ready."', { prefix: 'He said: ' }))).toBe(
      '“We are ready – really ready.”',
    );
  });

  it('places a quote with an ellipsis typed as three dots and collapsed spaces', () => {
    expect(placed(text, quote('Then he left... Prices'))).toBe('Then he left…  Prices');
  });

  it('places a unique quote with no context and no position', () => {
    expect(placed(text, quote('rose by 3% in 2024'))).toBe('rose by 3% in 2024');
  });

  it('keeps the look-alike rules: a changed figure, and a phrase the text has twice without context, are not placed', () => {
    expect(placed(text, quote('Prices rose by 4% in 2024', { prefix: 'Then he left… ', suffix: ' Later' }))).toBeNull();
    expect(placed(text, quote('We are ready'))).toBeNull();
  });

  it('tells a repeated phrase apart by its context, and by its position hint', () => {
    const second = text.lastIndexOf('We are ready');
    expect(placeQuotes(text, [quote('We are ready', { prefix: 'Later: "', suffix: '."' })])[0]?.target?.start).toBe(
      second,
    );
    expect(placeQuotes(text, [quote('We are ready', { start: second })])[0]?.target?.start).toBe(second);
  });

  it('places nothing in an unrelated text', () => {
    expect(
      placed('Completely different words about the weather in spring.', quote('We are ready - really ready.')),
    ).toBeNull();
  });
});
