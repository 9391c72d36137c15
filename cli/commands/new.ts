/** `factcheck new`: turns a .txt, .md or .html article into a bundle with no claims, exactly as the app would import it. */
import { userInfo } from 'node:os';
import { basename, dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  BUNDLE_EXTENSION,
  createBundle,
  formatProblems,
  isHttpUrl,
  newDocument,
  newId,
  readBundle,
  serialiseBundle,
  truthScale,
  type Analyst,
  type BlockType,
} from '../../shared';
import { boilerplateBlocks, draftBlocks } from '../../shared/import';
import { withUsageErrors } from '../args';
import { assertArticleName, FORMAT_NAMES, readArticleDraft } from '../article-file';
import { InputError, UsageError } from '../errors';
import { describeFsError, pathExists, writeFileAtomically } from '../files';
import { EXIT_OK, oneLine, plural, shorten, writeOut } from '../output';

const MAX_TITLE_LENGTH = 2000;

const BLOCK_NOUNS: Record<BlockType, string> = {
  title: 'title',
  heading: 'heading',
  paragraph: 'paragraph',
  quote: 'quote',
  listItem: 'list item',
};
const MAX_NAME_LENGTH = 200;

/** Who the bundle is stamped with: the option, else $FACTCHECK_ANALYST, else the OS user name. */
function analystName(option: string | undefined): string {
  if (option !== undefined) {
    const name = option.trim();
    if (name.length === 0) throw new UsageError('--author-name must not be empty.', 'new');
    if (name.length > MAX_NAME_LENGTH)
      throw new UsageError(`--author-name must be at most ${MAX_NAME_LENGTH} characters.`, 'new');
    return name;
  }
  const fromEnv = process.env.FACTCHECK_ANALYST?.trim();
  if (fromEnv) return fromEnv.slice(0, MAX_NAME_LENGTH);
  let user = '';
  try {
    user = userInfo().username.trim();
  } catch {
    // No passwd entry (some containers): fall back to the environment.
    user = (process.env.USER ?? process.env.USERNAME ?? '').trim();
  }
  return user.slice(0, MAX_NAME_LENGTH) || 'Unknown analyst';
}

/** The --title option trimmed, or undefined to take the title the parser found. */
function titleOption(option: string | undefined): string | undefined {
  if (option === undefined) return undefined;
  const title = option.trim();
  if (title.length === 0) throw new UsageError('--title must not be empty.', 'new');
  if (title.length > MAX_TITLE_LENGTH)
    throw new UsageError(`--title must be at most ${MAX_TITLE_LENGTH} characters.`, 'new');
  return title;
}

function isMissingFolder(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

export async function runNew(args: readonly string[]): Promise<number> {
  const { values, positionals } = withUsageErrors('new', () =>
    parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        title: { type: 'string' },
        url: { type: 'string' },
        'keep-boilerplate': { type: 'boolean', default: false },
        'author-name': { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    }),
  );
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'Name the article file to read.' : 'Give one article file at a time.',
      'new',
    );
  }
  const articlePath = positionals[0] as string;
  const output = values.output;
  if (output === undefined || output.length === 0)
    throw new UsageError('Name the bundle to write with -o BUNDLE.', 'new');
  const url = values.url?.trim();
  if (url !== undefined && !isHttpUrl(url))
    throw new UsageError(`--url must be an http or https address, not "${oneLine(url)}".`, 'new');
  assertArticleName(articlePath, extname(articlePath));
  if (resolve(output) === resolve(articlePath))
    throw new InputError('The bundle would overwrite the article; choose another -o name.');
  if (!values.force && (await pathExists(output))) {
    throw new InputError(`${oneLine(output)} already exists; choose another name or add --force to replace it.`);
  }
  const chosenTitle = titleOption(values.title);
  const analyst: Analyst = { id: newId(), name: analystName(values['author-name']) };

  const keepBoilerplate = values['keep-boilerplate'] === true;
  const draft = await readArticleDraft(articlePath);
  const blocks = draftBlocks(draft, !keepBoilerplate);
  const title = chosenTitle ?? draft.metadata.title;
  const document = newDocument(blocks, { ...draft.metadata, title, url: url ?? draft.metadata.url ?? null }, analyst);
  const bundle = createBundle(
    { documents: [document], claims: [], sources: [], evidence: [], scales: [truthScale] },
    analyst,
  );
  const content = serialiseBundle(bundle);

  // The file must open in the app: check it with the app's own reader before writing it.
  const check = readBundle(content, Buffer.byteLength(content));
  if (!check.ok)
    throw new Error(`the bundle made from ${articlePath} is not valid: ${formatProblems(check.problems, 3)}`);
  try {
    await writeFileAtomically(output, content);
  } catch (error) {
    const reason = isMissingFolder(error)
      ? `the folder ${oneLine(dirname(resolve(output)))} does not exist`
      : describeFsError(error);
    throw new InputError(`${oneLine(output)}: cannot be written: ${reason}`);
  }

  const blockCounts = new Map<BlockType, number>();
  for (const block of blocks) blockCounts.set(block.type, (blockCounts.get(block.type) ?? 0) + 1);
  const kinds = [...blockCounts].map(([type, count]) => plural(count, BLOCK_NOUNS[type]));
  const lines = [
    `Read ${oneLine(basename(articlePath))} as ${FORMAT_NAMES[draft.format]}: ${plural(blocks.length, 'block')} (${kinds.join(', ')}), ${plural([...document.text].length, 'character')}.`,
    `Title: ${shorten(title, 100)}`,
  ];
  const facts: Array<[string, string | null]> = [
    ['Outlet', document.outlet],
    ['Author', document.author],
    ['Published', document.publishedAt],
    ['Language', document.language],
    ['URL', document.url],
  ];
  for (const [label, value] of facts) if (value !== null) lines.push(`${label}: ${shorten(value, 100)}`);
  const removed = boilerplateBlocks(draft).map((block) => block.text);
  if (removed.length > 0 && !keepBoilerplate) {
    lines.push(
      `Left out ${plural(removed.length, 'trailing paragraph')} that look${removed.length === 1 ? 's' : ''} like site boilerplate (add --keep-boilerplate to keep ${removed.length === 1 ? 'it' : 'them'}):`,
    );
    for (const paragraph of removed) lines.push(`  - ${shorten(paragraph, 76)}`);
  } else {
    lines.push(
      removed.length > 0
        ? `Kept ${plural(removed.length, 'trailing paragraph')} that look${removed.length === 1 ? 's' : ''} like site boilerplate (--keep-boilerplate).`
        : 'No trailing site boilerplate found.',
    );
  }
  lines.push(
    `Wrote ${oneLine(output)}: 1 document, 0 claims, text SHA-256 ${document.textHash}, by ${oneLine(analyst.name)}.`,
  );
  if (!output.endsWith(BUNDLE_EXTENSION)) lines.push(`Note: the app looks for bundles named *${BUNDLE_EXTENSION}.`);
  writeOut(lines);
  return EXIT_OK;
}
