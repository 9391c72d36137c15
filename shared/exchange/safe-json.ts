/** JSON parsing for untrusted files: refuses prototype keys and absurd nesting instead of trusting them. */
import { jsonPath, type Problem } from './problems';

export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type SafeParseResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** Parses JSON text; every refusal is a problem with a path, never an exception. */
export function parseJsonSafely(text: string): SafeParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '$', message: `the file is not valid JSON (${detail})` }] };
  }
  // The quick walk finds whether anything is wrong; only then the slower one says where.
  if (!hasStructureProblem(value)) return { ok: true, value };
  const problem = checkStructure(value);
  return problem ? { ok: false, problems: [problem] } : { ok: true, value };
}

/** The same walk as checkStructure without building paths: a large valid file costs one pass over its objects. */
function hasStructureProblem(root: unknown): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return true;
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

function checkStructure(root: unknown): Problem | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: '$', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return { path, message: `nesting deeper than ${MAX_DEPTH} levels is refused` };
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
