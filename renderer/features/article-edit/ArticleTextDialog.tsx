/**
 * The "Edit article text" dialog: the article in an editable editor (paragraphs, headings, quotes, lists,
 * bold, italic, links), a warning that claims will be re-anchored, Save and Cancel (Escape).
 */
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useId, useRef, useState } from 'react';
import type { FactDocument } from '../../../shared';
import { useAnalyst } from '../../app/analyst-context';
import { blocksToContent } from '../article/article-content';
import { ArticleLinks } from '../article/ArticleLinks';
import { ARTICLE_STARTER_KIT } from '../article/article-schema';
import { ModalDialog } from '../../app/ModalDialog';
import { saveArticleText } from './article-edit-actions';
import { contentToBlocks } from './editor-blocks';
import './article-edit.css';

interface ArticleTextDialogProps {
  document: FactDocument;
  claimCount: number;
  onClose: () => void;
}

export function ArticleTextDialog({ document: article, claimCount, onClose }: ArticleTextDialogProps) {
  const analyst = useAnalyst();
  const id = useId();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ ...ARTICLE_STARTER_KIT, heading: { levels: [1, 2] } }),
      // The article's own link extension: http(s) only, never followed inside the app.
      ArticleLinks,
    ],
    content: blocksToContent(article.blocks),
    autofocus: 'start',
    injectCSS: false,
    immediatelyRender: true,
    editorProps: {
      attributes: {
        class: 'article-edit-text',
        'aria-label': 'Article text to edit',
        'aria-multiline': 'true',
        role: 'textbox',
      },
      // The editor takes Escape for itself; here it means Cancel, as everywhere else in a dialog.
      handleKeyDown: (_view, event) => {
        if (event.key !== 'Escape') return false;
        onCloseRef.current();
        return true;
      },
    },
  });

  async function save() {
    if (!editor || saving) return;
    const blocks = contentToBlocks(editor.getJSON());
    if (blocks.length === 0) {
      setProblem('The article would be empty. Write its text, or press Cancel to keep it as it is.');
      return;
    }
    setSaving(true);
    const saved = await saveArticleText(article.id, blocks, analyst);
    setSaving(false);
    if (saved) onClose();
  }

  const claims = claimCount === 1 ? 'the claim' : `all ${claimCount} claims`;
  return (
    <ModalDialog titleId={`${id}-title`} className="article-edit-dialog" onClose={onClose}>
      {/* Keys pressed here belong to the dialog: the document's shortcuts (M, Delete, digits) must not act on the claims behind it. */}
      <div className="article-edit-body" onKeyDown={(event) => event.stopPropagation()}>
        <h2 id={`${id}-title`}>Edit article text</h2>
        <p className="article-edit-warning" id={`${id}-warning`}>
          {claimCount > 0 ? (
            <>
              <strong>Claims will be re-anchored.</strong> When you save, {claims} of this article{' '}
              {claimCount === 1 ? 'is' : 'are'} looked up again in the new text. A claim whose passage you delete or
              rewrite beyond recognition becomes an orphan: it is kept and listed under Orphans, where you can attach it
              to a passage again.
            </>
          ) : (
            <>The article has no claims yet; the new text is stored as it is.</>
          )}{' '}
          The text gets a new SHA-256, so teammates’ copies of the old text are treated as another version.
        </p>
        <div className="article-edit-area" aria-describedby={`${id}-warning`}>
          <EditorContent editor={editor} />
        </div>
        <p className="hint-text">
          Enter starts a new paragraph. Ctrl+B bold, Ctrl+I italic, “# ” a title line, “## ” a heading, “&gt; ” a quote,
          “- ” a list item. Escape cancels.
        </p>
        {problem && (
          <p className="article-edit-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose} disabled={saving}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={() => void save()} disabled={saving} aria-busy={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
