/** Dispatches a command line to its command and turns every failure into one line and an exit code, never a stack trace. */
import { runExport } from './commands/export';
import { runImportAnnotations } from './commands/import-annotations';
import { runInfo } from './commands/info';
import { runMerge } from './commands/merge';
import { runNew } from './commands/new';
import { runValidate } from './commands/validate';
import { runVerify } from './commands/verify';
import { InputError, UsageError } from './errors';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, oneLine, writeErr, writeOut } from './output';
import { CLI_VERSION, COMMANDS, usageOf } from './usage';

type Command = (args: readonly string[]) => Promise<number>;

const commands: Record<string, Command> = {
  new: runNew,
  validate: runValidate,
  info: runInfo,
  merge: runMerge,
  export: runExport,
  'import-annotations': runImportAnnotations,
  verify: runVerify,
};

const HELP_FLAGS = new Set(['-h', '--help']);

/** Runs the CLI on `argv` (without node and the script) and returns the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      writeErr(usageOf());
      return EXIT_USAGE;
    }
    if (HELP_FLAGS.has(first)) return help(rest[0]);
    if (first === 'help') return help(rest[0]);
    if (first === '--version' || first === '-V') {
      writeOut(`factcheck ${CLI_VERSION}`);
      return EXIT_OK;
    }
    const command = commands[first];
    if (!command) {
      throw new UsageError(
        first.startsWith('-')
          ? `Unknown option "${first}".`
          : `Unknown command "${first}"; the commands are ${COMMANDS.join(', ')}.`,
      );
    }
    if (rest.some((arg) => HELP_FLAGS.has(arg))) return help(first);
    return await command(rest);
  } catch (error) {
    return report(error);
  }
}

/** Help that was asked for goes to stdout and succeeds; help for an unknown command is a usage error. */
function help(command: string | undefined): number {
  if (command !== undefined && !COMMANDS.includes(command)) {
    writeErr([`factcheck: no help for "${oneLine(command)}"; the commands are ${COMMANDS.join(', ')}.`, '', usageOf()]);
    return EXIT_USAGE;
  }
  writeOut(usageOf(command));
  return EXIT_OK;
}

function report(error: unknown): number {
  if (error instanceof UsageError) {
    // A command's misuse gets its synopsis and a pointer to its help; a wrong command gets the whole usage.
    const hint =
      error.command === undefined
        ? ['', usageOf()]
        : [usageOf(error.command).split('\n')[0] ?? '', `Run \`factcheck help ${error.command}\` for the options.`];
    writeErr([`factcheck: ${oneLine(error.message)}`, ...hint]);
    return EXIT_USAGE;
  }
  if (error instanceof InputError) {
    writeErr(`factcheck: ${oneLine(error.message)}`);
    return EXIT_INVALID;
  }
  const message = error instanceof Error ? error.message : String(error);
  writeErr(`factcheck: unexpected error: ${oneLine(message)}`);
  return EXIT_INVALID;
}
