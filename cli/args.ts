/** Turns node:util parseArgs errors (unknown option, missing value) into usage errors that name the command. */
import { UsageError } from './errors';

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

/** Runs a parseArgs call; its refusals become UsageError with their first sentence (the rest is a long hint). */
export function withUsageErrors<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(firstSentence(error.message), command);
    throw error;
  }
}

function firstSentence(message: string): string {
  const end = message.indexOf('. ');
  return end === -1 ? message : message.slice(0, end + 1);
}
