/** The two ways a command fails on purpose: a wrong command line (exit 2) or an input it refuses (exit 1). */

/** The command line is wrong: unknown command or option, missing argument, bad option value. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    /** The command whose usage to point at, if any. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** An input file or an output path was refused; the message is shown as it is, on one line. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
