/**
 * Finds the annotations in an annotation file, whichever tool wrote it: W3C Web Annotations (a single
 * Annotation, an array, an AnnotationCollection or an AnnotationPage, with pages embedded one in the
 * next) and Hypothesis's three shapes (an API search result `{total, rows}`, a single API annotation,
 * and the client's export `{export_date, …, annotations}`). A page that is only named (`next` as an IRI)
 * ends the walk: the annotations found so far are imported and the file notes what it did not hold.
 * Nesting is checked per annotation later, so a deep annotation never refuses the whole file.
 */
import type { Problem } from '../exchange/problems';
import { parseJsonSafely } from '../exchange/safe-json';

/** Annotation files larger than this are refused before parsing. */
export const MAX_W3C_BYTES = 100 * 1024 * 1024;

/** Pages followed at most. */
const MAX_PAGES = 100_000;

export type AnnotationDialect = 'w3c' | 'hypothesis';

/** The kind of file, as the import names it. */
export type AnnotationFileKind =
  'w3c' | 'hypothesis-export' | 'hypothesis-search' | 'hypothesis-annotation' | 'hypothesis-list';

export const ANNOTATION_FILE_KINDS: Record<AnnotationFileKind, string> = {
  w3c: 'W3C Web Annotations',
  'hypothesis-export': 'a Hypothesis export',
  'hypothesis-search': 'a Hypothesis API search result',
  'hypothesis-annotation': 'a Hypothesis API annotation',
  'hypothesis-list': 'a list of Hypothesis annotations',
};

export interface FoundAnnotation {
  /** JSON path of the annotation in the file, like `$.first.items[2]`. */
  path: string;
  value: unknown;
  dialect: AnnotationDialect;
}

export interface AnnotationFile {
  kind: AnnotationFileKind;
  annotations: FoundAnnotation[];
  /** Annotations the file says exist but does not hold (pages only named; a search result's total beyond its rows). */
  missing: number | null;
  /** What the file left out, in words. */
  notes: string[];
}

export type ReadW3cResult = ({ ok: true } & AnnotationFile) | { ok: false; problems: Problem[] };

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

/** Whether a value looks like a Hypothesis API annotation: no JSON-LD type, a target list, and the page's `uri` or the `user`. */
export function isHypothesisAnnotation(value: unknown): boolean {
  return (
    isObject(value) &&
    value['type'] === undefined &&
    value['@type'] === undefined &&
    Array.isArray(value['target']) &&
    (typeof value['uri'] === 'string' || typeof value['user'] === 'string')
  );
}

function fail(path: string, message: string): ReadW3cResult {
  return { ok: false, problems: [{ path, message }] };
}

function itemsAt(items: unknown[], path: string, found: FoundAnnotation[], dialect?: AnnotationDialect): void {
  items.forEach((value, index) =>
    found.push({
      path: `${path}[${index}]`,
      value,
      dialect: dialect ?? (isHypothesisAnnotation(value) ? 'hypothesis' : 'w3c'),
    }),
  );
}

function pageItems(page: JsonObject, path: string, found: FoundAnnotation[]): Problem | null {
  const items = page['items'];
  if (items === undefined) return null;
  if (!Array.isArray(items)) return { path: `${path}.items`, message: 'expected the list of annotations (an array)' };
  itemsAt(items, `${path}.items`, found);
  return null;
}

function total(node: JsonObject): number | null {
  const value = node['total'];
  return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : null;
}

/** Every annotation of a collection's or page's embedded pages, following `next` while the pages are in the file. */
function walkPages(first: unknown, path: string, file: AnnotationFile): Problem | null {
  let page = first;
  let at = path;
  for (let count = 0; page !== undefined && page !== null && count < MAX_PAGES; count += 1) {
    if (typeof page === 'string') {
      file.notes.push(
        `the page ${page} is only named, not included in the file, so the annotations on it and after it were not imported; export the collection with its pages embedded`,
      );
      return null;
    }
    if (!isObject(page)) return { path: at, message: 'expected an AnnotationPage (an object)' };
    const problem = pageItems(page, at, file.annotations);
    if (problem) return problem;
    page = page['next'];
    at = `${at}.next`;
  }
  return null;
}

/** The annotations of a parsed file; a problem when its shape is none of the known ones. */
function readRoot(root: unknown): ReadW3cResult {
  const file: AnnotationFile = { kind: 'w3c', annotations: [], missing: null, notes: [] };
  if (Array.isArray(root)) {
    itemsAt(root, '$', file.annotations);
    if (file.annotations.length > 0 && file.annotations.every((item) => item.dialect === 'hypothesis'))
      file.kind = 'hypothesis-list';
    return { ok: true, ...file };
  }
  if (!isObject(root))
    return fail(
      '$',
      'expected annotations: a W3C Annotation, a list of them, an AnnotationCollection or an AnnotationPage, or a Hypothesis export or API result',
    );
  const types = typesOf(root);
  let problem: Problem | null = null;
  if (types.includes('AnnotationCollection') || types.includes('AnnotationPage')) {
    const collection = types.includes('AnnotationCollection');
    const first = collection ? root['first'] : root;
    problem =
      collection && first === undefined
        ? pageItems(root, '$', file.annotations)
        : walkPages(first, collection ? '$.first' : '$', file);
    const declared = collection ? total(root) : null;
    if (!problem && file.notes.length > 0 && file.annotations.length === 0)
      return fail(collection ? '$.first' : '$.next', `the file holds no annotations: ${file.notes[0]}`);
    if (declared !== null && declared > file.annotations.length) file.missing = declared - file.annotations.length;
  } else if (types.length === 0 && Array.isArray(root['rows'])) {
    file.kind = 'hypothesis-search';
    itemsAt(root['rows'], '$.rows', file.annotations, 'hypothesis');
    const declared = total(root);
    if (declared !== null && declared > file.annotations.length) {
      file.missing = declared - file.annotations.length;
      file.notes.push(
        `the search found ${declared} annotations and the file holds the first ${file.annotations.length}; fetch the other pages of results (offset or search_after) to import them`,
      );
    }
  } else if (types.length === 0 && Array.isArray(root['annotations'])) {
    file.kind = 'hypothesis-export';
    itemsAt(root['annotations'], '$.annotations', file.annotations, 'hypothesis');
  } else if (isHypothesisAnnotation(root)) {
    file.kind = 'hypothesis-annotation';
    file.annotations.push({ path: '$', value: root, dialect: 'hypothesis' });
  } else {
    file.annotations.push({ path: '$', value: root, dialect: 'w3c' });
  }
  if (problem) return { ok: false, problems: [problem] };
  return { ok: true, ...file };
}

/** The annotations an annotation file holds, each with its path; fails only when the file as a whole cannot be read. */
export function readW3cFile(text: string, byteLength: number = text.length): ReadW3cResult {
  if (byteLength > MAX_W3C_BYTES)
    return fail(
      '$',
      `the file is ${(byteLength / 1048576).toFixed(1)} MB; annotation files of up to ${MAX_W3C_BYTES / 1048576} MB are read`,
    );
  if (text.trim().length === 0) return fail('$', 'the file is empty');
  // Pages may nest deeper than a bundle (one per thousand annotations): depth is checked per annotation.
  const parsed = parseJsonSafely(text.replace(/^\uFEFF/, ''), Infinity);
  if (!parsed.ok) return parsed;
  return readRoot(parsed.value);
}
