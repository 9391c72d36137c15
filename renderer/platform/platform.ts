/** What the app needs from its host, whether it runs inside the desktop shell or as a plain web page. */
import type { OpenPurpose, TextSavePurpose } from '../../shared/formats/file-formats';
import type {
  BackupEntry,
  BackupReason,
  MenuCommand,
  OpenedFile,
  OpenedFileEvent,
  SavedFile,
} from '../../shared/ipc/channels';

/** The desktop's backups folder (userData/backups); the web host has none. */
export interface BackupHost {
  /** Writes the library's bundle text as a new backup; the oldest beyond the newest few are deleted. */
  write(content: string, reason: BackupReason): Promise<BackupEntry>;
  /** The backups on disk, newest first. */
  list(): Promise<BackupEntry[]>;
  /** One backup's text, to restore from. */
  read(id: string): Promise<OpenedFile>;
  /** Registers the last backup to write when the window closes; returns the unregister function. */
  onFlushRequest(handler: () => Promise<void>): () => void;
}

export interface Platform {
  kind: 'desktop' | 'web';
  /** Lets the user pick a file; null when they cancel. */
  openFile(purpose: OpenPurpose): Promise<OpenedFile | null>;
  /** Saves text under a name the user confirms (desktop) or as a download (web); null when they cancel. */
  saveFile(purpose: TextSavePurpose, suggestedName: string, content: string): Promise<SavedFile | null>;
  /**
   * Prints the report HTML to a PDF the user saves (desktop); null on the web, where the downloaded
   * HTML report is printed from the browser instead.
   */
  saveReportPdf: ((html: string, suggestedName: string) => Promise<SavedFile | null>) | null;
  /** Opens an http(s) link in the system browser; other links are refused. */
  openExternal(url: string): Promise<boolean>;
  /** Subscribes to the application menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Files the OS asked the app to open (file manager, command line, a second launch); never fires on the web. */
  onFileOpened(listener: (event: OpenedFileEvent) => void): () => void;
  /** Backups in the user-data folder: the desktop only, null on the web. */
  backups: BackupHost | null;
}
