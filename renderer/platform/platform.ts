/** What the app needs from its host, whether it runs inside the desktop shell or as a plain web page. */
import type { FilePurpose, MenuCommand, OpenedFile, SavedFile } from '../../shared/ipc/contract';

export interface Platform {
  kind: 'desktop' | 'web';
  /** Lets the user pick a file; null when they cancel. */
  openFile(purpose: FilePurpose): Promise<OpenedFile | null>;
  /** Saves text under a name the user confirms (desktop) or as a download (web); null when they cancel. */
  saveFile(purpose: FilePurpose, suggestedName: string, content: string): Promise<SavedFile | null>;
  /** Opens an http(s) link in the system browser; other links are refused. */
  openExternal(url: string): Promise<boolean>;
  /** Subscribes to the application menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export const FILE_ACCEPT: Record<FilePurpose, string> = {
  article: '.txt,.md,.markdown,text/plain,text/markdown',
  bundle: '.json,application/json',
};
