/** What Export as… offers: the shared export formats, plus the PDF report where the host can print one (the desktop app). */
import { EXPORT_FORMATS, exportFormats, type ExportFormat } from '../../../shared/interop';

export type ExportChoice = ExportFormat | 'pdf';

export const PDF_CHOICE = {
  label: 'Report (PDF)',
  description: 'The readable report saved as a PDF file, ready to print or send.',
} as const;

/** Label and description of a choice, as the dialog lists it. */
export function exportChoiceInfo(choice: ExportChoice): { label: string; description: string } {
  return choice === 'pdf' ? PDF_CHOICE : EXPORT_FORMATS[choice];
}

/** The choices a host offers; the web page has no PDF (its HTML report prints from the browser). */
export function exportChoices(canSavePdf: boolean): ExportChoice[] {
  return canSavePdf ? [...exportFormats, 'pdf'] : [...exportFormats];
}
