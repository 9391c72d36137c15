/** Reads an article file for `factcheck new` through the same shared import the app uses, so both make the same document. */
import { basename } from 'node:path';
import {
  ArticleImportError,
  articleFormatOf,
  draftFromFile,
  MAX_ARTICLE_BYTES,
  problemWithBytes,
  type ArticleDraft,
} from '../shared/import';
import { InputError } from './errors';
import { readFileLimited } from './files';
import { linkedomHtmlHost } from './html-host';
import { oneLine } from './output';

export const FORMAT_NAMES: Record<ArticleDraft['format'], string> = {
  text: 'plain text',
  markdown: 'Markdown',
  html: 'a web page (HTML)',
};

/** Refuses a file that is not an article by its name, before anything is read. */
export function assertArticleName(path: string, extension: string): void {
  if (articleFormatOf(path) === null) {
    throw new InputError(
      `${oneLine(path)}: only .txt, .md and .html articles are read (this file has ${oneLine(extension || 'no extension')})`,
    );
  }
}

/** Reads, checks and drafts the article; every refusal is an InputError naming the file. */
export async function readArticleDraft(path: string): Promise<ArticleDraft> {
  const read = await readFileLimited(path, MAX_ARTICLE_BYTES, '50 MB');
  if (!read.ok) throw new InputError(`${oneLine(path)}: ${read.message}`);
  const problem = problemWithBytes(read.bytes);
  if (problem !== null) throw new InputError(`${oneLine(path)}: ${problem}`);
  const content = new TextDecoder('utf-8').decode(read.bytes);
  try {
    return draftFromFile({ name: basename(path), content, byteLength: read.bytes.byteLength }, linkedomHtmlHost);
  } catch (error) {
    if (error instanceof ArticleImportError) throw new InputError(`${oneLine(path)}: ${error.message}`);
    throw error;
  }
}
