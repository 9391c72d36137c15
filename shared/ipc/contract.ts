/**
 * The one IPC contract between the renderer and the main process. Main, preload and renderer derive
 * their types from it; the main process parses every argument with the schema given here.
 */
import { z } from 'zod';

/** What a file dialog is for: it sets the dialog's title and file filters. */
export const filePurposes = ['article', 'bundle'] as const;
export type FilePurpose = (typeof filePurposes)[number];

export const openFileArgs = z.strictObject({ purpose: z.enum(filePurposes) });
export const saveFileArgs = z.strictObject({
  purpose: z.enum(filePurposes),
  suggestedName: z.string().min(1).max(255),
  content: z.string().max(256 * 1024 * 1024),
});
export const openExternalArgs = z.strictObject({ url: z.string().max(4096) });

/** A file the user picked: its name (not its path) and its text. */
export interface OpenedFile {
  name: string;
  content: string;
  byteLength: number;
}

export interface SavedFile {
  name: string;
}

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
} as const;

export interface InvokeResults {
  'factcheck:file:open': OpenedFile | null;
  'factcheck:file:save': SavedFile | null;
  'factcheck:shell:open-external': boolean;
  'factcheck:app:info': AppInfo;
}

export type InvokeChannel = keyof typeof invokeChannels;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]>;

/** Commands the application menu sends to the renderer. */
export const menuCommands = ['open-article', 'import-bundle', 'export-bundle'] as const;
export type MenuCommand = (typeof menuCommands)[number];
export const MENU_COMMAND_CHANNEL = 'factcheck:menu:command';

/** The API the preload exposes on `window.factcheck`: one named function per channel. */
export interface DesktopBridge {
  openFile(args: InvokeArgs<'factcheck:file:open'>): Promise<OpenedFile | null>;
  saveFile(args: InvokeArgs<'factcheck:file:save'>): Promise<SavedFile | null>;
  openExternal(args: InvokeArgs<'factcheck:shell:open-external'>): Promise<boolean>;
  appInfo(): Promise<AppInfo>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export const BRIDGE_GLOBAL = 'factcheck';
