/** The one function that renders a document in any export format (shared/formats/file-formats.ts lists them). */
import { bundleFileName } from '../exchange/create-bundle';
import { EXPORT_FORMATS, type ExportFormat } from '../formats/file-formats';
import type { Analyst } from '../model/schema';
import { claimReviews, serialiseClaimReviews, type ClaimReviewOptions } from './claimreview';
import { claimsCsv } from './csv';
import type { DocumentView } from './document-view';
import { EMPTY_ORGANISATION, type Organisation } from './organisation';
import { reportHtml } from './report-html';
import { reportMarkdown } from './report-markdown';
import { reportModel } from './report-model';
import { hypothesisExport, serialiseHypothesisExport } from './hypothesis-export';
import { serialiseW3c, w3cAnnotationList, w3cCollection } from './w3c-export';

export interface ExportOptions extends ClaimReviewOptions {
  organisation?: Organisation;
  /** Who makes the export (named in reports); the bundle's exporter by default. */
  by?: Analyst;
  now?: Date;
  /** Annotations per W3C AnnotationPage. */
  pageSize?: number;
}

export interface ExportFile {
  fileName: string;
  content: string;
  mimeType: string;
}

/** A file name for a document in a format, made of safe characters only. */
export function exportFileName(title: string, format: ExportFormat): string {
  return bundleFileName(title).replace(/\.factcheck\.json$/, EXPORT_FORMATS[format].suffix);
}

type Renderer = (view: DocumentView, options: ExportOptions, now: Date) => string;

/** How each format is rendered: a format of the table in shared/formats needs its renderer here. */
const RENDERERS: Readonly<Record<ExportFormat, Renderer>> = {
  w3c: (view, options, now) =>
    serialiseW3c(w3cCollection(view, { now, ...(options.pageSize ? { pageSize: options.pageSize } : {}) })),
  'w3c-list': (view, _options, now) => serialiseW3c(w3cAnnotationList(view, { now })),
  hypothesis: (view, options, now) =>
    serialiseHypothesisExport(hypothesisExport(view, options.by ?? view.exportedBy, now)),
  claimreview: (view, options) =>
    serialiseClaimReviews(claimReviews(view, options.organisation ?? EMPTY_ORGANISATION, options)),
  csv: (view) => claimsCsv(view),
  html: (view, options, now) => reportHtml(reportModel(view, options.by ?? view.exportedBy, now)),
  md: (view, options, now) => reportMarkdown(reportModel(view, options.by ?? view.exportedBy, now)),
};

/** The file of a document in a format. */
export function renderExport(format: ExportFormat, view: DocumentView, options: ExportOptions = {}): ExportFile {
  const content = RENDERERS[format](view, options, options.now ?? new Date());
  return { fileName: exportFileName(view.document.title, format), content, mimeType: EXPORT_FORMATS[format].mimeType };
}
