// Re-anchoring searches near where a quote is expected and reaches the rest of the text through an index
// of it: a passage moved far away must still be found, a deleted one must stay an orphan even with
// look-alikes or copies elsewhere, and the index must find exactly what a scan of the text finds.
import { describe, expect, it } from 'vitest';
import { makeTarget, matchQuote, MATCH_RULES, reanchorWithMatches, type Target } from '../../../../shared';
import { prefixEditDistance, prefixScore, suffixScore } from '../../../../shared/anchoring/context-score';
import { INDEXED_LENGTH, TextIndex } from '../../../../shared/anchoring/text-index';
import { seededRandom } from '../../../fixtures/seeded-random';

const WORDS = [
  'council',
  'river',
  'budget',
  'school',
  'mayor',
  'harbour',
  'report',
  'station',
  'market',
  'village',
  'bridge',
  'office',
  'winter',
  'garden',
  'museum',
  'road',
  'league',
  'choir',
  'ferry',
  'library',
];

/** `count` paragraphs of made-up sentences, each numbered so that no two are alike. */
function filler(count: number, seed: number): string[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const words = Array.from({ length: 24 }, () => WORDS[Math.floor(next() * WORDS.length)] as string);
    return `Note ${seed}-${index}: the ${words.join(' ')}.`;
  });
}

const CLAIM = 'The regional grain agency said that exports would fall by a third this season.';
const QUOTE = 'grain agency said that exports would fall by a third';

function targetOf(text: string, quote: string): Target {
  const at = text.indexOf(quote);
  if (at === -1) throw new Error(`"${quote}" is not in the text`);
  return makeTarget(text, at, at + quote.length);
}

/** A long text with the claim in the middle, and the same text with the claim's paragraph elsewhere or changed. */
function article(middle: string, before = filler(40, 1), after = filler(40, 2)): string {
  return [...before, middle, ...after].join('\n\n');
}

const ORIGINAL = article(CLAIM);
const TARGET = targetOf(ORIGINAL, QUOTE);

describe('quotes far from where they are expected', () => {
  it('finds a passage moved far beyond the search window, exactly', () => {
    const edited = [...filler(40, 1), ...filler(40, 2), CLAIM].join('\n\n');
    const match = matchQuote(edited, TARGET);
    expect(match?.method).toBe('exact');
    expect(match?.start).toBe(edited.indexOf(QUOTE));
    expect(Math.abs((match?.start ?? 0) - TARGET.start)).toBeGreaterThan(MATCH_RULES.window * 2);
  });

  it('finds a passage moved far away and edited (no exact occurrence left) by the wider search', () => {
    // The claim moves with the paragraphs around it (its context), past the rest of the text.
    const [first, ...rest] = filler(40, 2);
    const changed = CLAIM.replace('would fall', 'could fall');
    const edited = [...rest, ...filler(40, 1), changed, first as string].join('\n\n');
    expect(Math.abs(edited.indexOf('grain agency') - TARGET.start)).toBeGreaterThan(MATCH_RULES.window * 4);
    const [result] = reanchorWithMatches(edited, [TARGET]);
    expect(result?.match?.method).toBe('fuzzy');
    expect(result?.target.exact).toBe('grain agency said that exports could fall by a third');
    expect(result?.target.start).toBe(edited.indexOf('grain agency said that exports could fall'));
  });

  it('finds a quote with a small edit at its new place after a long insertion before it', () => {
    const changed = CLAIM.replace('exports would', 'exports will');
    const edited = article(changed, [...filler(40, 3), ...filler(40, 1)]);
    const [result] = reanchorWithMatches(edited, [TARGET]);
    expect(result?.match?.method).toBe('fuzzy');
    expect(result?.target.exact).toBe('grain agency said that exports will fall by a third');
    expect(edited.slice(result?.target.start, result?.target.end)).toBe(result?.target.exact);
  });

  it('finds an edited quote near the place its anchored neighbour moved to, in a batch', () => {
    const neighbour = 'The harbour master expects the ferry timetable to change in spring.';
    const original = article(`${neighbour}\n\n${CLAIM}`);
    const targets = [targetOf(original, 'harbour master expects the ferry timetable'), targetOf(original, QUOTE)];
    const edited = article(`${neighbour}\n\n${CLAIM.replace('a third', 'one third')}`, [
      ...filler(40, 4),
      ...filler(40, 1),
    ]);
    const results = reanchorWithMatches(edited, targets);
    expect(results[0]?.match?.method).toBe('exact');
    expect(results[1]?.match?.method).toBe('fuzzy');
    expect(results[1]?.target.exact).toBe('grain agency said that exports would fall by one third');
  });
});

