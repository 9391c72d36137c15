/** `factcheck merge`: merges teammates' bundles into one, as the app merges an imported file, and says what each file brought. */
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  bundleInfo,
  forgedWriteProblems,
  forgedWrites,
  mergeBundles,
  newId,
  serialiseBundle,
  type Analyst,
  type Bundle,
  type MergePlan,
} from '../../shared';
import { withUsageErrors } from '../args';
import { loadBundleFile, problemLines } from '../bundle-file';
import { InputError, UsageError } from '../errors';
import { describeFsError, pathExists, writeFileAtomically } from '../files';
import { EXIT_INVALID, EXIT_OK, oneLine, plural, writeErr, writeOut } from '../output';
import { signatureLine } from './verify';

export const MERGE_USAGE = `Usage: factcheck merge FILE... -o OUT [options]

Merges bundles into one, as the app merges an imported file into its library:
documents are matched by the hash of their text (or, when the text differs, by URL
or title, and their claims are re-anchored on the first copy's text; quotes that are
not found become orphans), claims, sources and evidence by id, field by field. A
field two analysts changed differently keeps both values as a conflict, for the
app's Conflicts view. The files give the same content in any order.

A file whose signature does not hold (it was changed after it was signed; see
\`factcheck verify\`) is refused. The merged bundle is unsigned: the command line has
no key. With --own, the other files are checked as the app checks an import: a file
that counts more writes of your library than your own export holds claims writes you
never made, and is refused. Without --own nothing of that kind can be checked.

Options:
  -o, --output OUT        where to write the merged bundle (*.factcheck.json)
      --own FILE          your library's latest export or backup: merged first, and
                          no other file may claim more of its writes than it holds
      --allow-bad-signature
                          merge files whose signature does not hold
      --author-name NAME  your name, stamped on the bundle
                          (default: $FACTCHECK_ANALYST, else your OS user name)
      --force             replace OUT if it exists (it may be one of the FILEs)
  -h, --help              show this help`;

const MAX_NAME_LENGTH = 200;

function analystName(option: string | undefined): string {
  if (option !== undefined) {
    const name = option.trim();
    if (name.length === 0 || name.length > MAX_NAME_LENGTH)
      throw new UsageError(`--author-name must be 1 to ${MAX_NAME_LENGTH} characters.`, 'merge');
    return name;
  }
  const fromEnv = process.env.FACTCHECK_ANALYST?.trim();
  if (fromEnv) return fromEnv.slice(0, MAX_NAME_LENGTH);
  try {
    return userInfo().username.trim().slice(0, MAX_NAME_LENGTH) || 'Unknown analyst';
  } catch {
    return (process.env.USER ?? process.env.USERNAME ?? '').trim().slice(0, MAX_NAME_LENGTH) || 'Unknown analyst';
  }
}

/** One line on what merging a file did. */
export function mergeLine(file: string, plan: MergePlan): string {
  const { documents, claims, sources, evidence } = plan.counts;
  const documentParts = [`${documents.added} added`, `${documents.updated + documents.unchanged} with the same text`];
  if (plan.reanchored.length > 0) documentParts.push(`${plan.reanchored.length} re-anchored`);
  return [
    `${oneLine(file)}: documents ${documentParts.join(', ')}`,
    `claims ${claims.added} added, ${claims.updated} updated, ${claims.unchanged} unchanged`,
    `sources ${sources.added} added, ${sources.updated} updated, ${sources.unchanged} unchanged`,
    `evidence ${evidence.added} added, ${evidence.updated} updated, ${evidence.unchanged} unchanged`,
    `${plural(plan.conflicts, 'conflict')}, ${plural(plan.orphans, 'orphan')}`,
  ].join('; ');
}

function totalLine(output: string, bundle: Bundle): string {
  const info = bundleInfo(bundle);
  const deleted = bundle.claims.length - info.claims.length;
  const orphans = info.claims.filter((claim) => claim.orphaned).length;
  return `Wrote ${oneLine(output)}: ${plural(bundle.documents.length, 'document')}, ${plural(info.claims.length, 'claim')}${deleted > 0 ? ` (and ${deleted} deleted)` : ''}, ${plural(bundle.sources.length, 'source')}, ${plural(bundle.evidence.length, 'evidence link')}; ${plural(info.conflicts, 'conflict')} to resolve, ${plural(orphans, 'orphaned claim')}.`;
}

export async function runMerge(args: readonly string[]): Promise<number> {
  const { values, positionals } = withUsageErrors('merge', () =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        own: { type: 'string' },
        'allow-bad-signature': { type: 'boolean', default: false },
        'author-name': { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    }),
  );
  if (positionals.length === 0) throw new UsageError('Name the bundle files to merge.', 'merge');
  const output = values.output;
  if (output === undefined || output.length === 0)
    throw new UsageError('Name the bundle to write with -o OUT.', 'merge');
  if (!values.force && (await pathExists(output))) {
    throw new InputError(`${oneLine(output)} already exists; choose another name or add --force to replace it.`);
  }
  const analyst: Analyst = { id: newId(), name: analystName(values['author-name']) };

  // Your own export first (once, even when it is also among the FILEs), then the others in their order.
  const own = values.own;
  if (own !== undefined && own.length === 0) throw new UsageError('--own needs your own bundle file.', 'merge');
  const files =
    own === undefined ? [...positionals] : [own, ...positionals.filter((file) => resolve(file) !== resolve(own))];

  // Every file is read and checked before anything is written.
  const bundles: Bundle[] = [];
  const signatures: string[] = [];
  let problems: string[] = [];
  for (const file of files) {
    const result = await loadBundleFile(file);
    if (!result.ok) {
      problems = [...problems, ...problemLines(file, result.problems)];
      continue;
    }
    bundles.push(result.bundle);
    // Signed files say who signed them; unsigned ones (older versions, other tools) merge as before.
    if (result.signature.status === 'valid') signatures.push(signatureLine(file, result.bundle, result.signature));
    if (result.signature.status === 'invalid' && !values['allow-bad-signature'])
      problems.push(
        `${oneLine(file)}: the signature does not hold: ${result.signature.reason} (add --allow-bad-signature to merge it anyway)`,
      );
  }
  if (own !== undefined && problems.length === 0) problems = forgedLines(files, bundles);
  if (problems.length > 0) {
    writeErr([...problems, `factcheck: nothing was written: ${plural(problems.length, 'problem')} in the files.`]);
    return EXIT_INVALID;
  }
  const { bundle, plans } = mergeBundles(bundles, analyst);
  try {
    await writeFileAtomically(output, serialiseBundle(bundle));
  } catch (error) {
    const reason =
      typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT'
        ? `the folder ${oneLine(dirname(resolve(output)))} does not exist`
        : describeFsError(error);
    throw new InputError(`${oneLine(output)}: cannot be written: ${reason}`);
  }
  writeOut([
    ...signatures,
    ...plans.map((plan, index) => mergeLine(files[index] as string, plan)),
    totalLine(output, bundle),
  ]);
  return EXIT_OK;
}

/** The other files' records that claim more writes of your library (the first file's writer) than your file holds. */
function forgedLines(files: readonly string[], bundles: readonly Bundle[]): string[] {
  const [mine, ...others] = bundles as [Bundle, ...Bundle[]];
  const writer = mine.writer;
  if (writer === undefined)
    return [
      `${oneLine(files[0] as string)}: names no writer: --own needs a file exported by Factcheck Desk (format 4 or later)`,
    ];
  return others.flatMap((bundle, index) =>
    problemLines(files[index + 1] as string, forgedWriteProblems(forgedWrites(bundle, mine, [writer]))),
  );
}
