/** Loads a bundle file from disk through the same reader the app uses, and formats its problems as `FILE: $.path: message` lines. */
import { MAX_BUNDLE_BYTES, readBundle, type Bundle, type Problem, type SignatureCheck } from '../shared';
import { decodeText, readFileLimited } from './files';
import { oneLine } from './output';

/** A problem with an empty path concerns the file itself (it could not be read), not a place in its JSON. */
export type LoadResult = { ok: true; bundle: Bundle; signature: SignatureCheck } | { ok: false; problems: Problem[] };

/** At most this many problem lines are printed per file; the rest are counted. */
export const MAX_PROBLEM_LINES = 100;

export async function loadBundleFile(path: string): Promise<LoadResult> {
  const read = await readFileLimited(path, MAX_BUNDLE_BYTES);
  if (!read.ok) return { ok: false, problems: [{ path: '', message: `cannot be read: ${read.message}` }] };
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return { ok: false, problems: [{ path: '$', message: decoded.message }] };
  return readBundle(decoded.text, read.bytes.byteLength);
}

/** One line per problem, each naming the file; long lists end with a count of the lines left out. */
export function problemLines(file: string, problems: readonly Problem[]): string[] {
  const name = oneLine(file);
  const lines = problems
    .slice(0, MAX_PROBLEM_LINES)
    .map((problem) =>
      problem.path
        ? `${name}: ${oneLine(problem.path)}: ${oneLine(problem.message)}`
        : `${name}: ${oneLine(problem.message)}`,
    );
  const hidden = problems.length - MAX_PROBLEM_LINES;
  if (hidden > 0) lines.push(`${name}: … and ${hidden} more problem${hidden === 1 ? '' : 's'}`);
  return lines;
}
