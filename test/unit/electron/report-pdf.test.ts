// factcheck:report:save-pdf through the real handlers: the save dialog, the hidden window's locked-down options, the page on disk, the PDF written, and every refusal.
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FileDialogs } from '../../../electron/main/file-dialogs';
import { isReportRequestAllowed, PDF_OPTIONS, REPORT_PARTITION } from '../../../electron/main/report-pdf';
import { documentView, renderExport } from '../../../shared/interop';
import { NOW, sampleBundle } from '../../fixtures/w3c/sample-bundle';
import { APP_PAGE, makeTestFolder, removeTestFolder, setUpIpc } from './ipc-harness';

const CHANNEL = 'factcheck:report:save-pdf';
const REPORT_HTML = renderExport('html', documentView(sampleBundle()), { now: NOW }).content;

let dir: string;

beforeAll(async () => {
  dir = await makeTestFolder();
});

afterAll(async () => {
  await removeTestFolder(dir);
});

function saveTo(filePath: string): Partial<FileDialogs> {
  return { showSaveDialog: vi.fn().mockResolvedValue({ canceled: false, filePath }) };
}

/** Files and folders the printer left in the test folder (its temporary report folders must be gone). */
async function leftovers(): Promise<string[]> {
  return (await fs.readdir(dir)).filter((name) => name.startsWith('factcheck-report-') || name.endsWith('.tmp'));
}

