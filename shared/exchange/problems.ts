/** Problems found in a file: where (a JSON path) and what was expected, in words a person can act on. */
import type { z } from 'zod';

export interface Problem {
  /** JSON path into the file, like `$.claims[2].target.start`; `$` for the file as a whole. */
  path: string;
  message: string;
}

export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    const key = String(segment);
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
  }, '$');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return 'input' in issue && issue.input !== undefined
        ? `expected ${issue.expected}, found ${describeValue(issue.input)}`
        : `missing field: expected ${issue.expected}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'expected a date and time like 2026-11-29T10:00:00.000Z'
        : `expected the ${issue.format} format`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

export function problemsFromZod(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: describeIssue(issue) }));
}

export function formatProblems(problems: readonly Problem[], limit = 20): string {
  const shown = problems.slice(0, limit).map((problem) => `${problem.path}: ${problem.message}`);
  if (problems.length > limit) shown.push(`… and ${problems.length - limit} more problems`);
  return shown.join('\n');
}
