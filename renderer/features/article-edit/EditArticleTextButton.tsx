/** The document header's entry to "Edit article text": the only way the text of an imported article changes. */
import { useState } from 'react';
import type { FactDocument } from '../../../shared';
import { ArticleTextDialog } from './ArticleTextDialog';

export function EditArticleTextButton({
  document: article,
  claimCount,
}: {
  document: FactDocument;
  claimCount: number;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        title="Change the words of the article; its claims are re-anchored"
      >
        Edit article text
      </button>
      {open && <ArticleTextDialog document={article} claimCount={claimCount} onClose={() => setOpen(false)} />}
    </>
  );
}
