// Saves the readable report as PDF: asks where, renders the report HTML in a hidden window without JavaScript, network or preload, prints it and writes the file.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PrintToPDFOptions, SaveDialogOptions } from 'electron';
import type { InvokeArgs, SavedFile } from '../../shared/ipc/channels';
import { saveDialogOptions } from './dialog-options';
import type { WindowConstructor } from './window-policy';

/** The in-memory session (no `persist:` prefix) the report windows render in: no cookies, no cache, no network. */
export const REPORT_PARTITION = 'factcheck-report-pdf';

/** Page setup: A4 unless the report's own @page rule says otherwise, with its colours (verdict badges). */
export const PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  generateDocumentOutline: true,
};

/** A PDF problem the analyst can act on; its message is shown as is. */
export class ReportPdfError extends Error {
  override name = 'ReportPdfError';
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of a BrowserWindow the report needs; a fake in tests. */
export interface ReportWindow {
  loadURL(url: string): Promise<void>;
  destroy(): void;
  webContents: {
    on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent) => void): unknown;
    setWindowOpenHandler(handler: () => { action: 'deny' }): void;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
}

/** The request filter of Electron's Session.webRequest, as the report session uses it. */
export interface ReportSession {
  webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void;
  };
}

/** The file operations used here; node:fs/promises fits it as is. */
export interface ReportFileSystem {
  mkdtemp(prefix: string): Promise<string>;
  writeFile(filePath: string, data: string | Uint8Array, options: { encoding?: 'utf8'; flag: 'wx' }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: true; recursive?: boolean }): Promise<void>;
}

export interface ReportPdfDeps {
  dialogs: {
    showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  };
  fs: ReportFileSystem;
  /** Where the report page is written for the window to load (os.tmpdir()). */
  tempDir: string;
  /** Opens the hidden report window (createReportWindow over Electron's BrowserWindow). */
  openWindow(): ReportWindow;
  /** The session of REPORT_PARTITION; its requests are filtered once, when the printer is made. */
  session: ReportSession;
}

/**
 * The hidden window the report is printed from: JavaScript off, sandboxed, isolated, no preload, no
 * Node.js, in its own in-memory session. The options are written out at the constructor call, so
 * Electronegativity's scan reads the values the app really uses.
 */
export function createReportWindow<W>(BrowserWindow: WindowConstructor<W>): W {
  return new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      images: false,
      spellcheck: false,
      partition: REPORT_PARTITION,
      // No middle click can open a link in a new window (new windows are refused anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/**
 * Whether the report session lets a request through: only a report page being printed, nothing from the
 * network. Pages are compared as file paths, so Chromium's and Node's spelling of the same file: URL agree.
 */
export function isReportRequestAllowed(url: string, reportPaths: ReadonlySet<string>): boolean {
  let filePath: string;
  try {
    if (!/^file:/i.test(url)) return false;
    filePath = path.normalize(fileURLToPath(url));
  } catch {
    return false;
  }
  return reportPaths.has(filePath);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes.byteLength > 4 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

/** Writes beside the target first and renames over it, so a failed write never leaves half a PDF in place of the old file. */
async function writeAtomically(fs: ReportFileSystem, filePath: string, bytes: Uint8Array): Promise<void> {
  const temporaryPath = `${filePath}.${process.pid}.${Date.now()}.tmp`;
  try {
    await fs.writeFile(temporaryPath, bytes, { flag: 'wx' });
    await fs.rename(temporaryPath, filePath);
  } catch (error) {
    await fs.rm(temporaryPath, { force: true }).catch(() => undefined);
    throw new ReportPdfError(`Could not save "${path.basename(filePath)}": ${reasonOf(error)}`);
  }
}

/** Loads the report page in a hidden window that may go nowhere else, and prints it. */
async function printReport(deps: ReportPdfDeps, reportUrl: string): Promise<Uint8Array> {
  const window = deps.openWindow();
  try {
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    window.webContents.on('will-redirect', (event) => event.preventDefault());
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await window.loadURL(reportUrl);
    const bytes = await window.webContents.printToPDF(PDF_OPTIONS);
    if (!isPdf(bytes)) throw new ReportPdfError('The report could not be printed: the printer returned no PDF.');
    return bytes;
  } finally {
    window.destroy();
  }
}

/**
 * The handler of factcheck:report:save-pdf: asks where to save (null when cancelled), writes the
 * report HTML to a fresh temporary folder, prints it from a file: URL and writes the PDF there.
 */
export function createReportPdfSaver(
  deps: ReportPdfDeps,
): (args: InvokeArgs<'factcheck:report:save-pdf'>) => Promise<SavedFile | null> {
  const reportPaths = new Set<string>();
  deps.session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isReportRequestAllowed(details.url, reportPaths) }),
  );

  return async (args) => {
    const choice = await deps.dialogs.showSaveDialog(saveDialogOptions('pdf', args.suggestedName));
    const filePath = choice.filePath;
    if (choice.canceled || filePath === undefined || filePath === '') return null;
    const folder = await deps.fs.mkdtemp(path.join(deps.tempDir, 'factcheck-report-'));
    const reportPath = path.normalize(path.join(folder, 'report.html'));
    const reportUrl = pathToFileURL(reportPath).href;
    try {
      await deps.fs.writeFile(reportPath, args.html, { encoding: 'utf8', flag: 'wx' });
      reportPaths.add(reportPath);
      let bytes: Uint8Array;
      try {
        bytes = await printReport(deps, reportUrl);
      } catch (error) {
        throw error instanceof ReportPdfError
          ? error
          : new ReportPdfError(`The report could not be printed: ${reasonOf(error)}`);
      }
      await writeAtomically(deps.fs, filePath, bytes);
      return { name: path.basename(filePath) };
    } finally {
      reportPaths.delete(reportPath);
      await deps.fs.rm(folder, { force: true, recursive: true }).catch(() => undefined);
    }
  };
}
