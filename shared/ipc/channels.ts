/**
 * The one IPC contract between the renderer and the main process, as names and types: each channel with
 * its argument and result, the menu commands, the events and the bridge the preload exposes. Main,
 * preload and renderer derive their types from it. It holds no schema code (schemas.ts parses the
 * arguments in the main process), so the sandboxed preload bundles it and restates nothing.
 */
import { exportChoices, type ExportChoice, type OpenPurpose, type TextSavePurpose } from '../formats/file-formats';

/** A backup's file name: its UTC creation time to the millisecond, so names sort by age. */
export const BACKUP_ID_PATTERN = /^backup-\d{8}T\d{9}Z\.factcheck\.json$/;
/** Why a backup was written: the library changed, the app is quitting, or the analyst asked. */
export const backupReasons = ['change', 'quit', 'manual'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** A file the user picked: its name (not its path) and its text. */
export interface OpenedFile {
  name: string;
  content: string;
  byteLength: number;
}

export interface SavedFile {
  name: string;
}

/** One backup in the user-data folder, newest first in listings. */
export interface BackupEntry {
  id: string;
  /** ISO date of when it was written. */
  createdAt: string;
  byteLength: number;
}

/** A file the OS asked the app to open (command line, file manager, second launch): its text, or why it could not be read. */
export type OpenedFileEvent = { ok: true; file: OpenedFile } | { ok: false; name: string; message: string };

export interface AppInfo {
  version: string;
  platform: string;
}

/** A channel that takes no argument is still called with one empty object. */
export type NoArgs = Record<string, never>;

/** Channel name to its one argument object. Channels are namespaced `factcheck:<area>:<verb>`. */
export interface InvokeArgsMap {
  'factcheck:file:open': { purpose: OpenPurpose };
  'factcheck:file:save': { purpose: TextSavePurpose; suggestedName: string; content: string };
  'factcheck:shell:open-external': { url: string };
  'factcheck:app:info': NoArgs;
  'factcheck:file:take-opened': NoArgs;
  'factcheck:backup:write': { content: string; reason: BackupReason };
  'factcheck:backup:list': NoArgs;
  'factcheck:backup:read': { id: string };
  'factcheck:backup:flushed': NoArgs;
  /** The readable report's HTML (shared/interop/report-html.ts) for the main process to print to PDF. */
  'factcheck:report:save-pdf': { suggestedName: string; html: string };
}

/** Channel name to what its handler resolves with. */
export interface InvokeResults {
  'factcheck:file:open': OpenedFile | null;
  'factcheck:file:save': SavedFile | null;
  'factcheck:shell:open-external': boolean;
  'factcheck:app:info': AppInfo;
  'factcheck:file:take-opened': OpenedFileEvent[];
  'factcheck:backup:write': BackupEntry;
  'factcheck:backup:list': BackupEntry[];
  'factcheck:backup:read': OpenedFile;
  'factcheck:backup:flushed': null;
  'factcheck:report:save-pdf': SavedFile | null;
}

export type InvokeChannel = keyof InvokeArgsMap;
export type InvokeArgs<C extends InvokeChannel> = InvokeArgsMap[C];

/** The File > Export as item of each export choice: it opens Export as… with that format chosen. */
export type ExportAsCommand = `export-${ExportChoice}`;
export const exportAsCommands: readonly ExportAsCommand[] = exportChoices.map((choice) => `export-${choice}` as const);

/** Commands the application menu sends to the renderer: a closed set, anything else is refused. */
export const menuCommands = [
  'open-article',
  'import-bundle',
  'export-bundle',
  'import-annotations',
  ...exportAsCommands,
  'show-backups',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** The command a menu message names, or null for anything outside the closed set. */
export function parseMenuCommand(value: unknown): MenuCommand | null {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value)
    ? (value as MenuCommand)
    : null;
}

export function isExportAsCommand(command: MenuCommand): command is ExportAsCommand {
  return (exportAsCommands as readonly string[]).includes(command);
}

/** The choice an Export as command names. */
export function exportChoiceOf(command: ExportAsCommand): ExportChoice {
  return command.slice('export-'.length) as ExportChoice;
}

export const MENU_COMMAND_CHANNEL = 'factcheck:menu:command';
/** Main to renderer: files the OS asked us to open are waiting; the preload takes them with factcheck:file:take-opened. */
export const FILE_OPENED_CHANNEL = 'factcheck:file:opened';
/** Main to renderer: the app is closing, write a last backup and answer with factcheck:backup:flushed. */
export const BACKUP_FLUSH_CHANNEL = 'factcheck:backup:flush';

/** The API the preload exposes on `window.factcheck`: one named function per channel. */
export interface DesktopBridge {
  openFile(args: InvokeArgs<'factcheck:file:open'>): Promise<OpenedFile | null>;
  saveFile(args: InvokeArgs<'factcheck:file:save'>): Promise<SavedFile | null>;
  openExternal(args: InvokeArgs<'factcheck:shell:open-external'>): Promise<boolean>;
  appInfo(): Promise<AppInfo>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Receives each file the OS asked the app to open, including those that arrived before this call. */
  onFileOpened(listener: (event: OpenedFileEvent) => void): () => void;
  /** Writes a backup of the whole library into the user-data folder, keeping the newest few. */
  writeBackup(args: InvokeArgs<'factcheck:backup:write'>): Promise<BackupEntry>;
  /** The backups on disk, newest first. */
  listBackups(): Promise<BackupEntry[]>;
  /** Asks where to save and prints the report HTML to a PDF there, in a hidden window without JavaScript; null when cancelled. */
  saveReportPdf(args: InvokeArgs<'factcheck:report:save-pdf'>): Promise<SavedFile | null>;
  /** One backup's text, to restore from. */
  readBackup(args: InvokeArgs<'factcheck:backup:read'>): Promise<OpenedFile>;
  /** Registers the work to do before the window closes (the last backup); the app waits for it, up to a timeout. */
  onBackupFlushRequest(handler: () => Promise<void>): () => void;
}

export const BRIDGE_GLOBAL = 'factcheck';
