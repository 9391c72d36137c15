/**
 * Every kind of file the app opens or saves, in one table: the IPC contract, the desktop dialogs, the web
 * page's file picker and downloads, the application menu, Export as… and the CLI all derive from it.
 * It imports nothing, so the sandboxed preload can bundle it. Adding a format: docs/interop.md.
 */

/** A kind of file as the open and save dialogs filter it. */
interface FileKind {
  /** The dialog's title. */
  dialogTitle: string;
  /** The name of the dialog's file filter. */
  filterName: string;
  /** The filter's extensions, without the dot. */
  extensions: readonly [string, ...string[]];
}

export interface OpenFormat extends FileKind {
  /** What the file is called in messages ("… opens bundle files up to 200 MB"). */
  noun: string;
  /** MIME types the web page's file picker accepts besides the extensions. */
  mimeTypes: readonly string[];
  /** The largest file accepted; bigger files are refused before they are read. */
  maxBytes: number;
}

export interface SaveFormat extends FileKind {
  /** The ending a file name gets when it has none of the extensions; `.` and the first extension unless given. */
  ending?: string;
  /** The file's media type (a text type is downloaded as UTF-8). */
  mimeType: string;
}

/** A choice of Export as…: how the dialog and the menu name it. */
export interface ExportChoiceInfo extends SaveFormat {
  label: string;
  description: string;
  /** Its item under File > Export as. */
  menuLabel: string;
  /** The item's shortcut in the desktop menu. */
  accelerator?: string;
}

/** A format shared/interop renders to text, in the app and on the command line. */
export interface ExportFormatInfo extends ExportChoiceInfo {
  /** File name ending, after the document's name. */
  suffix: string;
  /** What `factcheck help export` says of it, in lines of at most 71 characters. */
  commandLine: readonly string[];
}

const MEGABYTE = 1024 * 1024;

/** What an open dialog is for: its title, file filter and size cap. */
export const OPEN_FORMATS = {
  article: {
    noun: 'article',
    dialogTitle: 'Open article',
    filterName: 'Articles (text, Markdown, HTML)',
    extensions: ['txt', 'md', 'markdown', 'html', 'htm'],
    mimeTypes: ['text/plain', 'text/markdown', 'text/html'],
    maxBytes: 50 * MEGABYTE,
  },
  bundle: {
    noun: 'bundle',
    dialogTitle: 'Import bundle',
    filterName: 'Factcheck bundles (*.factcheck.json)',
    extensions: ['json'],
    mimeTypes: ['application/json'],
    maxBytes: 200 * MEGABYTE,
  },
  annotations: {
    noun: 'annotation',
    dialogTitle: 'Import annotations',
    filterName: 'Annotations (W3C JSON-LD, Hypothesis JSON)',
    extensions: ['jsonld', 'json'],
    mimeTypes: ['application/ld+json', 'application/json'],
    maxBytes: 100 * MEGABYTE,
  },
  identity: {
    noun: 'identity',
    dialogTitle: 'Import my identity',
    filterName: 'Factcheck identity (*.factcheck-identity.json)',
    extensions: ['json'],
    mimeTypes: ['application/json'],
    maxBytes: MEGABYTE / 16,
  },
} as const satisfies Record<string, OpenFormat>;

export type OpenPurpose = keyof typeof OPEN_FORMATS;
export const openPurposes = Object.keys(OPEN_FORMATS) as OpenPurpose[];

/** The native bundle, as Export bundle… saves it. */
export const BUNDLE_SAVE_FORMAT: SaveFormat = {
  dialogTitle: 'Export bundle',
  filterName: 'Factcheck bundles (*.factcheck.json)',
  extensions: ['json'],
  ending: '.factcheck.json',
  mimeType: 'application/json',
};

/** The analyst's identity (name, id and signing key), saved to take it to another machine of theirs. */
export const IDENTITY_SAVE_FORMAT: SaveFormat = {
  dialogTitle: 'Export my identity (holds your secret signing key)',
  filterName: 'Factcheck identity (*.factcheck-identity.json)',
  extensions: ['json'],
  ending: '.factcheck-identity.json',
  mimeType: 'application/json',
};

/**
 * The export formats beyond the bundle, in the order menus and dialogs list them. Each is rendered by
 * renderExport (shared/interop/export-formats.ts), whose table of renderers must name every one.
 */
