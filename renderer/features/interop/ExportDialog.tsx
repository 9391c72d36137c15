/** "Export as…": the formats beyond the bundle (and the PDF report on the desktop), with the ClaimReview field check before exporting. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { useAnalyst } from '../../app/analyst-context';
import { EXPORT_CHOICES, exportChoices, exportFormats, type ExportChoice } from '../../../shared/formats/file-formats';
import { platform } from '../../platform';
import { ModalDialog } from '../../app/ModalDialog';
import { ClaimReviewChecklist } from './ClaimReviewChecklist';
import { exportDocumentAs, liveDocumentView } from './interop-actions';
import { useOrganisation } from './use-organisation';
import './interop.css';

interface ExportDialogProps {
  documentId: string;
  initialFormat?: ExportChoice;
  onClose: () => void;
  onEditOrganisation: (format: ExportChoice) => void;
}

/** The web page has no PDF: its HTML report prints from the browser. */
const CHOICES: readonly ExportChoice[] = platform.saveReportPdf ? exportChoices : exportFormats;

export function ExportDialog({ documentId, initialFormat = 'w3c', onClose, onEditOrganisation }: ExportDialogProps) {
  const analyst = useAnalyst();
  const id = useId();
  // A PDF asked for where the host cannot print one (the web page) falls back to the HTML report, which prints from the browser.
  const [format, setFormat] = useState<ExportChoice>(CHOICES.includes(initialFormat) ? initialFormat : 'html');
  const [busy, setBusy] = useState(false);
  const organisation = useOrganisation();
  const view = useLiveQuery(
    () => (format === 'claimreview' ? liveDocumentView(documentId, analyst) : undefined),
    [documentId, analyst, format],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const saved = await exportDocumentAs(documentId, analyst, format);
    setBusy(false);
    if (saved) onClose();
  }

  return (
    <ModalDialog titleId={`${id}-title`} className="interop-dialog export-dialog" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>Export as…</h2>
        <fieldset className="format-list">
          <legend>Format</legend>
          {CHOICES.map((option) => (
            <label key={option} className="format-option">
              <input
                type="radio"
                name={`${id}-format`}
                value={option}
                checked={format === option}
                onChange={() => setFormat(option)}
              />
              <span className="format-label">{EXPORT_CHOICES[option].label}</span>
              <span className="hint-text">{EXPORT_CHOICES[option].description}</span>
            </label>
          ))}
        </fieldset>
        {format === 'claimreview' &&
          (view && organisation ? (
            <ClaimReviewChecklist
              view={view}
              organisation={organisation}
              onEditOrganisation={() => onEditOrganisation(format)}
            />
          ) : (
            <p aria-busy="true">Checking the claims…</p>
          ))}
        {format === 'html' && (
          <p className="hint-text">
            {platform.saveReportPdf
              ? 'The report opens in any browser.'
              : 'The report opens in any browser; print it from there to make a PDF.'}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {format === 'pdf' ? 'Save as PDF' : 'Export'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
