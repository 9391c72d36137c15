/**
 * Decides whether a file or a paste can become an article before anything is parsed: its kind by name,
 * its size, and whether its bytes are UTF-8 text at all (not a PDF, an image, UTF-16 or Latin-1).
 */
import { ArticleImportError, type ArticleFormat } from './draft';

/** The largest article file read, as the desktop shell's file dialog allows. */
export const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** The format of an article file by its name; null for any other kind of file. */
export function articleFormatOf(fileName: string): ArticleFormat | null {
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown';
  if (/\.txt$/i.test(fileName)) return 'text';
  if (/\.html?$/i.test(fileName)) return 'html';
  return null;
}

const UTF16 = 'The file is UTF-16 text; Factcheck Desk reads UTF-8. Save it as UTF-8 and try again.';
const NOT_UTF8 = 'The file is not UTF-8 text (it may be Latin-1 or Windows-1252). Save it as UTF-8 and try again.';

function notText(what: string): string {
  return `The file is ${what}, not text. Save the article as text, Markdown or a web page (HTML) and try again.`;
}

const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a Word, OpenDocument or EPUB file)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old-style Office document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** The length of the valid UTF-8 sequence at `index`, or 0 when the bytes there are not UTF-8. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index] as number;
  if (first < 0x80) return 1;
  const [length, min, max] =
    first >= 0xc2 && first <= 0xdf
      ? [2, 0x80, 0xbf]
      : first === 0xe0
        ? [3, 0xa0, 0xbf]
        : first === 0xed
          ? [3, 0x80, 0x9f]
          : first >= 0xe1 && first <= 0xef
            ? [3, 0x80, 0xbf]
            : first === 0xf0
              ? [4, 0x90, 0xbf]
              : first >= 0xf1 && first <= 0xf3
                ? [4, 0x80, 0xbf]
                : first === 0xf4
                  ? [4, 0x80, 0x8f]
                  : [0, 0, 0];
  if (length === 0 || index + length > bytes.length) return 0;
  const second = bytes[index + 1] as number;
  if (second < min || second > max) return 0;
  for (let offset = 2; offset < length; offset += 1) {
    const next = bytes[index + offset] as number;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** Whether the bytes are well-formed UTF-8 (no overlong forms, no surrogates). */
export function isUtf8(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length;) {
    const length = utf8SequenceLength(bytes, index);
    if (length === 0) return false;
    index += length;
  }
  return true;
}

/** UTF-16 without a byte order mark: mostly-ASCII text then has a zero in every other byte. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] !== 0) continue;
    if (index % 2 === 0) evenZeros += 1;
    else oddZeros += 1;
  }
  return Math.max(evenZeros, oddZeros) > sample.length / 4 && Math.min(evenZeros, oddZeros) < sample.length / 50;
}

/** Why a file of this size is refused; null when it is small enough. */
export function sizeProblem(byteLength: number): string | null {
  return byteLength > MAX_ARTICLE_BYTES
    ? `The file is ${megabytes(byteLength)}; articles of up to ${megabytes(MAX_ARTICLE_BYTES)} are read.`
    : null;
}

/** Why these bytes cannot be an article, as a sentence for the analyst; null when they are UTF-8 text. */
export function problemWithBytes(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'The file is empty.';
  const tooLarge = sizeProblem(bytes.length);
  if (tooLarge !== null) return tooLarge;
  const signature = SIGNATURES.find((entry) => startsWith(bytes, entry.bytes));
  if (signature) return notText(signature.what);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16(bytes)) return UTF16;
  if (bytes.includes(0)) return 'The file is binary, not text.';
  if (!isUtf8(bytes)) return NOT_UTF8;
  return null;
}

/** The kind of file a decoded text starts like, from the signatures that survive lenient decoding (ASCII ones). */
function signatureOfText(content: string): string | null {
  const entry = SIGNATURES.find(({ bytes }) =>
    bytes.every((byte, index) => byte < 0x80 && content.charCodeAt(index) === byte),
  );
  return entry?.what ?? null;
}

/**
 * Why already-decoded text cannot be an article; null when it can. Browsers decode files leniently, so
 * undecodable bytes show up here as U+FFFD and NUL characters.
 */
export function problemWithText(content: string, byteLength: number): string | null {
  const tooLarge = sizeProblem(byteLength);
  if (tooLarge !== null) return tooLarge;
  if (content.length === 0) return 'The file is empty.';
  const signature = signatureOfText(content);
  if (signature !== null) return notText(signature);
  const nuls = content.split('\u0000').length - 1;
  if (nuls > 0) return nuls > content.length / 4 ? UTF16 : 'The file is binary, not text.';
  if (content.includes('\uFFFD')) return NOT_UTF8;
  // A browser that sniffed a UTF-16 byte order mark decoded the file as UTF-16: its text then takes far fewer bytes as UTF-8.
  const utf8Length = utf8ByteLength(content);
  if (byteLength !== utf8Length && byteLength !== utf8Length + 3)
    return byteLength >= utf8Length * 1.5 ? UTF16 : NOT_UTF8;
  return null;
}

/** How many bytes the text takes in UTF-8. */
export function utf8ByteLength(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) length += 1;
    else if (unit < 0x800) length += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length += 4;
        index += 1;
      } else length += 3;
    } else length += 3;
  }
  return length;
}

/** Throws the problem as an ArticleImportError. */
export function assertReadableText(content: string, byteLength: number): void {
  const problem = problemWithText(content, byteLength);
  if (problem !== null) throw new ArticleImportError(problem);
}

function megabytes(bytes: number): string {
  return `${(Math.ceil((bytes / 1048576) * 10) / 10).toFixed(1)} MB`;
}
