/** `factcheck import-annotations`: adds the annotations of a W3C file to a document of a bundle, anchoring each one, and writes the new bundle. */
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems, newId, readBundle, serialiseBundle, type Analyst } from '../../shared';
import {
  annotationProblemLines,
  cappedLines,
  describeAnnotationImport,
  ExportInputError,
  importAnnotationsIntoBundle,
  MAX_W3C_BYTES,
  type AnnotationImport,
} from '../../shared/interop';
import { withUsageErrors } from '../args';
import { loadBundleFile, MAX_PROBLEM_LINES, problemLines } from '../bundle-file';
import { InputError, UsageError } from '../errors';
import { decodeText, describeFsError, pathExists, readFileLimited, writeFileAtomically } from '../files';
import { EXIT_INVALID, EXIT_OK, oneLine, plural, writeErr, writeOut } from '../output';

export const IMPORT_ANNOTATIONS_USAGE = `Usage: factcheck import-annotations BUNDLE ANNOTATIONS_FILE -o OUT [options]

Adds the annotations of a W3C Web Annotation file (an Annotation, a list of them, an
AnnotationCollection or an AnnotationPage) or a Hypothesis file (the client's export, an
API search result or one API annotation) to a document of BUNDLE as claims and writes
the result to OUT. Each annotation is placed by its quote (also inside refinedBy and
RangeSelector), its position only a hint; a quote that cannot be found is kept as an
orphan. Text bodies give the verdict (assessing), wording (describing), tags and
rationale; linked http(s) resources become evidence; the author and dates are kept.
Page notes, replies and annotations of another page that cannot be placed are counted;
an annotation already in the document is skipped. Prints what was placed and what was
not; invalid annotations and those not placed are listed on stderr (the first ${MAX_PROBLEM_LINES}).

Exit codes: 0 when claims were added (or every annotation was already in the document),
1 when nothing was imported (OUT is then not written) or an input was refused, 2 for a
wrong command line.

Options:
  -o, --output OUT        where to write the bundle (*.factcheck.json)
      --document ID       the document to import into when the bundle holds several
      --author-name NAME  your name, stamped on the new claims
                          (default: $FACTCHECK_ANALYST, else your OS user name)
      --force             replace OUT if it exists
  -h, --help              show this help`;

const MAX_NAME_LENGTH = 200;

/** Who the new claims are stamped with: the option, else $FACTCHECK_ANALYST, else the OS user name. */
function analystNamed(option: string | undefined): Analyst {
  const fromOption = option?.trim();
  if (option !== undefined && !fromOption)
    throw new UsageError('--author-name must not be empty.', 'import-annotations');
  let name = fromOption ?? process.env.FACTCHECK_ANALYST?.trim() ?? '';
  if (!name) {
    try {
      name = userInfo().username.trim();
    } catch {
      name = (process.env.USER ?? process.env.USERNAME ?? '').trim();
    }
  }
  return { id: newId(), name: name.slice(0, MAX_NAME_LENGTH) || 'Unknown analyst' };
}

async function readAnnotationFile(path: string): Promise<{ text: string; byteLength: number }> {
  const read = await readFileLimited(path, MAX_W3C_BYTES);
  if (!read.ok) throw new InputError(`${oneLine(path)}: cannot be read: ${read.message}`);
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) throw new InputError(`${oneLine(path)}: ${decoded.message}`);
  return { text: decoded.text, byteLength: read.bytes.byteLength };
}

/** No claim added, and not because every annotation was there already: the import failed as a whole. */
function nothingImported(imported: AnnotationImport): boolean {
  return imported.claims.length === 0 && imported.skipped + imported.repeated < imported.total;
}

export async function runImportAnnotations(args: readonly string[]): Promise<number> {
  const { values, positionals } = withUsageErrors('import-annotations', () =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        document: { type: 'string' },
        'author-name': { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    }),
  );
  if (positionals.length !== 2)
    throw new UsageError('Name the bundle and the annotation file: BUNDLE ANNOTATIONS_FILE.', 'import-annotations');
  const [bundlePath, annotationPath] = positionals as [string, string];
  const output = values.output;
  if (output === undefined || output.length === 0)
    throw new UsageError('Name the bundle to write with -o OUT.', 'import-annotations');
  if (resolve(output) === resolve(annotationPath))
    throw new InputError('The bundle would overwrite the annotation file; choose another -o name.');
  if (!values.force && (await pathExists(output)))
    throw new InputError(`${oneLine(output)} already exists; choose another name or add --force to replace it.`);
  const analyst = analystNamed(values['author-name']);

  const loaded = await loadBundleFile(bundlePath);
  if (!loaded.ok) {
    writeErr(problemLines(bundlePath, loaded.problems));
    return EXIT_INVALID;
  }
  const annotations = await readAnnotationFile(annotationPath);
  let result;
  try {
    result = importAnnotationsIntoBundle(loaded.bundle, annotations.text, analyst, {
      ...(values.document ? { documentId: values.document } : {}),
      byteLength: annotations.byteLength,
    });
  } catch (error) {
    if (error instanceof ExportInputError) throw new InputError(`${oneLine(bundlePath)}: ${error.message}`);
    throw error;
  }
  if (!result.ok) {
    writeErr(problemLines(annotationPath, result.problems));
    return EXIT_INVALID;
  }
  const { imported } = result;
  const listed = [
    ...annotationProblemLines(imported.problems),
    ...annotationProblemLines(imported.notPlaced).map((line) => `not placed: ${line}`),
  ];
  if (listed.length > 0)
    writeErr(
      cappedLines(listed, MAX_PROBLEM_LINES, 'more annotation').map(
        (line) => `${oneLine(annotationPath)}: ${oneLine(line)}`,
      ),
    );
  if (nothingImported(imported)) {
    writeErr([
      oneLine(describeAnnotationImport(imported)),
      `Nothing was imported; ${oneLine(output)} was not written.`,
    ]);
    return EXIT_INVALID;
  }
  const content = serialiseBundle(result.bundle);
  // The file must open in the app: check it with the app's own reader before writing it.
  const check = readBundle(content, Buffer.byteLength(content));
  if (!check.ok)
    throw new Error(`the bundle with the imported annotations is not valid: ${formatProblems(check.problems, 3)}`);
  try {
    await writeFileAtomically(output, content);
  } catch (error) {
    const missingFolder = typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
    throw new InputError(
      `${oneLine(output)}: cannot be written: ${missingFolder ? `the folder ${oneLine(dirname(resolve(output)))} does not exist` : describeFsError(error)}`,
    );
  }
  writeOut([
    oneLine(describeAnnotationImport(imported)),
    `Anchored: ${imported.anchored}. Orphans: ${imported.orphans}.`,
    `Wrote ${oneLine(output)}: “${oneLine(result.document.title)}” now has ${plural(result.bundle.claims.filter((claim) => claim.documentId === result.document.id && !claim.deleted).length, 'claim')}${imported.orphans > 0 ? '; `factcheck info` marks the orphans' : ''}.`,
  ]);
  return EXIT_OK;
}
