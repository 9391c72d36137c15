/** Where the CLI writes: stdout for results, stderr for errors, each line cleaned of terminal control characters. */

/** Exit codes: 0 all good, 1 an input was refused or invalid, 2 the command line itself was wrong. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/**
 * Text from files (titles, quotes, file names, parser messages) made safe for one terminal line: line
 * breaks and tabs become spaces, other control characters (which could drive the terminal) become `?`.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '?');
}

/** Shortens text for a summary line, marking the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = oneLine(text).replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function writeOut(lines: string | readonly string[]): void {
  const text = typeof lines === 'string' ? lines : lines.join('\n');
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function writeErr(lines: string | readonly string[]): void {
  const text = typeof lines === 'string' ? lines : lines.join('\n');
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** A count with its noun, singular or plural: `1 claim`, `3 claims`. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : pluralNoun}`;
}
