// The options of every open and save dialog, per purpose: title, file filters, default name and extension. Pure, so tests read them as the user would see them.
import type { FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { OpenPurpose, SavePurpose } from '../../shared/ipc/contract';

const MEGABYTE = 1024 * 1024;

interface OpenPurposeInfo {
  /** What the file is called in messages ("… opens bundle files up to 200 MB"). */
  noun: string;
  title: string;
  filters: FileFilter[];
  /** The largest file accepted; bigger files are refused before they are read. */
  maxBytes: number;
}

const OPEN_PURPOSES: Readonly<Record<OpenPurpose, OpenPurposeInfo>> = {
  article: {
    noun: 'article',
    title: 'Open article',
    filters: [{ name: 'Articles (text, Markdown, HTML)', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] }],
    maxBytes: 50 * MEGABYTE,
  },
  bundle: {
    noun: 'bundle',
    title: 'Import bundle',
    filters: [{ name: 'Factcheck bundles (*.factcheck.json)', extensions: ['json'] }],
    maxBytes: 200 * MEGABYTE,
  },
  annotations: {
    noun: 'annotation',
    title: 'Import W3C annotations',
    filters: [{ name: 'W3C Web Annotations (JSON-LD)', extensions: ['jsonld', 'json'] }],
    maxBytes: 100 * MEGABYTE,
  },
  identity: {
    noun: 'identity',
    title: 'Import my identity',
    filters: [{ name: 'Factcheck identity (*.factcheck-identity.json)', extensions: ['json'] }],
    maxBytes: MEGABYTE / 16,
  },
};

interface SavePurposeInfo {
  title: string;
  /** The ending a file name gets when the suggested one has none of the filter's extensions. */
  defaultEnding: string;
  filters: FileFilter[];
}

const SAVE_PURPOSES: Readonly<Record<SavePurpose, SavePurposeInfo>> = {
  bundle: {
    title: 'Export bundle',
    defaultEnding: '.factcheck.json',
    filters: [{ name: 'Factcheck bundles (*.factcheck.json)', extensions: ['json'] }],
  },
  w3c: {
    title: 'Export W3C Web Annotations',
    defaultEnding: '.jsonld',
    filters: [{ name: 'W3C Web Annotations (JSON-LD)', extensions: ['jsonld', 'json'] }],
  },
  claimreview: {
    title: 'Export ClaimReview',
    defaultEnding: '.jsonld',
    filters: [{ name: 'ClaimReview (JSON-LD)', extensions: ['jsonld'] }],
  },
  csv: {
    title: 'Export spreadsheet (CSV)',
    defaultEnding: '.csv',
    filters: [{ name: 'CSV spreadsheets', extensions: ['csv'] }],
  },
  html: {
    title: 'Export HTML report',
    defaultEnding: '.html',
    filters: [{ name: 'HTML reports', extensions: ['html'] }],
  },
  md: {
    title: 'Export Markdown report',
    defaultEnding: '.md',
    filters: [{ name: 'Markdown reports', extensions: ['md'] }],
  },
  identity: {
    title: 'Export my identity (holds your secret signing key)',
    defaultEnding: '.factcheck-identity.json',
    filters: [{ name: 'Factcheck identity (*.factcheck-identity.json)', extensions: ['json'] }],
  },
  pdf: {
    title: 'Save report as PDF',
    defaultEnding: '.pdf',
    filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
  },
};

/** The largest file each open purpose accepts. */
export const MAX_FILE_BYTES: Readonly<Record<OpenPurpose, number>> = {
  article: OPEN_PURPOSES.article.maxBytes,
  bundle: OPEN_PURPOSES.bundle.maxBytes,
  annotations: OPEN_PURPOSES.annotations.maxBytes,
  identity: OPEN_PURPOSES.identity.maxBytes,
};

/** What files of an open purpose are called in messages. */
export function fileNounFor(purpose: OpenPurpose): string {
  return OPEN_PURPOSES[purpose].noun;
}

export function openDialogOptions(purpose: OpenPurpose): OpenDialogOptions {
  return { title: OPEN_PURPOSES[purpose].title, properties: ['openFile'], filters: OPEN_PURPOSES[purpose].filters };
}

/** Turns a renderer-suggested name into a bare file name, so it can never steer the dialog to another folder. */
export function sanitizeSuggestedName(suggestedName: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are among those replaced.
  const bare = suggestedName.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/gu, '-').trim();
  const withoutLeadingDots = bare.replace(/^\.+/u, '');
  return withoutLeadingDots === '' ? 'untitled' : withoutLeadingDots;
}

/** The default file name: the suggested name made bare, ending in one of the purpose's extensions. */
export function defaultFileName(purpose: SavePurpose, suggestedName: string): string {
  const name = sanitizeSuggestedName(suggestedName);
  const { defaultEnding, filters } = SAVE_PURPOSES[purpose];
  const extensions = filters.flatMap((filter) => filter.extensions);
  const lower = name.toLowerCase();
  return extensions.some((extension) => lower.endsWith(`.${extension}`)) ? name : `${name}${defaultEnding}`;
}

export function saveDialogOptions(purpose: SavePurpose, suggestedName: string): SaveDialogOptions {
  return {
    title: SAVE_PURPOSES[purpose].title,
    defaultPath: defaultFileName(purpose, suggestedName),
    filters: SAVE_PURPOSES[purpose].filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}
