// The options of every open and save dialog, per purpose (from the table of file formats): title, file filters, default name and extension. Pure, so tests read them as the user would see them.
import type { FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  defaultEnding,
  hasExtension,
  OPEN_FORMATS,
  openPurposes,
  SAVE_FORMATS,
  type OpenPurpose,
  type SavePurpose,
} from '../../shared/formats/file-formats';

/** The largest file each open purpose accepts. */
export const MAX_FILE_BYTES = Object.fromEntries(
  openPurposes.map((purpose) => [purpose, OPEN_FORMATS[purpose].maxBytes]),
) as Readonly<Record<OpenPurpose, number>>;

/** What files of an open purpose are called in messages. */
export function fileNounFor(purpose: OpenPurpose): string {
  return OPEN_FORMATS[purpose].noun;
}

function filtersOf(format: { filterName: string; extensions: readonly string[] }): FileFilter[] {
  return [{ name: format.filterName, extensions: [...format.extensions] }];
}

export function openDialogOptions(purpose: OpenPurpose): OpenDialogOptions {
  const format = OPEN_FORMATS[purpose];
  return { title: format.dialogTitle, properties: ['openFile'], filters: filtersOf(format) };
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
  const format = SAVE_FORMATS[purpose];
  return hasExtension(name, format.extensions) ? name : `${name}${defaultEnding(format)}`;
}

export function saveDialogOptions(purpose: SavePurpose, suggestedName: string): SaveDialogOptions {
  const format = SAVE_FORMATS[purpose];
  return {
    title: format.dialogTitle,
    defaultPath: defaultFileName(purpose, suggestedName),
    filters: filtersOf(format),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}
