// Text and Markdown drafts: boilerplate at the end is detected and offered, never dropped; the analyst's choice decides the blocks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalText, parseArticle } from '../../../../shared';
import {
  ArticleImportError,
  boilerplateBlocks,
  draftBlocks,
  draftFromFile,
  draftFromPaste,
  draftFromText,
} from '../../../../shared/import';
import { linkedomHtmlHost } from '../../../../cli/html-host';

const sample = readFileSync(
  path.resolve(import.meta.dirname, '../../../fixtures/articles/putin-negotiations.txt'),
  'utf8',
);

describe('draftFromText', () => {
  it('keeps trailing boilerplate in the draft and points at it', () => {
    const draft = draftFromText(sample, 'text');
    expect(boilerplateBlocks(draft).map((block) => block.text)).toEqual([
      'Please enter your comment! Please enter your name here',
      'Share post:',
      'More like this',
      'Britain will send 14 main battle tanks and more weapons to Ukraine',
      'Prime Minister Rishi Sonak announced late Saturday night that...',
      'Kherson: Scale of torture and detentions by Russian Forces',
      'Oksana Minenko is a Ukrainian 44-year-old accountant living in...',
    ]);
    expect(canonicalText(draftBlocks(draft, false))).toContain('More like this');
  });

  it('removes it only when asked, giving exactly what parseArticle gives for the sample (the app seeds it that way)', () => {
    const draft = draftFromText(sample, 'text');
    expect(draftBlocks(draft, true)).toEqual(parseArticle(sample, { format: 'text' }).blocks);
    expect(draft.metadata.title).toBe(parseArticle(sample, { format: 'text' }).title);
  });

  it('finds no boilerplate in a clean article and keeps every block either way', () => {
    const draft = draftFromText('Title\n\nOne.\n\nTwo.', 'text');
    expect(draft.boilerplateFrom).toBeNull();
    expect(draftBlocks(draft, true)).toEqual(draft.blocks);
  });

  it('reads Markdown structure and finds boilerplate after it', () => {
    const draft = draftFromText(
      '# Budget\n\nSpending rose.\n\n## Data\n\n> 9% in real terms.\n\nShare post:\n\nMore like this',
      'markdown',
    );
    expect(draft.blocks.map((block) => block.type)).toEqual([
      'title',
      'paragraph',
      'heading',
      'quote',
      'paragraph',
      'paragraph',
    ]);
    expect(boilerplateBlocks(draft).map((block) => block.text)).toEqual(['Share post:', 'More like this']);
  });

  it('refuses text with nothing in it', () => {
    expect(() => draftFromText(' \n\n\t', 'text')).toThrow(ArticleImportError);
  });
});

describe('draftFromFile and draftFromPaste', () => {
  it('refuses a file of another kind by its name, naming the kinds it reads', () => {
    expect(() => draftFromFile({ name: 'report.pdf', content: '%PDF', byteLength: 4 }, linkedomHtmlHost)).toThrow(
      '“report.pdf” is not an article file. Factcheck Desk reads .txt, .md, .markdown, .html, .htm files.',
    );
  });

  it('refuses an HTML page with no article text', () => {
    const page =
      '<html><body><nav><a href="/">Home</a></nav><div id="cookie-banner">We use cookies</div><script>x()</script><footer>© Site</footer></body></html>';
    expect(() =>
      draftFromFile({ name: 'empty.html', content: page, byteLength: Buffer.byteLength(page) }, linkedomHtmlHost),
    ).toThrow(/No article text was found in this page/);
  });

  it('reads a plain-text paste as text, and refuses an empty one', () => {
    expect(draftFromPaste({ html: null, text: 'Headline\n\nBody text.' }, linkedomHtmlHost).blocks).toEqual([
      { type: 'title', text: 'Headline' },
      { type: 'paragraph', text: 'Body text.' },
    ]);
    expect(() => draftFromPaste({ html: '', text: '  ' }, linkedomHtmlHost)).toThrow(
      'There is nothing to import: the clipboard holds no text.',
    );
  });

  it('falls back to the text of a paste whose HTML holds nothing readable', () => {
    expect(draftFromPaste({ html: '<img src="x.png">', text: 'Caption only' }, linkedomHtmlHost).blocks).toEqual([
      { type: 'paragraph', text: 'Caption only' },
    ]);
  });
});
