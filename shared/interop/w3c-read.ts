/** Finds the annotations in a W3C file: a single Annotation, an array of them, an AnnotationCollection or an AnnotationPage. */
import type { Problem } from '../exchange/problems';
import { parseJsonSafely } from '../exchange/safe-json';

/** W3C files larger than this are refused before parsing. */
export const MAX_W3C_BYTES = 100 * 1024 * 1024;

/** Pages followed at most, so that a file whose pages point at each other cannot loop. */
const MAX_PAGES = 100_000;

export interface FoundAnnotation {
  /** JSON path of the annotation in the file, like `$.first.items[2]`. */
  path: string;
  value: unknown;
}

export type ReadW3cResult = { ok: true; annotations: FoundAnnotation[] } | { ok: false; problems: Problem[] };

type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The types a JSON-LD node declares, under `type` or `@type`, as a string or a list. */
export function typesOf(value: unknown): string[] {
  if (!isObject(value)) return [];
  const declared = value['type'] ?? value['@type'];
  if (typeof declared === 'string') return [declared];
  return Array.isArray(declared) ? declared.filter((item): item is string => typeof item === 'string') : [];
}

function fail(path: string, message: string): ReadW3cResult {
  return { ok: false, problems: [{ path, message }] };
}

function pageItems(page: JsonObject, path: string, found: FoundAnnotation[]): Problem | null {
  const items = page['items'];
  if (items === undefined) return null;
  if (!Array.isArray(items)) return { path: `${path}.items`, message: 'expected the list of annotations (an array)' };
  items.forEach((value, index) => found.push({ path: `${path}.items[${index}]`, value }));
  return null;
}

/** Every annotation of a collection's or page's embedded pages, following `next` while the pages are in the file. */
function walkPages(first: unknown, path: string, found: FoundAnnotation[]): Problem | null {
  let page = first;
  let at = path;
  for (let count = 0; page !== undefined && count < MAX_PAGES; count += 1) {
    if (typeof page === 'string')
      return {
        path: at,
        message: `the page ${page} is only named, not included in the file; export the collection with its pages embedded`,
      };
    if (!isObject(page)) return { path: at, message: 'expected an AnnotationPage (an object)' };
    const problem = pageItems(page, at, found);
    if (problem) return problem;
    page = page['next'];
    at = `${at}.next`;
  }
  return null;
}

/** The annotations a W3C file holds, each with its path; fails only when the file as a whole cannot be read. */
export function readW3cFile(text: string, byteLength: number = text.length): ReadW3cResult {
  if (byteLength > MAX_W3C_BYTES)
    return fail(
      '$',
      `the file is ${(byteLength / 1048576).toFixed(1)} MB; annotation files of up to ${MAX_W3C_BYTES / 1048576} MB are read`,
    );
  if (text.trim().length === 0) return fail('$', 'the file is empty');
  const parsed = parseJsonSafely(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  const found: FoundAnnotation[] = [];
  if (Array.isArray(root)) {
    root.forEach((value, index) => found.push({ path: `$[${index}]`, value }));
    return { ok: true, annotations: found };
  }
  if (!isObject(root))
    return fail(
      '$',
      'expected W3C Web Annotations: an Annotation, a list of them, an AnnotationCollection or an AnnotationPage',
    );
  const types = typesOf(root);
  let problem: Problem | null = null;
  if (types.includes('AnnotationCollection')) {
    problem = root['first'] === undefined ? pageItems(root, '$', found) : walkPages(root['first'], '$.first', found);
  } else if (types.includes('AnnotationPage')) {
    problem = walkPages(root, '$', found);
  } else {
    found.push({ path: '$', value: root });
  }
  if (problem) return { ok: false, problems: [problem] };
  return { ok: true, annotations: found };
}
