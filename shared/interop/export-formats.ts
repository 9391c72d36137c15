/** The export formats beyond the native bundle, and the one function that renders a document in any of them. */
import { bundleFileName } from '../exchange/create-bundle';
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

export const exportFormats = ['w3c', 'w3c-list', 'hypothesis', 'claimreview', 'csv', 'html', 'md'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportFormatInfo {
  label: string;
  description: string;
  /** File name ending, after the document's name. */
  suffix: string;
  mimeType: string;
}

export const EXPORT_FORMATS: Record<ExportFormat, ExportFormatInfo> = {
  w3c: {
    label: 'W3C Web Annotations',
    description: 'An AnnotationCollection for annotation tools, one annotation per claim.',
    suffix: '.annotations.jsonld',
    mimeType: 'application/ld+json',
  },
  'w3c-list': {
    label: 'W3C Web Annotations (list)',
    description: 'A plain array of annotations, each with a target list, for tools such as Recogito and Annotorious.',
    suffix: '.annotations.json',
    mimeType: 'application/ld+json',
  },
  hypothesis: {
    label: 'Hypothesis (JSON)',
    description: 'A Hypothesis export file that its Import annotations reads; verdicts and sources go into the text.',
    suffix: '.hypothesis.json',
    mimeType: 'application/json',
  },
  claimreview: {
    label: 'ClaimReview (schema.org)',
    description: 'JSON-LD for each claim with a verdict, for search engines and fact-check databases.',
    suffix: '.claimreview.jsonld',
    mimeType: 'application/ld+json',
  },
  csv: {
    label: 'Spreadsheet (CSV)',
    description: 'One row per claim, for Excel, LibreOffice or Google Sheets.',
    suffix: '.csv',
    mimeType: 'text/csv',
  },
  html: {
    label: 'Report (HTML)',
    description: 'A readable, printable report of the article and its claims.',
    suffix: '.report.html',
    mimeType: 'text/html',
  },
  md: {
    label: 'Report (Markdown)',
    description: 'The same report as Markdown text.',
    suffix: '.report.md',
    mimeType: 'text/markdown',
  },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (exportFormats as readonly string[]).includes(value);
}

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

/** The file of a document in a format. */
export function renderExport(format: ExportFormat, view: DocumentView, options: ExportOptions = {}): ExportFile {
  const now = options.now ?? new Date();
  const content = (() => {
    switch (format) {
      case 'w3c':
        return serialiseW3c(w3cCollection(view, { now, ...(options.pageSize ? { pageSize: options.pageSize } : {}) }));
      case 'w3c-list':
        return serialiseW3c(w3cAnnotationList(view, { now }));
      case 'hypothesis':
        return serialiseHypothesisExport(hypothesisExport(view, options.by ?? view.exportedBy, now));
      case 'claimreview':
        return serialiseClaimReviews(claimReviews(view, options.organisation ?? EMPTY_ORGANISATION, options));
      case 'csv':
        return claimsCsv(view);
      case 'html':
        return reportHtml(reportModel(view, options.by ?? view.exportedBy, now));
      case 'md':
        return reportMarkdown(reportModel(view, options.by ?? view.exportedBy, now));
    }
  })();
  return { fileName: exportFileName(view.document.title, format), content, mimeType: EXPORT_FORMATS[format].mimeType };
}
