/** Plain text and Markdown become article drafts: paragraphs by blank lines, the first line as title when it looks like one. */
import { ArticleParseError, parseArticle } from './parse-article';
import { ArticleImportError, makeDraft, type ArticleDraft } from './draft';

/** Reads text or Markdown; trailing boilerplate is detected and kept in the draft for the analyst to decide on. */
export function draftFromText(raw: string, format: 'text' | 'markdown'): ArticleDraft {
  try {
    const parsed = parseArticle(raw, { format, dropBoilerplate: false });
    return makeDraft(format, parsed.blocks, { title: parsed.title });
  } catch (error) {
    if (error instanceof ArticleParseError) throw new ArticleImportError(error.message);
    throw error;
  }
}
