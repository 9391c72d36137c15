// Answers the renderer's IPC calls: one handler per contract channel, each checking the caller and parsing its arguments first.
import { z } from 'zod';
import { invokeArgSchemas } from '../../shared/ipc/schemas';
import type { AppInfo, InvokeArgs, InvokeChannel, InvokeResults, SavedFile } from '../../shared/ipc/channels';
import type { BackupStore } from './backups';
import { openUserFile, saveUserFile } from './file-dialogs';
import type { FileAccessDeps } from './file-dialogs';
import type { OpenFileQueue } from './open-files';
import { isSafeExternalUrl, isTrustedRendererUrl } from './security';

/** A refused IPC call; the renderer sees its message in the rejected promise. */
export class IpcRequestError extends Error {
  override name = 'IpcRequestError';
}

/** What the handlers read from Electron's IpcMainInvokeEvent: the frame that sent the call. */
export interface InvokeEvent {
  senderFrame: { url: string } | null;
}

export type InvokeListener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** The part of Electron's `ipcMain` this file needs. */
export interface InvokeRegistry {
  handle(channel: string, listener: InvokeListener): void;
}

/** One implementation per contract channel; adding a channel to the contract fails to compile until it is handled here. */
export type InvokeHandlers = { [C in InvokeChannel]: (args: InvokeArgs<C>) => Promise<InvokeResults[C]> };

export interface InvokeHandlerDeps extends FileAccessDeps {
  shell: { openExternal(url: string): Promise<void> };
  appInfo(): AppInfo;
  /** Files the OS asked us to open, waiting for the renderer. */
  openFiles: Pick<OpenFileQueue, 'take'>;
  backups: Pick<BackupStore, 'write' | 'list' | 'read'>;
  /** The renderer has written its last backup before the window closes (see close-guard.ts). */
  backupFlushed(): void;
  /** Asks where to save and prints the report HTML to PDF there (see report-pdf.ts). */
  saveReportPdf(args: InvokeArgs<'factcheck:report:save-pdf'>): Promise<SavedFile | null>;
}

/** The handlers' work, over injected dialogs, file system, shell, app facts, the open-file queue and the backup store. */
export function createInvokeHandlers(deps: InvokeHandlerDeps): InvokeHandlers {
  return {
    'factcheck:file:open': (args) => openUserFile(deps, args.purpose),
    'factcheck:file:save': (args) => saveUserFile(deps, args),
    'factcheck:shell:open-external': async ({ url }) => {
      if (!isSafeExternalUrl(url)) return false;
      // prettier-ignore
      await deps.shell.openExternal(new URL(url).href); /* eng-disable OPEN_EXTERNAL_JS_CHECK -- only an http(s) URL that passed isSafeExternalUrl on the line above */
      return true;
    },
    'factcheck:app:info': async () => deps.appInfo(),
    'factcheck:file:take-opened': () => deps.openFiles.take(),
    'factcheck:backup:write': ({ content }) => deps.backups.write(content),
    'factcheck:backup:list': () => deps.backups.list(),
    'factcheck:backup:read': ({ id }) => deps.backups.read(id),
    'factcheck:backup:flushed': async () => {
      deps.backupFlushed();
      return null;
    },
    'factcheck:report:save-pdf': (args) => deps.saveReportPdf(args),
  };
}

/**
 * Checks one call before it reaches a handler: it must come from one of our pages (a frame of any
 * other origin is refused), carry exactly one argument, and that argument must match the channel's schema.
 */
async function dispatch(
  channel: InvokeChannel,
  handlers: InvokeHandlers,
  devServerUrl: string | null,
  event: InvokeEvent,
  args: unknown[],
): Promise<unknown> {
  if (!isTrustedRendererUrl(event.senderFrame?.url, devServerUrl)) {
    throw new IpcRequestError(`${channel} refused: the call did not come from a Factcheck Desk page.`);
  }
  if (args.length !== 1) {
    throw new IpcRequestError(`${channel} takes exactly one argument object; it was called with ${args.length}.`);
  }
  const parsed = invokeArgSchemas[channel].safeParse(args[0]);
  if (!parsed.success) {
    throw new IpcRequestError(`Invalid arguments for ${channel}: ${z.prettifyError(parsed.error)}`);
  }
  // The schema and the handler belong to the same channel; TypeScript cannot correlate them through the loop.
  const handler = handlers[channel] as (args: unknown) => Promise<unknown>;
  return handler(parsed.data);
}

/** Registers a handler for every channel of the contract on `ipcMain`. */
export function registerInvokeHandlers(
  ipcMain: InvokeRegistry,
  handlers: InvokeHandlers,
  devServerUrl: string | null,
): void {
  for (const channel of Object.keys(invokeArgSchemas) as InvokeChannel[]) {
    ipcMain.handle(channel, (event, ...args) => dispatch(channel, handlers, devServerUrl, event, args));
  }
}
