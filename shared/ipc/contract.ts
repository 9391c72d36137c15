/**
 * The one IPC contract between the renderer and the main process. Main, preload and renderer derive
 * their types from it; the main process parses every argument with the schema given here.
 */
import { z } from 'zod';

/** What an open dialog is for: it sets the dialog's title, file filters and size cap. */
export const openPurposes = ['article', 'bundle', 'annotations', 'identity'] as const;
export type OpenPurpose = (typeof openPurposes)[number];
/**
 * What a save dialog is for: the bundle, each export format (named as shared/interop names them) and
 * the PDF report. Each has its own title, default file extension and filter.
 */
export const textSavePurposes = ['bundle', 'w3c', 'claimreview', 'csv', 'html', 'md', 'identity'] as const;
/** The save purposes whose content is text the renderer hands over (the PDF is rendered by the main process). */
export type TextSavePurpose = (typeof textSavePurposes)[number];
export const savePurposes = [...textSavePurposes, 'pdf'] as const;
export type SavePurpose = (typeof savePurposes)[number];
/** Every dialog purpose, open or save. */
export type FilePurpose = OpenPurpose | SavePurpose;

export const openFileArgs = z.strictObject({ purpose: z.enum(openPurposes) });
export const saveFileArgs = z.strictObject({
  purpose: z.enum(textSavePurposes),
  suggestedName: z.string().min(1).max(255),
  content: z.string().max(256 * 1024 * 1024),
});
/** The readable report's HTML (shared/interop/report-html.ts) for the main process to print to PDF. */
export const saveReportPdfArgs = z.strictObject({
  suggestedName: z.string().min(1).max(255),
  html: z
    .string()
    .min(1)
    .max(64 * 1024 * 1024),
});
export const openExternalArgs = z.strictObject({ url: z.string().max(4096) });

/** A backup's file name: its UTC creation time to the millisecond, so names sort by age. */
export const BACKUP_ID_PATTERN = /^backup-\d{8}T\d{9}Z\.factcheck\.json$/;
/** Why a backup was written: the library changed, the app is quitting, or the analyst asked. */
export const backupReasons = ['change', 'quit', 'manual'] as const;
export type BackupReason = (typeof backupReasons)[number];

export const writeBackupArgs = z.strictObject({
  content: z
    .string()
    .min(2)
    .max(256 * 1024 * 1024),
  reason: z.enum(backupReasons),
});
export const readBackupArgs = z.strictObject({ id: z.string().max(64).regex(BACKUP_ID_PATTERN) });

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

/** Channel name to argument schema and result type. Channels are namespaced `factcheck:<area>:<verb>`. */
export const invokeChannels = {
  'factcheck:file:open': openFileArgs,
  'factcheck:file:save': saveFileArgs,
  'factcheck:shell:open-external': openExternalArgs,
  'factcheck:app:info': z.strictObject({}),
  'factcheck:file:take-opened': z.strictObject({}),
  'factcheck:backup:write': writeBackupArgs,
  'factcheck:backup:list': z.strictObject({}),
  'factcheck:backup:read': readBackupArgs,
  'factcheck:backup:flushed': z.strictObject({}),
  'factcheck:report:save-pdf': saveReportPdfArgs,
} as const;

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

export type InvokeChannel = keyof typeof invokeChannels;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]>;

/** Commands the application menu sends to the renderer: a closed set, anything else is refused. */
export const menuCommands = [
  'open-article',
  'import-bundle',
  'export-bundle',
  'import-annotations',
  'export-w3c',
  'export-claimreview',
  'export-csv',
  'export-html',
  'export-md',
  'export-pdf',
  'show-backups',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** The command a menu message names, or null for anything outside the closed set. */
export function parseMenuCommand(value: unknown): MenuCommand | null {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value)
    ? (value as MenuCommand)
    : null;
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
