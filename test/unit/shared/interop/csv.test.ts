// The CSV export: RFC 4180 quoting, UTF-8 with a BOM, CRLF line ends, one row per live claim, and formulas made inert.
import { describe, expect, it } from 'vitest';
import { claimsCsv, CSV_COLUMNS, csvCell, documentView } from '../../../../shared/interop';
import { HOSTILE_CLAIMANT, QUOTES, sampleBundle } from '../../../fixtures/w3c/sample-bundle';

/** A strict RFC 4180 reader, to check that what we write is read back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (quoted) {
      if (character === '"' && text.charAt(index + 1) === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') {
      if (cell.length > 0) throw new Error(`a quote inside an unquoted cell at ${index}`);
      quoted = true;
    } else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\r' && text.charAt(index + 1) === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else if (character === '\n' || character === '\r')
      throw new Error(`a bare line break outside quotes at ${index}`);
    else cell += character;
  }
  if (quoted) throw new Error('an unclosed quote');
  if (cell.length > 0 || row.length > 0) throw new Error('the last line has no CRLF');
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+49 30 1234', "'+49 30 1234"],
    ['-5%', "'-5%"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', '"\'\r=cmd"'],
    ['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
    ['1+1=2', '1+1=2'],
    ['ünïcödé 🚢', 'ünïcödé 🚢'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('the CSV of a document', () => {
  const csv = claimsCsv(documentView(sampleBundle()));
  const rows = parseCsv(csv.slice(1));
  const header = rows[0] ?? [];
  const column = (name: (typeof CSV_COLUMNS)[number]) => header.indexOf(name);
  const rowOf = (quote: string) => rows.find((row) => row[column('Quote')]?.replace(/^'/, '') === quote) ?? [];

  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/)).toBeNull();
  });

  it('has a header and one row per live claim, in reading order', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(7);
    expect(rows.slice(1).map((row) => row[column('Claim ID')])).toEqual([
      'claim-cargo',
      '0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
      'claim-formula',
      'claim-unemployment',
      'claim-minus',
      'claim-orphan',
    ]);
  });

  it('gives each claim its quote, offsets in code points, wording, claimant, status, verdict, rationale, sources and stamps', () => {
    const cargo = rowOf(QUOTES.cargo);
    expect(Object.fromEntries(header.map((name, index) => [name, cargo[index]]))).toEqual({
      'Claim ID': 'claim-cargo',
      Quote: QUOTES.cargo,
      Start: '48',
      End: '77',
      'In the text': 'yes',
      Claim: 'Cargo volumes doubled in 2024',
      Claimant: 'Port Authority',
      'Claim date': '2024-05-01',
      Status: 'final',
      Verdict: 'False',
      Rationale: 'Port statistics show a 12% rise, not a doubling.\nSee the annual report\n- Volumes: 1.2 million TEU',
      'Source URLs': 'https://stats.example/port-2024',
      'Archived copies': 'https://archive.example/web/2026/https://stats.example/port-2024',
      Tags: 'economy, port',
      'Created by': 'Ana Analyst',
      'Created at': '2026-03-01T09:00:00.000Z',
      'Updated by': 'Ana Analyst',
      'Updated at': '2026-03-01T09:00:00.000Z',
    });
    expect(rowOf('a sentence that was removed').slice(column('Start'), column('In the text') + 1)).toEqual([
      '',
      '',
      'no (orphan)',
    ]);
  });

  it('neutralises every cell a spreadsheet would run as a formula, whatever field it is in', () => {
    expect(rowOf(QUOTES.formula)[column('Quote')]).toBe(`'${QUOTES.formula}`);
    expect(rowOf(QUOTES.formula)[column('Claim')]).toBe("'+1 more formula");
    expect(rowOf(QUOTES.formula)[column('Claimant')]).toBe("'@handle");
    expect(rowOf(QUOTES.minus)[column('Claimant')]).toBe("'-Critic");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rowOf(QUOTES.unemployment)[column('Claimant')]).toBe(HOSTILE_CLAIMANT);
  });
});
