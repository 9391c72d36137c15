/**
 * A document's claims as CSV, one row per claim: RFC 4180 quoting, CRLF line ends and UTF-8 with a
 * byte-order mark so spreadsheet programs detect the encoding; cells that a spreadsheet would run as a
 * formula are neutralised.
 */
import { richTextToPlain } from '../richtext/convert';
import { findStep } from '../scales/presets';
import { codePointIndex, type CodePointIndex } from './code-point-index';
import type { ClaimItem, DocumentView } from './document-view';

export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list: = + - @, tab and carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a cell that starts like a formula gets a leading apostrophe (the spreadsheet then shows it
 * as text), and a cell with a quote, comma or line break is quoted with its quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvCell).join(',');
}

export const CSV_COLUMNS = [
  'Claim ID',
  'Quote',
  'Start',
  'End',
  'In the text',
  'Claim',
  'Claimant',
  'Claim date',
  'Status',
  'Verdict',
  'Rationale',
  'Source URLs',
  'Archived copies',
  'Tags',
  'Created by',
  'Created at',
  'Updated by',
  'Updated at',
] as const;

function claimRow({ claim, evidence }: ClaimItem, view: DocumentView, positions: CodePointIndex): string[] {
  const step = claim.verdict ? findStep(view.scales.get(claim.verdict.scaleId), claim.verdict.stepId) : null;
  const orphan = claim.target.orphaned === true;
  return [
    claim.id,
    claim.target.exact,
    orphan ? '' : String(positions.toCodePoint(claim.target.start)),
    orphan ? '' : String(positions.toCodePoint(claim.target.end)),
    orphan ? 'no (orphan)' : 'yes',
    claim.text,
    claim.claimant,
    claim.claimDate ?? '',
    claim.status,
    step?.label ?? '',
    richTextToPlain(claim.rationale),
    evidence.map(({ source }) => source.url).join('\n'),
    evidence
      .map(({ source }) => source.archiveUrl ?? '')
      .filter((url) => url !== '')
      .join('\n'),
    claim.tags.join(', '),
    claim.createdBy.name,
    claim.createdAt,
    claim.updatedBy.name,
    claim.updatedAt,
  ];
}

/** The CSV file text: BOM, a header row, then one row per live claim in reading order (Start and End in code points). */
export function claimsCsv(view: DocumentView): string {
  const positions = codePointIndex(view.document.text);
  const rows = [csvRow(CSV_COLUMNS), ...view.claims.map((item) => csvRow(claimRow(item, view, positions)))];
  return `${CSV_BOM}${rows.join(CRLF)}${CRLF}`;
}
