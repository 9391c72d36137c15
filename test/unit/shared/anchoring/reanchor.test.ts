// Re-anchoring claims on an edited copy of their article: shifted text, small edits, deleted passages
// (orphans) and look-alike passages, which must never receive a claim that is not theirs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTarget, matchQuote, reanchorTargets, reanchorWithMatches, type Target } from '../../../../shared';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../../../fixtures/articles/putin-negotiations.txt'), 'utf8');

function targetOf(text: string, quote: string, occurrence = 0): Target {
  let at = -1;
  for (let index = 0; index <= occurrence; index += 1) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`"${quote}" is not in the text`);
  return makeTarget(text, at, at + quote.length);
}

/** The text a target points at after re-anchoring, or null for an orphan. */
function anchoredText(text: string, target: Target): string | null {
  return target.orphaned ? null : text.slice(target.start, target.end);
}

const WAR = 'The war is not over yet.';
const BURNS = 'Russia is not serious about holding real negotiations';
const CIVILIANS = 'Moscow claims it does not target civilians.';
const HEAT = 'millions of Ukrainians have been left without heat or water';

describe('re-anchoring on shifted text', () => {
  it('finds every quote again when a paragraph is added at the top', () => {
    const edited = ARTICLE.replace(
      '\n\n',
      '\n\nEditor’s note: this article was updated on Monday with comments from Kyiv and a correction.\n\n',
    );
    const targets = [WAR, BURNS, CIVILIANS, HEAT].map((quote) => targetOf(ARTICLE, quote));
    const results = reanchorWithMatches(edited, targets);
    expect(results.map((result) => anchoredText(edited, result.target))).toEqual([WAR, BURNS, CIVILIANS, HEAT]);
    expect(results.every((result) => result.match?.method === 'exact' || result.match?.method === 'position')).toBe(
      true,
    );
    // Positions moved by the length of the note; the context is taken from the new text.
    const shift = edited.length - ARTICLE.length;
    expect(results[0]?.target.start).toBe((targets[0] as Target).start + shift);
  });

  it('keeps a quote in place when the text is the same', () => {
    const target = targetOf(ARTICLE, WAR);
    expect(reanchorTargets(ARTICLE, [target])).toEqual([target]);
  });

  it('follows a paragraph moved to the end of the article', () => {
    const paragraph =
      'Since October, millions of Ukrainians have been left without heat or water by Russian-instigated attacks on their power generation facilities.';
    const edited = `${ARTICLE.replace(`${paragraph}\n\n`, '')}\n\n${paragraph}`;
    const [moved] = reanchorTargets(edited, [targetOf(ARTICLE, HEAT)]);
    expect(anchoredText(edited, moved as Target)).toBe(HEAT);
    expect(moved?.start).toBe(edited.lastIndexOf(HEAT));
  });
});

describe('re-anchoring after small edits', () => {
  it.each([
    {
      what: 'a typo fixed inside the quote',
      quote: 'Russia is not serious about holding real negotiations',
      edit: (text: string) => text.replace('holding real', 'holding reel'),
      expected: 'Russia is not serious about holding reel negotiations',
    },
    {
      what: 'curly quotes straightened nearby',
      quote: CIVILIANS,
      edit: (text: string) => text.replace('“right direction”', '"right direction"'),
      expected: CIVILIANS,
    },
    {
      what: 'a word inserted in the quote',
      quote: HEAT,
      edit: (text: string) => text.replace('left without heat', 'left entirely without heat'),
      expected: 'millions of Ukrainians have been left entirely without heat or water',
    },
    {
      what: 'a comma added in the quote',
      quote: 'Putin stated that he was ready to discuss acceptable solutions with all parties',
      edit: (text: string) => text.replace('ready to discuss', 'ready, to discuss'),
      expected: 'Putin stated that he was ready, to discuss acceptable solutions with all parties',
    },
  ])('re-anchors on the edited words: $what', ({ quote, edit, expected }) => {
    const edited = edit(ARTICLE);
    expect(edited).not.toBe(ARTICLE);
    const [moved] = reanchorTargets(edited, [targetOf(ARTICLE, quote)]);
    expect(anchoredText(edited, moved as Target)).toBe(expected);
  });

  it('scores an approximate match below an exact one', () => {
    const target = targetOf(ARTICLE, BURNS);
    const match = matchQuote(ARTICLE.replace('holding real', 'holding reel'), target);
    expect(match?.method).toBe('fuzzy');
    expect(match?.score).toBeGreaterThan(0.8);
    expect(match?.score).toBeLessThan(1);
  });
});

describe('deleted passages become orphans', () => {
  it('keeps the original quote and context of a claim whose sentence was removed', () => {
    const edited = ARTICLE.replace(` ${CIVILIANS}`, '');
    const original = targetOf(ARTICLE, CIVILIANS);
    const [orphan] = reanchorTargets(edited, [original]);
    expect(orphan).toEqual({ ...original, orphaned: true });
  });

  it('orphans only the claims whose passage is gone, in a batch', () => {
    const removed =
      'Volodymyr Zelensky, a Ukrainian adviser, said that Putin had to face reality and admit Russia was not interested in talks.\n\n';
    const edited = ARTICLE.replace(removed, '')
      .replace('The war', 'Ukraine: the war')
      .replace('\n\n', '\n\nUpdated.\n\n');
    const quotes = [
      WAR.replace('The war', 'war'),
      'Putin had to face reality',
      'admit Russia was not interested in talks',
      BURNS,
      HEAT,
    ];
    const results = reanchorTargets(
      edited,
      quotes.map((quote) => targetOf(ARTICLE, quote)),
    );
    expect(results.map((target) => anchoredText(edited, target))).toEqual([
      'war is not over yet.',
      null,
      null,
      BURNS,
      HEAT,
    ]);
  });

  it('orphans a claim whose whole paragraph was rewritten', () => {
    const edited = ARTICLE.replace('The war is not over yet.', 'Fighting continues along the whole front line.');
    expect(reanchorTargets(edited, [targetOf(ARTICLE, WAR)])[0]?.orphaned).toBe(true);
  });
});

