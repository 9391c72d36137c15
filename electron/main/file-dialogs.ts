// Opens and saves the user's files through native dialogs: filters per purpose, size caps, strict UTF-8 and atomic writes.
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { OpenPurpose } from '../../shared/formats/file-formats';
import type { InvokeArgs, OpenedFile, SavedFile } from '../../shared/ipc/channels';
import { fileNounFor, MAX_FILE_BYTES, openDialogOptions, saveDialogOptions } from './dialog-options';

const MEGABYTE = 1024 * 1024;

export { MAX_FILE_BYTES, sanitizeSuggestedName } from './dialog-options';

/** A file problem the analyst can act on; its message is shown as is. */
export class FileAccessError extends Error {
  override name = 'FileAccessError';
}

/** The part of Electron's `dialog` this file needs (bound to the app window by the caller). */
export interface FileDialogs {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string | undefined }>;
}

/** The file operations used here; node:fs/promises fits it as is. */
export interface FileSystem {
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
  writeFile(filePath: string, data: string, options: { encoding: 'utf8'; flag: 'wx' }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: true }): Promise<void>;
}

/** The OS list of recently used files (app.addRecentDocument: macOS Open Recent, Windows jump list). */
export interface RecentDocuments {
  add(filePath: string): void;
}

export interface FileAccessDeps {
  dialogs: FileDialogs;
  fs: FileSystem;
  /** Bundles opened or saved are added here, so the OS can offer them again. */
  recentDocuments: RecentDocuments;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Sizes round up, so a file one byte over a 50 MB cap reads "50.1 MB", not "50.0 MB". */
function formatMegabytes(bytes: number): string {
  return `${(Math.ceil((bytes / MEGABYTE) * 10) / 10).toFixed(1)} MB`;
}

/** Refuses files bigger than the purpose allows, naming the file, its size and the limit. */
function assertWithinCap(name: string, byteLength: number, purpose: OpenPurpose): void {
  const cap = MAX_FILE_BYTES[purpose];
  if (byteLength > cap) {
    throw new FileAccessError(
      `"${name}" is ${formatMegabytes(byteLength)}; Factcheck Desk opens ${fileNounFor(purpose)} files up to ${cap / MEGABYTE} MB.`,
    );
  }
}

/** Reads a regular file, checking its size before reading and again after (it may grow in between). */
async function readWithinCap(
  fs: FileSystem,
  filePath: string,
  name: string,
  purpose: OpenPurpose,
): Promise<Uint8Array> {
  let stats: { size: number; isFile(): boolean };
  try {
    stats = await fs.stat(filePath);
  } catch (error) {
    throw new FileAccessError(`Could not open "${name}": ${reasonOf(error)}`);
  }
  if (!stats.isFile()) throw new FileAccessError(`"${name}" is not a regular file.`);
  assertWithinCap(name, stats.size, purpose);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    throw new FileAccessError(`Could not read "${name}": ${reasonOf(error)}`);
  }
  assertWithinCap(name, bytes.byteLength, purpose);
  return bytes;
}

/**
 * Reads a file the user chose (in a dialog, the file manager or on the command line) as text: directories,
 * devices, oversize files and text that is not valid UTF-8 are refused with a FileAccessError.
 */
export async function readUserTextFile(fs: FileSystem, filePath: string, purpose: OpenPurpose): Promise<OpenedFile> {
  const name = path.basename(filePath);
  const bytes = await readWithinCap(fs, filePath, name, purpose);
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileAccessError(`"${name}" is not UTF-8 text. Save it as UTF-8 and open it again.`);
  }
  return { name, content, byteLength: bytes.byteLength };
}

/** Asks the user for a file and returns its name and text (see readUserTextFile), or null when they cancel. */
export async function openUserFile(deps: FileAccessDeps, purpose: OpenPurpose): Promise<OpenedFile | null> {
  const choice = await deps.dialogs.showOpenDialog(openDialogOptions(purpose));
  const filePath = choice.filePaths[0];
  if (choice.canceled || filePath === undefined) return null;
  const opened = await readUserTextFile(deps.fs, filePath, purpose);
  if (purpose === 'bundle') deps.recentDocuments.add(filePath);
  return opened;
}

/**
 * Asks the user where to save and writes the text there, or returns null when they cancel. The text
 * goes to a temporary file beside the target first and is renamed over it, so a failed write never
 * leaves a half-written file in place of the old one.
 */
export async function saveUserFile(
  deps: FileAccessDeps,
  args: InvokeArgs<'factcheck:file:save'>,
): Promise<SavedFile | null> {
  const choice = await deps.dialogs.showSaveDialog(saveDialogOptions(args.purpose, args.suggestedName));
  const filePath = choice.filePath;
  if (choice.canceled || filePath === undefined || filePath === '') return null;
  const temporaryPath = `${filePath}.${process.pid}.${Date.now()}.tmp`;
  try {
    await deps.fs.writeFile(temporaryPath, args.content, { encoding: 'utf8', flag: 'wx' });
    await deps.fs.rename(temporaryPath, filePath);
  } catch (error) {
    await deps.fs.rm(temporaryPath, { force: true }).catch(() => undefined);
    throw new FileAccessError(`Could not save "${path.basename(filePath)}": ${reasonOf(error)}`);
  }
  if (args.purpose === 'bundle') deps.recentDocuments.add(filePath);
  return { name: path.basename(filePath) };
}
