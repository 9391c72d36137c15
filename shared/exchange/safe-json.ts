/** JSON parsing for untrusted files: refuses prototype keys and absurd nesting instead of trusting them. */
import { jsonPath, type Problem } from './problems';

export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type SafeParseResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/**
 * Parses JSON text; every refusal is a problem with a path, never an exception. `maxDepth` is the
 * nesting refused; a reader that checks depth part by part (annotation files) passes Infinity.
 */
export function parseJsonSafely(text: string, maxDepth: number = MAX_DEPTH): SafeParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '$', message: `the file is not valid JSON (${detail})` }] };
  }
  // The quick walk finds whether anything is wrong; only then the slower one says where.
  if (!hasStructureProblem(value, maxDepth)) return { ok: true, value };
  const problem = checkStructure(value, maxDepth);
  return problem ? { ok: false, problems: [problem] } : { ok: true, value };
}

/** The same walk as checkStructure without building paths: a large valid file costs one pass over its objects. */
function hasStructureProblem(root: unknown, maxDepth: number): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return true;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) {
        const item: unknown = value[index];
        if (item !== null && typeof item === 'object') {
          values.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    for (const key in value) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') return true;
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') {
        values.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

function checkStructure(root: unknown, maxDepth: number): Problem | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: '$', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return { path, message: `nesting deeper than ${maxDepth} levels is refused` };
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) {
        const item: unknown = value[index];
        if (item !== null && typeof item === 'object')
          stack.push({ value: item, path: `${path}[${index}]`, depth: depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { path, message: `the key "${key}" is refused` };
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object')
        stack.push({ value: item, path: `${path}${jsonPath([key]).slice(1)}`, depth: depth + 1 });
    }
  }
  return null;
}

/** How deeply `root` nests (a scalar is 0, an empty object or array 1), counted without recursion; stops counting past `limit`. */
export function nestingDepth(root: unknown, limit: number = Infinity): number {
  let deepest = 0;
  const values: unknown[] = [root];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    if (value === null || typeof value !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const item of Array.isArray(value) ? value : Object.values(value as Record<string, unknown>)) {
      if (item !== null && typeof item === 'object') {
        values.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return deepest;
}
