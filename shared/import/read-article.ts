/** The one way an article enters the library, in the app and the CLI alike: a file by its name, or a paste. */
import { assertReadableText, articleFormatOf, ARTICLE_EXTENSIONS } from './check-input';
import { ArticleImportError, type ArticleDraft } from './draft';
import { draftFromHtml, type HtmlHost } from './html-draft';
import { draftFromText } from './text-draft';

export interface ArticleFile {
  name: string;
  content: string;
  byteLength: number;
}

/** Reads an article file (.txt, .md, .html) into a draft; throws ArticleImportError with a sentence for the analyst. */
export function draftFromFile(file: ArticleFile, host: HtmlHost): ArticleDraft {
  const format = articleFormatOf(file.name);
  if (format === null) {
    throw new ArticleImportError(
      `“${file.name}” is not an article file. Factcheck Desk reads ${ARTICLE_EXTENSIONS.join(', ')} files.`,
    );
  }
  assertReadableText(file.content, file.byteLength);
  return format === 'html'
    ? draftFromHtml(file.content, host, { source: 'page' })
    : draftFromText(file.content, format);
}

/** What a paste offers: the clipboard's HTML (when it came from a web page) and its plain text. */
export interface PastedArticle {
  html: string | null;
  text: string;
}

/** Reads pasted content: its HTML when there is some (keeping structure and links, what was selected is the article), else its text. */
export function draftFromPaste(paste: PastedArticle, host: HtmlHost): ArticleDraft {
  if (paste.html !== null && paste.html.trim().length > 0) {
    try {
      return draftFromHtml(paste.html, host, { source: 'fragment' });
    } catch (error) {
      if (!(error instanceof ArticleImportError) || paste.text.trim().length === 0) throw error;
    }
  }
  if (paste.text.trim().length === 0)
    throw new ArticleImportError('There is nothing to import: the clipboard holds no text.');
  return draftFromText(paste.text, 'text');
}
