// The table of file formats: what a new format must bring so that every place derived from it keeps working.
import { describe, expect, it } from 'vitest';
import {
  defaultEnding,
  downloadType,
  EXPORT_CHOICES,
  EXPORT_FORMATS,
  exportChoices,
  exportFormats,
  hasExtension,
  OPEN_FORMATS,
  openPurposes,
  SAVE_FORMATS,
  savePurposes,
  textSavePurposes,
} from '../../../../shared/formats/file-formats';
import { documentView, exportFileName, renderExport } from '../../../../shared/interop';
import { exportAsCommands, menuCommands } from '../../../../shared/ipc/channels';
import { EXPORT_USAGE } from '../../../../cli/commands/export';
import { NOW, sampleBundle } from '../../../fixtures/w3c/sample-bundle';

describe('the export formats', () => {
  it.each(exportFormats)('%s renders a file whose name keeps its suffix in the save dialog', (format) => {
    const file = renderExport(format, documentView(sampleBundle()), { now: NOW });
    expect(file.content.length).toBeGreaterThan(0);
    expect(file.fileName).toBe(exportFileName(sampleBundle().documents[0]?.title ?? '', format));
    expect(file.fileName.endsWith(EXPORT_FORMATS[format].suffix)).toBe(true);
    expect(hasExtension(file.fileName, SAVE_FORMATS[format].extensions)).toBe(true);
  });

  it.each(exportFormats)('%s is described on the command line in lines that fit the help', (format) => {
    const lines = EXPORT_FORMATS[format].commandLine;
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(71);
    expect(EXPORT_USAGE).toContain(`  ${format.padEnd(12)} ${lines[0]}`);
  });

  it('give every choice of Export as… its own label, menu item and menu command', () => {
    const labels = exportChoices.map((choice) => EXPORT_CHOICES[choice].label);
    const menuLabels = exportChoices.map((choice) => EXPORT_CHOICES[choice].menuLabel);
    expect(new Set(labels).size).toBe(exportChoices.length);
    expect(new Set(menuLabels).size).toBe(exportChoices.length);
    expect(exportAsCommands).toEqual(exportChoices.map((choice) => `export-${choice}`));
    for (const command of exportAsCommands) expect(menuCommands).toContain(command);
  });
});

describe('saving', () => {
  it('offers the bundle, each export format, the identity file and the PDF report, the PDF only from the main process', () => {
    expect(savePurposes).toEqual(['bundle', ...exportFormats, 'identity', 'pdf']);
    expect(textSavePurposes).not.toContain('pdf');
  });

  it.each([
    ['bundle', '.factcheck.json', 'application/json'],
    ['w3c', '.jsonld', 'application/ld+json'],
    ['claimreview', '.jsonld', 'application/ld+json'],
    ['csv', '.csv', 'text/csv;charset=utf-8'],
    ['html', '.html', 'text/html;charset=utf-8'],
    ['md', '.md', 'text/markdown;charset=utf-8'],
    ['identity', '.factcheck-identity.json', 'application/json'],
  ] as const)('%s: a name without its extension gets %s; the web download is %s', (purpose, ending, type) => {
    expect(defaultEnding(SAVE_FORMATS[purpose])).toBe(ending);
    expect(downloadType(SAVE_FORMATS[purpose])).toBe(type);
  });
});

describe('opening', () => {
  it.each(openPurposes)('%s has a cap, a noun for messages and extensions the OS can hand over', (purpose) => {
    const format = OPEN_FORMATS[purpose];
    expect(format.maxBytes).toBeGreaterThan(0);
    expect(format.noun).not.toBe('');
    for (const extension of format.extensions) expect(extension).toMatch(/^[a-z0-9]+$/);
  });

  it.each([
    ['team.factcheck.json', ['json'], true],
    ['TEAM.JSON', ['json'], true],
    ['notes.jsonld', ['json'], false],
    ['article.htm', ['html', 'htm'], true],
    ['article.html.txt', ['html', 'htm'], false],
    ['json', ['json'], false],
  ] as const)('%s has one of %j: %s', (name, extensions, expected) => {
    expect(hasExtension(name, extensions)).toBe(expected);
  });
});
