/**
 * The W3C Web Annotation model test suite as a checker: every MUST assertion listed in
 * annotations/annotationMusts.test, compiled with ajv for draft-04 against the suite's definitions.
 * The suite lives beside the project checkout (../shared/conformance/w3c-web-annotation); when it is
 * absent the tests that need it are skipped and say why.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv-draft-04';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');

/** The main checkout: the repository itself, or for a git worktree the checkout whose .git it shares. */
function mainCheckout(): string {
  try {
    const dotGit = readFileSync(path.join(REPO_ROOT, '.git'), 'utf8');
    const gitDir = /^gitdir: (.+)$/m.exec(dotGit)?.[1]?.trim();
    if (!gitDir) return REPO_ROOT;
    const common = readFileSync(path.join(gitDir, 'commondir'), 'utf8').trim();
    return path.dirname(path.resolve(gitDir, common));
  } catch {
    return REPO_ROOT;
  }
}

const SUITE_PATH = '../shared/conformance/w3c-web-annotation';
export const SUITE_ROOT = [REPO_ROOT, mainCheckout()]
  .map((root) => path.resolve(root, SUITE_PATH))
  .reduce((found, candidate) => (existsSync(found) ? found : candidate));

export const SUITE_MISSING_MESSAGE = `The W3C Web Annotation test suite is not at ${path.relative(REPO_ROOT, SUITE_ROOT)} (relative to the repository); the conformance checks are skipped.`;

export function suitePresent(): boolean {
  return existsSync(path.join(SUITE_ROOT, 'annotations', 'annotationMusts.test'));
}

interface Assertion {
  file: string;
  expectedResult: 'valid' | 'invalid';
  errorMessage: string;
  validate: ValidateFunction;
}

export interface Failure {
  assertion: string;
  message: string;
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** RFC 3986 URI: a scheme, a colon and no white space (what the suite's `uri` format checks). */
function isUri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(value);
}

/** RFC 3339 date-time with a time zone, as xsd:dateTime in the model. */
function isDateTime(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(value);
  if (!match) return false;
  const [month, day, hour, minute, second] = [match[2], match[3], match[4], match[5], match[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60;
}

/** Compiles every MUST assertion of the suite; each checks one annotation (with its @context in place). */
export function loadMustAssertions(): { check(annotation: unknown): Failure[]; count: number } {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  ajv.addFormat('uri', isUri);
  ajv.addFormat('date-time', isDateTime);
  const definitions = path.join(SUITE_ROOT, 'definitions');
  for (const name of readdirSync(definitions)
    .filter((file) => file.endsWith('.json'))
    .sort())
    ajv.addSchema(readJson(path.join(definitions, name)));
  const list = readJson(path.join(SUITE_ROOT, 'annotations', 'annotationMusts.test')) as { assertions: string[] };
  const assertions: Assertion[] = list.assertions.map((file) => {
    const schema = readJson(path.join(SUITE_ROOT, file));
    if (schema['assertionType'] !== 'must') throw new Error(`${file} is not a MUST assertion`);
    return {
      file,
      expectedResult: schema['expectedResult'] === 'invalid' ? 'invalid' : 'valid',
      errorMessage: String(schema['errorMessage'] ?? file),
      validate: ajv.compile(schema),
    };
  });
  return {
    count: assertions.length,
    check(annotation) {
      return assertions.flatMap((assertion) => {
        const valid = assertion.validate(annotation) === true;
        return valid === (assertion.expectedResult === 'valid')
          ? []
          : [{ assertion: assertion.file, message: assertion.errorMessage }];
      });
    },
  };
}

/** The sample annotations of the suite, correct or incorrect, by file name. */
export function suiteSamples(kind: 'correct' | 'incorrect'): Array<{ name: string; text: string }> {
  const folder = path.join(SUITE_ROOT, 'tools', 'samples', kind);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(folder, name), 'utf8') }));
}