export const EXPORT_FORMATS = {
  w3c: {
    label: 'W3C Web Annotations',
    description: 'An AnnotationCollection for annotation tools, one annotation per claim.',
    menuLabel: 'W3C Web Annotations…',
    suffix: '.annotations.jsonld',
    mimeType: 'application/ld+json',
    dialogTitle: 'Export W3C Web Annotations',
    filterName: 'W3C Web Annotations (JSON-LD)',
    extensions: ['jsonld', 'json'],
    commandLine: [
      'W3C Web Annotations: an AnnotationCollection, one annotation per claim,',
      'with quote and position selectors (positions in Unicode code points)',
    ],
  },
  'w3c-list': {
    label: 'W3C Web Annotations (list)',
    description: 'A plain array of annotations, each with a target list, for tools such as Recogito and Annotorious.',
    menuLabel: 'W3C Web Annotations (list)…',
    suffix: '.annotations.json',
    mimeType: 'application/ld+json',
    dialogTitle: 'Export W3C Web Annotations (list)',
    filterName: 'W3C Web Annotations (JSON)',
    extensions: ['json', 'jsonld'],
    commandLine: [
      'the same annotations as a plain array, each with its own @context',
      'and a target list (for Recogito, Annotorious and other tools that',
      'read arrays of annotations)',
    ],
  },
  hypothesis: {
    label: 'Hypothesis (JSON)',
    description: 'A Hypothesis export file that its Import annotations reads; verdicts and sources go into the text.',
    menuLabel: 'Hypothesis (JSON)…',
    suffix: '.hypothesis.json',
    mimeType: 'application/json',
    dialogTitle: 'Export for Hypothesis',
    filterName: 'Hypothesis export (JSON)',
    extensions: ['json'],
    commandLine: [
      "a Hypothesis export file that Hypothesis's Import annotations reads:",
      'quote and position selectors, tags, and verdict, wording, claimant,',
      "rationale and sources as the annotation's Markdown text",
    ],
  },
  claimreview: {
    label: 'ClaimReview (schema.org)',
    description: 'JSON-LD for each claim with a verdict, for search engines and fact-check databases.',
    menuLabel: 'ClaimReview (schema.org)…',
    suffix: '.claimreview.jsonld',
    mimeType: 'application/ld+json',
    dialogTitle: 'Export ClaimReview',
    filterName: 'ClaimReview (JSON-LD)',
    extensions: ['jsonld'],
    commandLine: [
      'schema.org ClaimReview JSON-LD for each claim with a verdict; lists the',
      'required and recommended fields each review is missing',
    ],
  },
  csv: {
    label: 'Spreadsheet (CSV)',
    description: 'One row per claim, for Excel, LibreOffice or Google Sheets.',
    menuLabel: 'Spreadsheet (CSV)…',
    suffix: '.csv',
    mimeType: 'text/csv',
    dialogTitle: 'Export spreadsheet (CSV)',
    filterName: 'CSV spreadsheets',
    extensions: ['csv'],
    commandLine: [
      'one row per claim: UTF-8 with a byte-order mark, CRLF line ends, cells',
      "that a spreadsheet would run as formulas start with '",
    ],
  },
  html: {
    label: 'Report (HTML)',
    description: 'A readable, printable report of the article and its claims.',
    menuLabel: 'HTML report…',
    suffix: '.report.html',
    mimeType: 'text/html',
    dialogTitle: 'Export HTML report',
    filterName: 'HTML reports',
    extensions: ['html'],
    commandLine: ['a readable report to open in a browser, print or save as PDF'],
  },
  md: {
    label: 'Report (Markdown)',
    description: 'The same report as Markdown text.',
    menuLabel: 'Markdown report…',
    suffix: '.report.md',
    mimeType: 'text/markdown',
    dialogTitle: 'Export Markdown report',
    filterName: 'Markdown reports',
    extensions: ['md'],
    commandLine: ['the same report as Markdown'],
  },
} as const satisfies Record<string, ExportFormatInfo>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const exportFormats = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, value);
}

/** The HTML report printed to PDF: only the desktop app can (the main process prints it). */
export const PDF_REPORT = {
  label: 'Report (PDF)',
  description: 'The readable report saved as a PDF file, ready to print or send.',
  menuLabel: 'PDF report…',
  accelerator: 'CmdOrCtrl+P',
  mimeType: 'application/pdf',
  dialogTitle: 'Save report as PDF',
  filterName: 'PDF documents',
  extensions: ['pdf'],
} as const satisfies ExportChoiceInfo;

/** What Export as… and File > Export as offer: every export format, then the PDF report. */
export type ExportChoice = ExportFormat | 'pdf';
export const EXPORT_CHOICES: Readonly<Record<ExportChoice, ExportChoiceInfo>> = { ...EXPORT_FORMATS, pdf: PDF_REPORT };
export const exportChoices = Object.keys(EXPORT_CHOICES) as ExportChoice[];

/** What a save dialog is for: the bundle, each export format, the PDF report and the analyst's identity. */
export type SavePurpose = 'bundle' | 'identity' | ExportChoice;
/** The save purposes whose content is text the renderer hands over (the PDF is rendered by the main process). */
export type TextSavePurpose = Exclude<SavePurpose, 'pdf'>;
export const SAVE_FORMATS: Readonly<Record<SavePurpose, SaveFormat>> = {
  bundle: BUNDLE_SAVE_FORMAT,
  ...EXPORT_CHOICES,
  identity: IDENTITY_SAVE_FORMAT,
};
export const textSavePurposes: TextSavePurpose[] = ['bundle', ...exportFormats, 'identity'];
export const savePurposes: SavePurpose[] = [...textSavePurposes, 'pdf'];

/** The ending a saved file gets when its name has none of the format's extensions. */
export function defaultEnding(format: SaveFormat): string {
  return format.ending ?? `.${format.extensions[0]}`;
}

/** The type of a download on the web: text types say they are UTF-8, so the browser and the OS read them right. */
export function downloadType(format: SaveFormat): string {
  return format.mimeType.startsWith('text/') ? `${format.mimeType};charset=utf-8` : format.mimeType;
}

/** Whether a file name ends in one of the extensions (any case). */
export function hasExtension(fileName: string, extensions: readonly string[]): boolean {
  const lower = fileName.toLowerCase();
  return extensions.some((extension) => lower.endsWith(`.${extension}`));
}
