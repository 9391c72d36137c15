/**
 * Whether a zod schema only checks its input and never changes it (no defaults, transforms, pipes or
 * catches): then a valid input can be used as it is, instead of the copy zod builds.
 */
import type * as core from 'zod/v4/core';
import { schemaParts } from './zod-schema-parts';

const LEAVES = new Set([
  'string',
  'number',
  'int',
  'boolean',
  'null',
  'undefined',
  'literal',
  'enum',
  'unknown',
  'any',
  'never',
  'nan',
  'template_literal',
  'custom',
]);

/** Kinds that only hold other schemas: they change nothing unless a schema inside them does. */
const CONTAINERS = new Set([
  'object',
  'array',
  'optional',
  'nullable',
  'readonly',
  'nonoptional',
  'union',
  'tuple',
  'record',
  'intersection',
  'lazy',
]);

export function transformsNothing(schema: core.$ZodType, seen: Set<core.$ZodType> = new Set()): boolean {
  if (seen.has(schema)) return true;
  seen.add(schema);
  const parts = schemaParts(schema);
  if (parts.coerces) return false;
  if (LEAVES.has(parts.kind)) return true;
  if (!CONTAINERS.has(parts.kind)) return false;
  return parts.children.every((child) => transformsNothing(child, seen));
}
