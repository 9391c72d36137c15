/** `factcheck export`: writes a document of a bundle as W3C annotations, ClaimReview, CSV or a readable report. */
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkClaimReviews,
  checkOrganisation,
  claimReviewSummary,
  documentView,
  EXPORT_FORMATS,
  exportFormats,
  ExportInputError,
  isExportFormat,
  renderExport,
  type ClaimReviewCheck,
  type Organisation,
} from '../../shared/interop';
import { withUsageErrors } from '../args';
import { loadBundleFile, problemLines } from '../bundle-file';
import { InputError, UsageError } from '../errors';
import { describeFsError, pathExists, writeFileAtomically } from '../files';
import { EXIT_INVALID, EXIT_OK, oneLine, plural, shorten, writeErr, writeOut } from '../output';

/** Each format's lines of help, its name in the first column. */
const FORMAT_HELP = exportFormats
  .flatMap((format) =>
    EXPORT_FORMATS[format].commandLine.map((line, index) => `  ${(index === 0 ? format : '').padEnd(12)} ${line}`),
  )
  .join('\n');

export const EXPORT_USAGE = `Usage: factcheck export BUNDLE --format FORMAT -o OUT [options]

Writes a document of BUNDLE in another format:
${FORMAT_HELP}

Options:
  -f, --format FORMAT       ${exportFormats.slice(0, -1).join(', ')} or ${exportFormats.at(-1)}
  -o, --output OUT          where to write the file
      --document ID         the document to export when the bundle holds several
      --org-name NAME       ClaimReview: the fact-checking organisation's name
      --org-url URL         ClaimReview: its web site
      --org-logo URL        ClaimReview: its logo
      --fact-check-url URL  ClaimReview: the page the fact checks are published on
                            (each review links to it with an anchor for its claim)
      --force               replace OUT if it exists
  -h, --help                show this help`;

function organisationOf(values: Record<string, string | boolean | undefined>): Organisation {
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : '');
  const { organisation, problems } = checkOrganisation({
    name: text('org-name'),
    url: text('org-url'),
    logoUrl: text('org-logo'),
    factCheckBaseUrl: text('fact-check-url'),
  });
  const options: Record<keyof Organisation, string> = {
    name: '--org-name',
    url: '--org-url',
    logoUrl: '--org-logo',
    factCheckBaseUrl: '--fact-check-url',
  };
  const [wrong] = Object.keys(problems) as Array<keyof Organisation>;
  if (wrong)
    throw new UsageError(
      `${options[wrong]} must be an http or https address, not "${oneLine(organisation[wrong])}".`,
      'export',
    );
  return organisation;
}

/** One line per exported claim that misses a field, and a pointer to the options that supply the organisation's. */
function missingFieldLines(checks: readonly ClaimReviewCheck[]): string[] {
  const lines: string[] = [];
  for (const check of checks.filter((candidate) => candidate.exported && candidate.missing.length > 0)) {
    const required = check.missing.filter((gap) => gap.level === 'required').map((gap) => gap.field);
    const recommended = check.missing.filter((gap) => gap.level === 'recommended').map((gap) => gap.field);
    const parts = [
      required.length > 0 ? `required ${required.join(', ')}` : '',
      recommended.length > 0 ? `recommended ${recommended.join(', ')}` : '',
    ].filter(Boolean);
    lines.push(`  “${shorten(check.quote, 50)}”: missing ${parts.join('; ')}`);
  }
  if (checks.some((check) => check.missing.some((gap) => gap.field === 'url' || gap.field.startsWith('author.')))) {
    lines.push('Give the organisation with --org-name, --org-url, --org-logo and --fact-check-url.');
  }
  return lines.length > 0 ? ['Missing ClaimReview fields:', ...lines] : [];
}

export async function runExport(args: readonly string[]): Promise<number> {
  const { values, positionals } = withUsageErrors('export', () =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        document: { type: 'string' },
        'org-name': { type: 'string' },
        'org-url': { type: 'string' },
        'org-logo': { type: 'string' },
        'fact-check-url': { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    }),
  );
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0 ? 'Name the bundle file to export.' : 'Give one bundle file at a time.',
      'export',
    );
  const format = values.format;
  if (format === undefined)
    throw new UsageError(`Choose a format with --format (${exportFormats.join(', ')}).`, 'export');
  if (!isExportFormat(format))
    throw new UsageError(`Unknown format "${oneLine(format)}"; the formats are ${exportFormats.join(', ')}.`, 'export');
  const output = values.output;
  if (output === undefined || output.length === 0)
    throw new UsageError('Name the file to write with -o OUT.', 'export');
  const organisation = organisationOf(values);
  const file = positionals[0] as string;
  if (resolve(output) === resolve(file))
    throw new InputError('The export would overwrite the bundle; choose another -o name.');
  if (!values.force && (await pathExists(output)))
    throw new InputError(`${oneLine(output)} already exists; choose another name or add --force to replace it.`);

  const loaded = await loadBundleFile(file);
  if (!loaded.ok) {
    writeErr(problemLines(file, loaded.problems));
    return EXIT_INVALID;
  }
  let view;
  try {
    view = documentView(loaded.bundle, values.document);
  } catch (error) {
    if (error instanceof ExportInputError) throw new InputError(`${oneLine(file)}: ${error.message}`);
    throw error;
  }
  const rendered = renderExport(format, view, { organisation });
  try {
    await writeFileAtomically(output, rendered.content);
  } catch (error) {
    const missingFolder = typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
    throw new InputError(
      `${oneLine(output)}: cannot be written: ${missingFolder ? `the folder ${oneLine(dirname(resolve(output)))} does not exist` : describeFsError(error)}`,
    );
  }
  const lines = [
    `Wrote ${oneLine(output)}: ${EXPORT_FORMATS[format].label} of “${shorten(view.document.title, 60)}”, ${plural(view.claims.length, 'claim')}.`,
  ];
  if (format === 'claimreview') {
    const checks = checkClaimReviews(view, organisation);
    const summary = claimReviewSummary(checks);
    lines.push(
      `${plural(summary.exported, 'ClaimReview')} written; ${plural(summary.skipped, 'claim')} without a verdict left out.`,
      ...missingFieldLines(checks),
    );
  }
  writeOut(lines);
  return EXIT_OK;
}
