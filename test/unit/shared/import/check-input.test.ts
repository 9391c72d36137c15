// Input checks: only UTF-8 text articles of a sane size get parsed; everything else gets a sentence saying why.
import { describe, expect, it } from 'vitest';
import {
  articleFormatOf,
  isUtf8,
  MAX_ARTICLE_BYTES,
  problemWithBytes,
  problemWithText,
} from '../../../../shared/import';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    bytes.push(...(littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return new Uint8Array(bytes);
}

const ARTICLE = 'Budget passes\n\nThe vote was close: 52 to 48. Café owners cheered. 🚌';

describe('articleFormatOf', () => {
  it.each([
    ['story.txt', 'text'],
    ['Story.MD', 'markdown'],
    ['notes.markdown', 'markdown'],
    ['page.html', 'html'],
    ['PAGE.HTM', 'html'],
    ['report.pdf', null],
    ['article.docx', null],
    ['html', null],
    ['archive.html.zip', null],
  ])('%s is %s', (name, format) => {
    expect(articleFormatOf(name)).toBe(format);
  });
});

describe('problemWithBytes', () => {
  it('accepts UTF-8 text, with or without a byte order mark', () => {
    expect(problemWithBytes(utf8(ARTICLE))).toBeNull();
    expect(problemWithBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARTICLE)]))).toBeNull();
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['an empty file', new Uint8Array(), /^The file is empty\.$/],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /a PDF document, not text/],
    ['a Word document (a ZIP)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /ZIP archive \(or a Word/],
    [
      'a PNG image',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /a PNG image, not text/,
    ],
    ['a JPEG image', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /a JPEG image/],
    ['UTF-16 LE with a BOM', utf16(ARTICLE, true, true), /UTF-16 text; Factcheck Desk reads UTF-8/],
    ['UTF-16 BE with a BOM', utf16(ARTICLE, false, true), /UTF-16 text/],
    ['UTF-16 LE without a BOM', utf16(ARTICLE, true, false), /UTF-16 text/],
    ['UTF-16 BE without a BOM', utf16(ARTICLE, false, false), /UTF-16 text/],
    [
      'Latin-1 text',
      new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' au lait')]),
      /not UTF-8 text \(it may be Latin-1 or Windows-1252\)/,
    ],
    ['Windows-1252 quotes', new Uint8Array([0x93, ...utf8('quoted'), 0x94]), /not UTF-8 text/],
    ['text with a NUL byte', new Uint8Array([...utf8('some text'), 0, ...utf8('more text here')]), /binary, not text/],
  ])('refuses %s', (_what, bytes, message) => {
    expect(problemWithBytes(bytes)).toMatch(message);
  });

  it('refuses a file over the size cap before looking at its bytes', () => {
    const huge = { length: MAX_ARTICLE_BYTES + 1 } as Uint8Array;
    expect(problemWithBytes(huge)).toBe('The file is 50.1 MB; articles of up to 50.0 MB are read.');
  });
});

describe('isUtf8', () => {
  it.each<[string, number[], boolean]>([
    ['ASCII', [0x41, 0x42], true],
    ['a 2-byte character', [0xc3, 0xa9], true],
    ['a 4-byte emoji', [0xf0, 0x9f, 0x9a, 0x8c], true],
    ['an overlong slash', [0xc0, 0xaf], false],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], false],
    ['a truncated sequence', [0xe2, 0x82], false],
    ['a lone continuation byte', [0x80], false],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], false],
  ])('%s is %s', (_what, bytes, valid) => {
    expect(isUtf8(new Uint8Array(bytes))).toBe(valid);
  });
});

describe('problemWithText (text a browser decoded leniently)', () => {
  it.each<[string, string, number, RegExp | null]>([
    ['readable text', ARTICLE, new TextEncoder().encode(ARTICLE).length, null],
    ['readable text that had a UTF-8 byte order mark', ARTICLE, new TextEncoder().encode(ARTICLE).length + 3, null],
    ['UTF-16 a browser decoded by its byte order mark', ARTICLE, 2 * ARTICLE.length + 2, /UTF-16/],
    ['text whose size does not match', ARTICLE, 70, /not UTF-8/],
    ['an empty file', '', 0, /empty/],
    ['a PDF', '%PDF-1.4\n\uFFFD\uFFFD', 20, /PDF document/],
    ['UTF-16 decoded as UTF-8', '\uFFFD\uFFFDB\u0000u\u0000d\u0000g\u0000e\u0000t\u0000', 14, /UTF-16/],
    ['Latin-1 decoded as UTF-8', 'Caf\uFFFD au lait', 12, /not UTF-8/],
    ['a stray NUL', `${'text '.repeat(20)}\u0000`, 101, /binary/],
    ['an oversize file', 'x', MAX_ARTICLE_BYTES + 1, /50\.1 MB/],
    ['an article with emoji and accents', '🚌 Café', 10, null],
  ])('%s', (_what, content, byteLength, expected) => {
    const problem = problemWithText(content, byteLength);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