describe('deleted passages stay orphans', () => {
  it('orphans a quote whose passage is gone, with a look-alike of other figures far away', () => {
    const claim = 'The agency said exports fell by 31 percent in 2023, the ministry reported.';
    const lookAlike = 'The agency said exports fell by 13 percent in 2022, the ministry reported.';
    const original = [...filler(40, 1), claim, ...filler(40, 2), lookAlike].join('\n\n');
    const target = targetOf(original, 'agency said exports fell by 31 percent in 2023');
    const edited = original.replace(`${claim}\n\n`, '');
    const [result] = reanchorWithMatches(edited, [target]);
    expect(result?.match).toBeNull();
    expect(result?.target.orphaned).toBe(true);
  });

  it('orphans a quote whose passage is gone, with a one-word look-alike in another context far away', () => {
    const lookAlike = 'Traders doubt it: the grain agency said that imports would fall by a third, they recall.';
    const original = [...filler(40, 1), CLAIM, ...filler(40, 2), lookAlike].join('\n\n');
    const edited = original.replace(`${CLAIM}\n\n`, '');
    expect(reanchorWithMatches(edited, [targetOf(original, QUOTE)])[0]?.target.orphaned).toBe(true);
  });

  it(`orphans a quote whose own copy is gone when the passage is repeated more than ${MATCH_RULES.maxOccurrences} times elsewhere`, () => {
    const copies = Array.from({ length: MATCH_RULES.maxOccurrences + 8 }, (_, index) => `Archive ${index}: ${CLAIM}`);
    const original = [...filler(30, 1), CLAIM, ...filler(30, 2), ...copies].join('\n\n');
    const target = targetOf(original, QUOTE);
    const edited = original.replace(`${CLAIM}\n\n`, '');
    expect(reanchorWithMatches(edited, [target])[0]?.target.orphaned).toBe(true);
  });

  it('keeps a quote on its own copy of a passage repeated many times, when text before it changed', () => {
    const copies = Array.from({ length: MATCH_RULES.maxOccurrences + 8 }, (_, index) => `Archive ${index}: ${CLAIM}`);
    const original = [...filler(30, 1), CLAIM, ...filler(30, 2), ...copies].join('\n\n');
    const target = targetOf(original, QUOTE);
    const edited = `Updated with a correction.\n\n${original}`;
    const [result] = reanchorWithMatches(edited, [target]);
    expect(result?.target.start).toBe(target.start + 'Updated with a correction.\n\n'.length);
  });
});

/** Every start of `quote` in `text`, by a scan. */
function scan(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

describe('the text index', () => {
  it('finds the same exact occurrences as a scan, nearest first', () => {
    const next = seededRandom(7);
    // A small alphabet, so that substrings repeat and collide often.
    const text = Array.from({ length: 60_000 }, () => 'ab c'.charAt(Math.floor(next() * 4))).join('');
    const index = new TextIndex(text);
    for (let trial = 0; trial < 300; trial += 1) {
      const length = 1 + Math.floor(next() * 40);
      const from = Math.floor(next() * (text.length - length));
      const quote = trial % 5 === 0 ? `${text.slice(from, from + length - 1)}#` : text.slice(from, from + length);
      const expected = Math.floor(next() * text.length);
      const limit = 1 + Math.floor(next() * 40);
      const all = scan(text, quote).sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected) || a - b);
      const found = index.nearestOccurrences(quote, expected, limit);
      expect(found.more).toBe(all.length > limit);
      // Ties in distance may come in either order; the distances must be the nearest ones.
      expect(found.starts.map((at) => Math.abs(at - expected))).toEqual(
        all.slice(0, limit).map((at) => Math.abs(at - expected)),
      );
      for (const at of found.starts) expect(text.startsWith(quote, at)).toBe(true);
    }
    expect(INDEXED_LENGTH).toBeLessThanOrEqual(40);
  });

  it('finds occurrences at the very start and end of the text', () => {
    const quote = 'the quick brown fox jumps over';
    const text = `${quote} ${'lorem ipsum '.repeat(500)}${quote}`;
    const found = new TextIndex(text).nearestOccurrences(quote, text.length, 5);
    expect(found.starts).toEqual([text.length - quote.length, 0]);
    expect(found.more).toBe(false);
  });

  it('points to where a text shares substrings with an edited quote', () => {
    const text = article(CLAIM.replace('would fall', 'could fall'));
    const regions = new TextIndex(text).seedRegions(QUOTE, 0, QUOTE.length, 64);
    const at = text.indexOf('grain agency');
    expect(regions[0]?.from).toBeLessThanOrEqual(at);
    expect(regions[0]?.to).toBeGreaterThanOrEqual(at);
  });
});

describe('context scores', () => {
  /** The edit distance of `pattern` to the best prefix of `text`, by the textbook table. */
  function reference(pattern: string, text: string): number {
    let row = Array.from({ length: text.length + 1 }, (_, j) => j);
    for (let i = 1; i <= pattern.length; i += 1) {
      const next = [i];
      for (let j = 1; j <= text.length; j += 1)
        next[j] = Math.min(
          (row[j - 1] as number) + (pattern[i - 1] === text[j - 1] ? 0 : 1),
          (row[j] as number) + 1,
          (next[j - 1] as number) + 1,
        );
      row = next;
    }
    return Math.min(...row);
  }
  const reverse = (text: string) => [...text].reverse().join('');

  it('agree with the textbook edit distance, forwards and backwards', () => {
    const next = seededRandom(3);
    const random = (length: number) => Array.from({ length }, () => 'ab c'.charAt(Math.floor(next() * 4))).join('');
    for (let trial = 0; trial < 2000; trial += 1) {
      const text = random(Math.floor(next() * 70));
      const context = random(Math.floor(next() * 40));
      const at = Math.floor(next() * (text.length + 1));
      expect(prefixEditDistance(context, text)).toBe(reference(context, text));
      if (context.length === 0) continue;
      const before = text.slice(Math.max(0, at - context.length - 8), at);
      expect(prefixScore(text, at, context)).toBe(1 - reference(reverse(context), reverse(before)) / context.length);
      expect(suffixScore(text, at, context)).toBe(
        1 - reference(context, text.slice(at, at + context.length + 8)) / context.length,
      );
    }
  });
});
