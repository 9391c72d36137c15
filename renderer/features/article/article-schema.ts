/**
 * The StarterKit parts an article is made of: paragraphs, headings, quotes, bullet lists, bold, italic
 * (links come from ArticleLinks). The article view, the Edit article text dialog and the benchmark's
 * schema all start from these, so the text the dialog saves is text the view can show.
 */
import type { StarterKitOptions } from '@tiptap/starter-kit';

export const ARTICLE_STARTER_KIT = {
  code: false,
  codeBlock: false,
  hardBreak: false,
  horizontalRule: false,
  strike: false,
  underline: false,
  link: false,
  orderedList: false,
  trailingNode: false,
} as const satisfies Partial<StarterKitOptions>;

/** The read-only view adds no editing aids: no drop or gap cursor, no undo history. */
export const ARTICLE_VIEW_STARTER_KIT = {
  ...ARTICLE_STARTER_KIT,
  dropcursor: false,
  gapcursor: false,
  undoRedo: false,
} as const satisfies Partial<StarterKitOptions>;