describe('look-alike passages never receive a claim', () => {
  const LOOK_ALIKE = [
    'The minister said exports doubled in 2023, the ministry of trade reported on Monday.',
    'Farmers in the south protested against the new grain quotas for a third week.',
    'The minister said imports doubled in 2022, the customs office reported on Friday.',
    'Analysts expect growth to slow next year as energy prices stay high.',
  ].join('\n\n');

  it('does not move a claim on a deleted sentence to a similar sentence with other figures', () => {
    const target = targetOf(LOOK_ALIKE, 'exports doubled in 2023');
    const edited = LOOK_ALIKE.replace(
      'The minister said exports doubled in 2023, the ministry of trade reported on Monday.\n\n',
      '',
    );
    expect(reanchorTargets(edited, [target])[0]?.orphaned).toBe(true);
  });

  it('does not move a claim on a whole deleted sentence to its look-alike', () => {
    const sentence = 'The minister said exports doubled in 2023, the ministry of trade reported on Monday.';
    const edited = LOOK_ALIKE.replace(`${sentence}\n\n`, '');
    expect(reanchorTargets(edited, [targetOf(LOOK_ALIKE, sentence)])[0]?.orphaned).toBe(true);
  });

  it('does not move a claim to a sentence that differs by one word and has another context', () => {
    const text = [
      'The minister said exports doubled in 2023, the ministry of trade reported on Monday.',
      'Farmers protested for a third week.',
      'The minister said imports doubled in 2023, the customs office reported on Friday.',
    ].join('\n\n');
    const target = targetOf(text, 'exports doubled in 2023');
    const edited = text.replace(
      'The minister said exports doubled in 2023, the ministry of trade reported on Monday.\n\n',
      '',
    );
    expect(reanchorTargets(edited, [target])[0]?.orphaned).toBe(true);
  });

  it('leaves a claim orphaned rather than choose between copies of a passage far from its place', () => {
    const paragraph = 'Officials said the talks would resume in the spring after the holidays.';
    // Two copies with the very same words and context, both far from the claim's place.
    const text = [paragraph, 'x'.repeat(3000), paragraph, 'y'.repeat(3000), paragraph].join('\n\n');
    const target = targetOf(text, 'the talks would resume in the spring', 0);
    const edited = text.replace(paragraph, 'Officials were silent.');
    expect(reanchorTargets(edited, [target])[0]?.orphaned).toBe(true);
  });

  it('does not move a claim on a short phrase to the same words elsewhere in another context', () => {
    const target = targetOf(LOOK_ALIKE, 'The minister said', 0);
    const edited = LOOK_ALIKE.replace(
      'The minister said exports doubled in 2023, the ministry of trade reported on Monday.\n\n',
      '',
    );
    expect(reanchorTargets(edited, [target])[0]?.orphaned).toBe(true);
  });

  it('picks the right one of two identical phrases by their context when both remain', () => {
    const target = targetOf(LOOK_ALIKE, 'The minister said', 1);
    const edited = `Updated on Tuesday.\n\n${LOOK_ALIKE}`;
    const [moved] = reanchorTargets(edited, [target]);
    expect(moved?.start).toBe(edited.indexOf('The minister said imports'));
  });

  it('does not anchor a quote on a passage with the same words rearranged', () => {
    const text = 'Officials said the bridge will reopen in May after repairs.\n\nResidents doubt it.';
    const target = targetOf(text, 'the bridge will reopen in May');
    const edited = 'Residents doubt it.\n\nIn May, officials said, repairs will end and the bridge reopen.';
    expect(reanchorTargets(edited, [target])[0]?.orphaned).toBe(true);
  });
});

describe('re-anchoring a large batch', () => {
  it('re-anchors a thousand quotes on a long article with a few edits, without false anchors', () => {
    const paragraphs = Array.from(
      { length: 250 },
      (_, index) => `Paragraph ${index}: ${ARTICLE.split('\n\n')[index % 20]?.replace(/\d+/g, String(index))}`,
    );
    const original = paragraphs.join('\n\n');
    const quotes: Target[] = [];
    for (let index = 0; index < 1000; index += 1) {
      const start = Math.floor(((index + 0.5) / 1000) * (original.length - 60));
      const from = original.indexOf(' ', start) + 1;
      quotes.push(makeTarget(original, from, from + 30 + (index % 20)));
    }
    // Every tenth paragraph loses a sentence; a few gain a word.
    const edited = paragraphs
      .map((paragraph, index) =>
        index % 10 === 3
          ? paragraph.slice(0, Math.floor(paragraph.length / 2))
          : index % 17 === 0
            ? paragraph.replace(' ', ' indeed ')
            : paragraph,
      )
      .join('\n\n');
    const results = reanchorTargets(edited, quotes);
    let anchored = 0;
    results.forEach((target, index) => {
      if (target.orphaned) return;
      anchored += 1;
      const quote = quotes[index] as Target;
      // Anchored means: the same words, or nearly, at the place that corresponds to the original.
      expect(target.exact.length).toBeGreaterThan(quote.exact.length * 0.8);
      const anchorParagraph = edited.slice(0, target.start).split('\n\n').length - 1;
      const originalParagraph = original.slice(0, quote.start).split('\n\n').length - 1;
      expect(anchorParagraph).toBe(originalParagraph);
    });
    expect(anchored).toBeGreaterThan(900);
  });
});
