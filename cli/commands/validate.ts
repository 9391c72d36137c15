/** `factcheck validate`: checks bundle files with the app's reader and prints one line per problem. */
import { parseArgs } from 'node:util';
import { withUsageErrors } from '../args';
import { loadBundleFile, problemLines } from '../bundle-file';
import { UsageError } from '../errors';
import { EXIT_INVALID, EXIT_OK, oneLine, writeOut } from '../output';

export async function runValidate(args: readonly string[]): Promise<number> {
  const { positionals } = withUsageErrors('validate', () =>
    parseArgs({ args: [...args], allowPositionals: true, strict: true, options: {} }),
  );
  if (positionals.length === 0) throw new UsageError('Name at least one bundle file to check.', 'validate');
  let allValid = true;
  for (const file of positionals) {
    const result = await loadBundleFile(file);
    if (result.ok) {
      writeOut(`${oneLine(file)}: ok`);
    } else {
      allValid = false;
      writeOut(problemLines(file, result.problems));
    }
  }
  return allValid ? EXIT_OK : EXIT_INVALID;
}
