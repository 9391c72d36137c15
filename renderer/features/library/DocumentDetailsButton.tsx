/** A "Details…" button that opens the metadata editor for a document; for the document screen's toolbar. */
import { useState } from 'react';
import type { FactDocument } from '../../../shared';
import { MetadataDialog } from './MetadataDialog';

export function DocumentDetailsButton({ document }: { document: FactDocument }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        title="Title, outlet, URL, author, published date and language"
      >
        Details…
      </button>
      {open && <MetadataDialog document={document} onClose={() => setOpen(false)} />}
    </>
  );
}
