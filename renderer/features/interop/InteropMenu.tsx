/** The header entries for interop: Export as… (W3C, ClaimReview, CSV, reports), Import annotations… (W3C) and the Organisation settings. */
import { useState } from 'react';
import type { ExportFormat } from '../../../shared/interop';
import { useAnalyst } from '../../app/analyst-context';
import { ExportDialog } from './ExportDialog';
import { importAnnotationFile } from './interop-actions';
import { OrganisationDialog } from './OrganisationDialog';

type OpenDialog = { kind: 'export'; format: ExportFormat } | { kind: 'organisation'; returnTo: ExportFormat | null } | null;

export function InteropMenu({ documentId }: { documentId: string | null }) {
  const analyst = useAnalyst();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  return (
    <>
      <button type="button" onClick={() => setDialog({ kind: 'export', format: 'w3c' })} disabled={!documentId} title="Export this document as W3C annotations, ClaimReview, CSV or a report">
        Export as…
      </button>
      <button type="button" onClick={() => documentId && void importAnnotationFile(documentId, analyst)} disabled={!documentId} title="Add W3C Web Annotations to this document as claims">
        Import annotations…
      </button>
      <button type="button" onClick={() => setDialog({ kind: 'organisation', returnTo: null })} title="Your organisation, as ClaimReview exports name it">
        Organisation…
      </button>
      {dialog?.kind === 'export' && documentId && (
        <ExportDialog documentId={documentId} initialFormat={dialog.format} onClose={() => setDialog(null)} onEditOrganisation={(format) => setDialog({ kind: 'organisation', returnTo: format })} />
      )}
      {dialog?.kind === 'organisation' && <OrganisationDialog onClose={() => setDialog(dialog.returnTo && documentId ? { kind: 'export', format: dialog.returnTo } : null)} />}
    </>
  );
}
