/** The public surface of shared/interop: W3C Web Annotation export and import, ClaimReview, CSV and the readable report. */
export * from './document-view';
export * from './identifiers';
export * from './w3c-model';
export * from './w3c-export';
export * from './hypothesis-export';
export * from './w3c-read';
export * from './w3c-selectors';
export * from './w3c-parse';
export * from './hypothesis-parse';
export * from './annotation-agents';
export * from './annotation-ids';
export * from './source-url';
export * from './markdown-html';
export * from './w3c-anchor';
export * from './w3c-import';
export * from './annotation-report';
export * from './bundle-annotations';
export * from './organisation';
export * from './claimreview';
export * from './claimreview-check';
export * from './csv';
export * from './json-text';
export * from './report-model';
export * from './report-html';
export * from './markdown-text';
export * from './report-markdown';
export * from './export-formats';
export {
  EXPORT_FORMATS,
  exportFormats,
  isExportFormat,
  type ExportFormat,
  type ExportFormatInfo,
} from '../formats/file-formats';
export * from './html-text';
export * from './rich-text-html';
export * from './code-point-index';