describe('factcheck:report:save-pdf', () => {
  it('asks where to save with the PDF title, name and filter, prints the report and writes the PDF there', async () => {
    const target = path.join(dir, 'harbour.pdf');
    const { invoke, dialogs, reportWindows } = setUpIpc({ dir, dialogs: saveTo(target) });
    await expect(
      invoke(CHANNEL, APP_PAGE, { suggestedName: 'harbour-traffic-report.report', html: REPORT_HTML }),
    ).resolves.toEqual({ name: 'harbour.pdf' });
    expect(dialogs.showSaveDialog).toHaveBeenCalledExactlyOnceWith({
      title: 'Save report as PDF',
      defaultPath: 'harbour-traffic-report.report.pdf',
      filters: [{ name: 'PDF documents', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    const [window] = reportWindows.made;
    expect(reportWindows.made).toHaveLength(1);
    expect(window?.loadedHtml).toBe(REPORT_HTML);
    expect(window?.loadedUrls).toHaveLength(1);
    expect(window?.loadedUrls[0]).toMatch(/^file:\/\/.*\/factcheck-report-[^/]+\/report\.html$/);
    expect(window?.printOptions).toEqual(PDF_OPTIONS);
    expect(window?.destroyed).toBe(true);
    const written = await fs.readFile(target, 'utf8');
    expect(written.startsWith('%PDF-1.7')).toBe(true);
    expect(await leftovers()).toEqual([]);
  });

  it('renders in a hidden window with JavaScript off, sandboxed, isolated, without preload or Node.js, in its own session', async () => {
    const { invoke, reportWindows } = setUpIpc({ dir, dialogs: saveTo(path.join(dir, 'options.pdf')) });
    await invoke(CHANNEL, APP_PAGE, { suggestedName: 'r', html: REPORT_HTML });
    const options = reportWindows.made[0]?.options;
    expect(options?.show).toBe(false);
    expect(options?.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      partition: REPORT_PARTITION,
    });
    expect(options?.webPreferences?.preload).toBeUndefined();
    expect(REPORT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('denies every navigation, redirect and new window of the report page', async () => {
    const { invoke, reportWindows } = setUpIpc({ dir, dialogs: saveTo(path.join(dir, 'nav.pdf')) });
    await invoke(CHANNEL, APP_PAGE, { suggestedName: 'r', html: REPORT_HTML });
    const window = reportWindows.made[0];
    expect(window?.navigate('will-navigate')).toBe(false);
    expect(window?.navigate('will-redirect')).toBe(false);
    expect(window?.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('lets the report session load only the page being printed, and nothing from the network', async () => {
    const { invoke, reportWindows, reportSession } = setUpIpc({ dir, dialogs: saveTo(path.join(dir, 'net.pdf')) });
    let pageAllowedWhilePrinting = false;
    let networkAllowedWhilePrinting = true;
    reportWindows.onCreate((window) => {
      const print = window.print;
      window.print = async () => {
        pageAllowedWhilePrinting = reportSession.allows(window.loadedUrls[0] ?? '');
        networkAllowedWhilePrinting = reportSession.allows('https://tracker.example/pixel.png');
        return print();
      };
    });
    await invoke(CHANNEL, APP_PAGE, { suggestedName: 'r', html: REPORT_HTML });
    expect(pageAllowedWhilePrinting).toBe(true);
    expect(networkAllowedWhilePrinting).toBe(false);
    // Once printed, not even the report page loads again.
    expect(reportSession.allows(reportWindows.made[0]?.loadedUrls[0] ?? '')).toBe(false);
    for (const url of [
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'data:text/html,<p>x</p>',
      'app://factcheck/index.html',
    ]) {
      expect(reportSession.allows(url), url).toBe(false);
    }
  });

  it('opens no window and writes nothing when the analyst cancels the dialog', async () => {
    const { invoke, reportWindows } = setUpIpc({ dir });
    await expect(invoke(CHANNEL, APP_PAGE, { suggestedName: 'r', html: REPORT_HTML })).resolves.toBeNull();
    expect(reportWindows.made).toEqual([]);
    expect(await leftovers()).toEqual([]);
  });

  it('keeps the old file and cleans up when printing fails', async () => {
    const target = path.join(dir, 'kept.pdf');
    await fs.writeFile(target, 'the old report');
    const { invoke, reportWindows } = setUpIpc({ dir, dialogs: saveTo(target) });
    reportWindows.onCreate((window) => {
      window.print = async () => {
        throw new Error('printing backend crashed');
      };
    });
    await expect(invoke(CHANNEL, APP_PAGE, { suggestedName: 'r', html: REPORT_HTML })).rejects.toThrow(
      'The report could not be printed: printing backend crashed',
    );
    expect(await fs.readFile(target, 'utf8')).toBe('the old report');
    expect(reportWindows.made[0]?.destroyed).toBe(true);
    expect(await leftovers()).toEqual([]);
  });

  it('refuses output that is not a PDF', async () => {
    const target = path.join(dir, 'not-pdf.pdf');
    const { invoke, reportWindows } = setUpIpc({ dir, dialogs: saveTo(target) });
    reportWindows.onCreate((window) => {
      window.print = async () => new TextEncoder().encode('<html>');
    });
    await expect(invoke(CHANNEL, APP_PAGE, { suggestedName: 'r', html: REPORT_HTML })).rejects.toThrow(
      'the printer returned no PDF',
    );
    await expect(fs.stat(target)).rejects.toThrow(/ENOENT/);
  });

  it.each([
    ['a remote page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/report.html' } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses a call from %s before any dialog or window', async (_name, event) => {
    const { invoke, dialogs, reportWindows } = setUpIpc({ dir, dialogs: saveTo(path.join(dir, 'x.pdf')) });
    await expect(invoke(CHANNEL, event, { suggestedName: 'r', html: REPORT_HTML })).rejects.toThrow(
      /did not come from a Factcheck Desk page/,
    );
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
    expect(reportWindows.made).toEqual([]);
  });

  it.each([
    ['no HTML', { suggestedName: 'r' }],
    ['empty HTML', { suggestedName: 'r', html: '' }],
    ['HTML that is not text', { suggestedName: 'r', html: { body: 'x' } }],
    ['an empty name', { suggestedName: '', html: '<p>x</p>' }],
    ['a file path instead of HTML', { suggestedName: 'r', path: '/etc/passwd' }],
    ['an extra key', { suggestedName: 'r', html: '<p>x</p>', javascript: true }],
  ])('rejects %s before any dialog or window', async (_name, args) => {
    const { invoke, dialogs, reportWindows } = setUpIpc({ dir, dialogs: saveTo(path.join(dir, 'y.pdf')) });
    await expect(invoke(CHANNEL, APP_PAGE, args)).rejects.toThrow(`Invalid arguments for ${CHANNEL}`);
    expect(dialogs.showSaveDialog).not.toHaveBeenCalled();
    expect(reportWindows.made).toEqual([]);
  });

  it('keeps a suggested name from steering the dialog to another folder', async () => {
    const { invoke, dialogs } = setUpIpc({ dir });
    await invoke(CHANNEL, APP_PAGE, { suggestedName: '../../etc/report', html: REPORT_HTML });
    expect(dialogs.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '-..-etc-report.pdf' }));
  });
});

describe('isReportRequestAllowed', () => {
  const reportPath = path.join(path.sep, 'tmp', 'factcheck-report-ab12', 'report.html');
  const pages = new Set([reportPath]);
  it.each([
    [pathToFileURL(reportPath).href, true],
    [pathToFileURL(reportPath).href.replace('report.html', 'rep%6Frt.html'), true],
    [pathToFileURL(reportPath).href.replace('report.html', '../factcheck-report-ab12/report.html'), true],
    [pathToFileURL(reportPath).href.replace('report.html', 'other.html'), false],
    [pathToFileURL(path.join(path.sep, 'etc', 'passwd')).href, false],
    ['https://tracker.example/pixel.png', false],
    ['http://127.0.0.1/report.html', false],
    ['data:text/html,<p>x</p>', false],
    ['file://remote-host/tmp/report.html', false],
    ['not a url', false],
  ])('%s: %s', (url, allowed) => {
    expect(isReportRequestAllowed(url, pages)).toBe(allowed);
  });
});
