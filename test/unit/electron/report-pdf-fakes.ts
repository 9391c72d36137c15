// Fakes for the PDF report: a BrowserWindow class that records its options and reads the page it loads from disk, and a session that records its request filter.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { createReportWindow, type ReportSession, type ReportWindow } from '../../../electron/main/report-pdf';

type Listener = (event: { preventDefault(): void }) => void;

/** One hidden report window: what it was made with, what it loaded and what it was asked to print. */
export class FakeReportWindow implements ReportWindow {
  readonly loadedUrls: string[] = [];
  /** The page text as it was on disk when the window loaded it. */
  loadedHtml: string | null = null;
  printOptions: PrintToPDFOptions | null = null;
  destroyed = false;
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: (() => { action: 'deny' }) | null = null;
  /** What printToPDF answers; a test may make it fail or return something that is no PDF. */
  print: () => Promise<Uint8Array> = async () =>
    new TextEncoder().encode(`%PDF-1.7\n% printed from ${this.loadedUrls.at(-1) ?? 'nothing'}\n%%EOF\n`);

  constructor(readonly options: BrowserWindowConstructorOptions) {}

  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.loadedHtml = readFileSync(fileURLToPath(url), 'utf8');
  }

  destroy(): void {
    this.destroyed = true;
  }

  readonly webContents = {
    on: (event: string, listener: Listener) => {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this.webContents;
    },
    setWindowOpenHandler: (handler: () => { action: 'deny' }) => {
      this.windowOpenHandler = handler;
    },
    printToPDF: async (options: PrintToPDFOptions) => {
      this.printOptions = options;
      return this.print();
    },
  };

  /** Fires a navigation event the way Electron would and says whether the window let it happen. */
  navigate(event: 'will-navigate' | 'will-redirect'): boolean {
    let prevented = false;
    for (const listener of this.listeners.get(event) ?? []) listener({ preventDefault: () => (prevented = true) });
    return !prevented;
  }
}

/** A window factory over createReportWindow, the way the app makes them, keeping every window it made. */
export function fakeReportWindows() {
  const made: FakeReportWindow[] = [];
  let configure: (window: FakeReportWindow) => void = () => undefined;
  class FakeBrowserWindow extends FakeReportWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      super(options);
      made.push(this);
      configure(this);
    }
  }
  return {
    made,
    open: (): ReportWindow => createReportWindow(FakeBrowserWindow),
    /** Runs on each window as it is made (to make its print fail, for example). */
    onCreate(setUp: (window: FakeReportWindow) => void): void {
      configure = setUp;
    },
  };
}

/** A session that keeps the request filter the printer installs, so tests can ask it about URLs. */
export function fakeReportSession(): ReportSession & { allows(url: string): boolean } {
  let filter: Parameters<ReportSession['webRequest']['onBeforeRequest']>[0] | null = null;
  return {
    webRequest: {
      onBeforeRequest: (listener) => {
        filter = listener;
      },
    },
    allows(url) {
      let cancelled = true;
      filter?.({ url }, (response) => (cancelled = response.cancel));
      return !cancelled;
    },
  };
}
