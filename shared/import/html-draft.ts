/**
 * Web pages and pasted HTML become article drafts. The host (browser or CLI) parses HTML and runs the
 * extraction library; everything that decides what the document holds happens here, on the structural
 * DOM of ./dom, so the app and the CLI make the same document from the same page.
 */
import type { Block } from '../model/schema';
import type { DomDocument, DomElement } from './dom';
import { ArticleImportError, makeDraft, type ArticleDraft } from './draft';
import { articleBlocks } from './html-blocks';
import { withoutInlineStyles } from './inline-styles';
import { cleanValue, languageTag, readPageMetadata } from './page-metadata';
import { DROPPED_TAGS, stripPageChrome } from './page-chrome';

/** What the extraction library (Mozilla Readability) found: the article's HTML and the facts it read. */
export interface ExtractedArticle {
  content: string | null | undefined;
  title?: string | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
  publishedTime?: string | null | undefined;
  lang?: string | null | undefined;
}

/** A parsed page whose body can be serialised again. */
export interface HtmlDocument extends DomDocument {
  readonly body: (DomElement & { readonly innerHTML: string }) | null;
}

/** The host's HTML tools; each is a thin call into a DOM implementation or a library. */
export interface HtmlHost {
  /** Parses HTML into an inert document (no scripts run, nothing loads). */
  parse(html: string): HtmlDocument;
  /** Runs the extraction library on the (already stripped) page; null when it finds no article. */
  extract(page: DomDocument): ExtractedArticle | null;
  /** Sanitises the article's HTML with SANITIZE_CONFIG; a host without a working sanitiser returns it as is (the block walk keeps only text, emphasis and http(s) links). */
  sanitize(html: string): string;
}

/** Readability's options, the same in every host. */
export const READABILITY_OPTIONS = { charThreshold: 500, nbTopCandidates: 5, keepClasses: false } as const;

/** DOMPurify's options: no attributes but href, http(s) links only, page chrome dropped with its content. */
export const SANITIZE_CONFIG = {
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^https?:\/\//i,
  FORBID_TAGS: [...DROPPED_TAGS],
  ADD_FORBID_CONTENTS: [...DROPPED_TAGS],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

export interface HtmlDraftOptions {
  /** A saved page goes through extraction; a pasted selection is the article already. */
  source: 'page' | 'fragment';
}

function sameText(a: string, b: string): boolean {
  const normal = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return normal(a) === normal(b);
}

/** The title block first: a leading heading that repeats the title becomes it; otherwise the title is added. */
function withTitle(blocks: Block[], title: string | null): { blocks: Block[]; title: string } {
  const first = blocks[0] as Block;
  if (first.type === 'heading' && (title === null || sameText(first.text, title))) {
    return { blocks: [{ ...first, type: 'title' }, ...blocks.slice(1)], title: first.text };
  }
  if (title === null) return { blocks, title: first.text.length > 80 ? `${first.text.slice(0, 77)}…` : first.text };
  return { blocks: [{ type: 'title', text: title }, ...blocks], title };
}

function wrap(html: string): string {
  return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** Reads a page or fragment into a draft; throws ArticleImportError when no article text is left. */
export function draftFromHtml(html: string, host: HtmlHost, options: HtmlDraftOptions): ArticleDraft {
  // Parsers differ most on documents without a body tag (fragments, bare snippets): give every host a whole page.
  const source = withoutInlineStyles(html);
  const page = host.parse(/<body[\s>]/i.test(source) ? source : wrap(source));
  const metadata = readPageMetadata(page);
  if (page.documentElement) stripPageChrome(page.documentElement, { baseUrl: metadata.url });
  const whole = page.body?.innerHTML ?? '';
  const extracted = options.source === 'page' ? host.extract(page) : null;
  const blocksOf = (content: string) => {
    const article = host.parse(wrap(host.sanitize(content)));
    return article.body ? articleBlocks(article.body) : [];
  };
  // When extraction finds no article (a short note, say), the page minus its chrome is the article.
  let blocks = extracted?.content ? blocksOf(extracted.content) : [];
  if (blocks.length === 0) blocks = blocksOf(whole);
  if (blocks.length === 0) {
    throw new ArticleImportError(
      options.source === 'page'
        ? 'No article text was found in this page: it holds only navigation, scripts or other page furniture.'
        : 'The pasted content holds no text.',
    );
  }
  const titled = withTitle(blocks, metadata.title ?? cleanValue(extracted?.title, 2000));
  return makeDraft('html', titled.blocks, {
    title: titled.title,
    url: metadata.url,
    outlet: metadata.siteName ?? cleanValue(extracted?.siteName),
    author: metadata.author ?? cleanValue(extracted?.byline)?.replace(/^by\s+/i, '') ?? null,
    publishedAt: metadata.publishedAt ?? cleanValue(extracted?.publishedTime, 100),
    language: metadata.language ?? languageTag(extracted?.lang),
  });
}
