/** The header entries for interop: Export as… (W3C, ClaimReview, CSV, reports), Import annotations… (W3C) and the Organisation settings. */
import { useAnalyst } from '../../app/analyst-context';
import { ExportDialog } from './ExportDialog';
import { importAnnotationFile } from './interop-actions';
import { OrganisationDialog } from './OrganisationDialog';
import { useUiStore } from '../../store/ui-store';

export function InteropMenu({ documentId }: { documentId: string | null }) {
  const analyst = useAnalyst();
  const dialog = useUiStore((state) => state.interopDialog);
  const show = useUiStore((state) => state.showInteropDialog);
  return (
    <>
      <button
        type="button"
        onClick={() => show({ kind: 'export', format: 'w3c' })}
        disabled={!documentId}
        title="Export this document as W3C annotations, ClaimReview, CSV or a report"
      >
        Export as…
      </button>
      <button
        type="button"
        onClick={() => documentId && void importAnnotationFile(documentId, analyst)}
        disabled={!documentId}
        title="Add W3C Web Annotations or a Hypothesis export to this document as claims"
      >
        Import annotations…
      </button>
      <button
        type="button"
        onClick={() => show({ kind: 'organisation', returnTo: null })}
        title="Your organisation, as ClaimReview exports name it"
      >
        Organisation…
      </button>
      {dialog?.kind === 'export' && documentId && (
        <ExportDialog
          key={dialog.format}
          documentId={documentId}
          initialFormat={dialog.format}
          onClose={() => show(null)}
          onEditOrganisation={(format) => show({ kind: 'organisation', returnTo: format })}
        />
      )}
      {dialog?.kind === 'organisation' && (
        <OrganisationDialog
          onClose={() => show(dialog.returnTo && documentId ? { kind: 'export', format: dialog.returnTo } : null)}
        />
      )}
    </>
  );
}
