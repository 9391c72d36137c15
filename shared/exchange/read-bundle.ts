/** Reads a bundle file: size cap, safe parse, version check, migration, schema validation and consistency checks. */
import {
  BUNDLE_FORMAT,
  BUNDLE_LISTS,
  BUNDLE_VERSION,
  bundleHeaderSchema,
  FAST_BUNDLE_LISTS,
  type Bundle,
} from './bundle-schema';
import { checkSignature, type SignatureCheck } from './bundle-signature';
import { consistencyProblems } from './consistency';
import { migrateBundle } from './migrate';
import { jsonPath, problemsFromZod, type Problem } from './problems';
import { parseJsonSafely } from './safe-json';
import { transformsNothing } from './schema-purity';

/** Bundles larger than this are refused before parsing. */
export const MAX_BUNDLE_BYTES = 200 * 1024 * 1024;

export type ReadBundleResult = { ok: true; bundle: Bundle } | { ok: false; problems: Problem[] };

/** A file read: valid, with what its signature says (a bad signature does not make a file invalid: the reader decides). */
export type ReadFileResult =
  { ok: true; bundle: Bundle; signature: SignatureCheck } | { ok: false; problems: Problem[] };

/** Where reading has got to, for a progress bar: `done` of `total` records checked. */
export interface ReadProgress {
  stage: 'parsing' | 'validating' | 'checking';
  done: number;
  total: number;
}

export interface ReadOptions {
  onProgress?: (progress: ReadProgress) => void;
}

/** The lists whose schema only checks (see schema-purity.ts). */
const PURE_LISTS = new Set(
  (Object.keys(BUNDLE_LISTS) as Array<keyof typeof BUNDLE_LISTS>).filter(
    (list) => transformsNothing(BUNDLE_LISTS[list]) && transformsNothing(FAST_BUNDLE_LISTS[list]),
  ),
);

/** Progress is reported after this many records. */
const PROGRESS_STEP = 2000;

function fail(path: string, message: string): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [{ path, message }] };
}

/** Validates bundle text; on failure lists every problem found, with its JSON path. A valid file's signature is checked. */
export function readBundle(text: string, byteLength: number = text.length, options: ReadOptions = {}): ReadFileResult {
  if (byteLength > MAX_BUNDLE_BYTES) {
    return fail(
      '$',
      `the file is ${(byteLength / 1048576).toFixed(1)} MB; bundles of up to ${MAX_BUNDLE_BYTES / 1048576} MB are read`,
    );
  }
  if (text.trim().length === 0) return fail('$', 'the file is empty');
  options.onProgress?.({ stage: 'parsing', done: 0, total: 1 });
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('$', 'expected a Factcheck Desk bundle (a JSON object)');
  }
  const header = value as { format?: unknown; version?: unknown };
  if (header.format !== BUNDLE_FORMAT) {
    return fail('$.format', `expected "${BUNDLE_FORMAT}": this is not a Factcheck Desk bundle`);
  }
  if (typeof header.version === 'number' && header.version > BUNDLE_VERSION) {
    return fail(
      '$.version',
      `the file is format version ${header.version}; this app reads version ${BUNDLE_VERSION}. Update Factcheck Desk to open it.`,
    );
  }
  const result = validateBundle(migrateBundle(value, BUNDLE_VERSION), options);
  if (!result.ok) return result;
  options.onProgress?.({ stage: 'checking', done: 0, total: 1 });
  const problems = consistencyProblems(result.bundle);
  if (problems.length > 0) return { ok: false, problems };
  return { ...result, signature: checkSignature(value as Record<string, unknown>) };
}

/** Schema validation of the envelope, then of each record, so that every problem is listed and progress can be shown. */
export function validateBundle(value: unknown, options: ReadOptions = {}): ReadBundleResult {
  const header = bundleHeaderSchema.safeParse(value, { reportInput: true });
  if (!header.success) return { ok: false, problems: problemsFromZod(header.error) };
  const lists = Object.keys(BUNDLE_LISTS) as Array<keyof typeof BUNDLE_LISTS>;
  const total = lists.reduce((sum, list) => sum + header.data[list].length, 0);
  const problems: Problem[] = [];
  const output: Record<string, unknown[]> = {};
  let done = 0;
  for (const list of lists) {
    const schema = BUNDLE_LISTS[list];
    const fast = FAST_BUNDLE_LISTS[list];
    const items = header.data[list];
    const pure = PURE_LISTS.has(list);
    const valid: unknown[] = new Array<unknown>(items.length);
    for (let index = 0; index < items.length; index += 1) {
      // When the schema transforms nothing, a valid record is its parsed JSON: it is only checked, and
      // no copy of it is built (zod's compiled validator builds none); otherwise it is zod's output.
      const input = items[index];
      const parsed = pure ? null : fast.safeParse(input);
      if (parsed ? parsed.success : fast.validate(input)) valid[index] = parsed?.success ? parsed.data : input;
      else {
        // Checked again by the full schema, keeping the input the messages quote; only a record with problems pays for it.
        // The fast schema may refuse what the full one accepts (rich text nested deeper than it walks): the full one decides.
        const detailed = schema.safeParse(input, { reportInput: true });
        if (detailed.success) valid[index] = pure ? input : detailed.data;
        else
          for (const problem of problemsFromZod(detailed.error))
            problems.push({ path: `${jsonPath([list, index])}${problem.path.slice(1)}`, message: problem.message });
      }
      done += 1;
      if (done % PROGRESS_STEP === 0) options.onProgress?.({ stage: 'validating', done, total });
    }
    output[list] = valid;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, bundle: { ...header.data, ...output } as Bundle };
}
