// Every open and save dialog as the analyst sees it: its title, default file name and extension, and the file filter of each purpose.
import { describe, expect, it } from 'vitest';
import {
  defaultFileName,
  MAX_FILE_BYTES,
  openDialogOptions,
  saveDialogOptions,
} from '../../../electron/main/dialog-options';
import { openPurposes, savePurposes } from '../../../shared/formats/file-formats';
import { exportFileName, exportFormats } from '../../../shared/interop';

describe('save dialogs', () => {
  it.each([
    [
      'bundle',
      'harbour.factcheck.json',
      'Export bundle',
      'harbour.factcheck.json',
      { name: 'Factcheck bundles (*.factcheck.json)', extensions: ['json'] },
    ],
    [
      'w3c',
      'harbour.annotations.jsonld',
      'Export W3C Web Annotations',
      'harbour.annotations.jsonld',
      { name: 'W3C Web Annotations (JSON-LD)', extensions: ['jsonld', 'json'] },
    ],
    [
      'w3c-list',
      'harbour.annotations.json',
      'Export W3C Web Annotations (list)',
      'harbour.annotations.json',
      { name: 'W3C Web Annotations (JSON)', extensions: ['json', 'jsonld'] },
    ],
    [
      'hypothesis',
      'harbour.hypothesis',
      'Export for Hypothesis',
      'harbour.hypothesis.json',
      { name: 'Hypothesis export (JSON)', extensions: ['json'] },
    ],
    [
      'claimreview',
      'harbour.claimreview.jsonld',
      'Export ClaimReview',
      'harbour.claimreview.jsonld',
      { name: 'ClaimReview (JSON-LD)', extensions: ['jsonld'] },
    ],
    [
      'csv',
      'harbour.csv',
      'Export spreadsheet (CSV)',
      'harbour.csv',
      { name: 'CSV spreadsheets', extensions: ['csv'] },
    ],
    [
      'html',
      'harbour.report.html',
      'Export HTML report',
      'harbour.report.html',
      { name: 'HTML reports', extensions: ['html'] },
    ],
    [
      'md',
      'harbour.report.md',
      'Export Markdown report',
      'harbour.report.md',
      { name: 'Markdown reports', extensions: ['md'] },
    ],
    [
      'identity',
      'ana-analyst',
      'Export my identity (holds your secret signing key)',
      'ana-analyst.factcheck-identity.json',
      { name: 'Factcheck identity (*.factcheck-identity.json)', extensions: ['json'] },
    ],
    [
      'pdf',
      'harbour.report',
      'Save report as PDF',
      'harbour.report.pdf',
      { name: 'PDF documents', extensions: ['pdf'] },
    ],
  ] as const)(
    '%s: suggested %s, titled "%s", defaults to %s with its own filter',
    (purpose, suggested, title, defaultPath, filter) => {
      expect(saveDialogOptions(purpose, suggested)).toEqual({
        title,
        defaultPath,
        filters: [filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
    },
  );

  it('gives every save purpose of the contract its own title and filter', () => {
    const titles = savePurposes.map((purpose) => saveDialogOptions(purpose, 'x').title);
    expect(new Set(titles).size).toBe(savePurposes.length);
  });

  it.each(exportFormats)('keeps the app’s own file name for %s exports as it is', (format) => {
    const name = exportFileName('Harbour traffic report 🚢', format);
    expect(defaultFileName(format, name)).toBe(name);
  });

  it.each([
    ['csv', 'claims.txt', 'claims.txt.csv'],
    ['pdf', 'report.html', 'report.html.pdf'],
    ['w3c', 'notes.JSON', 'notes.JSON'],
    ['claimreview', 'reviews.json', 'reviews.json.jsonld'],
    ['md', '../../outside', '-..-outside.md'],
    ['html', '   ', 'untitled.html'],
    ['bundle', 'C:\\Users\\x\\a.factcheck.json', 'C--Users-x-a.factcheck.json'],
  ] as const)('%s: turns the suggested %j into %j', (purpose, suggested, expected) => {
    expect(defaultFileName(purpose, suggested)).toBe(expected);
  });
});

describe('open dialogs', () => {
  it.each([
    ['article', 'Open article', ['txt', 'md', 'markdown', 'html', 'htm']],
    ['bundle', 'Import bundle', ['json']],
    ['annotations', 'Import annotations', ['jsonld', 'json']],
    ['identity', 'Import my identity', ['json']],
  ] as const)('%s: titled "%s", shows %j files, one file at a time', (purpose, title, extensions) => {
    const options = openDialogOptions(purpose);
    expect(options).toMatchObject({ title, properties: ['openFile'] });
    expect(options.filters?.flatMap((filter) => filter.extensions)).toEqual(extensions);
  });

  it('has a size cap for every open purpose', () => {
    for (const purpose of openPurposes) expect(MAX_FILE_BYTES[purpose]).toBeGreaterThan(0);
    expect(MAX_FILE_BYTES.annotations).toBe(100 * 1024 * 1024);
  });
});
