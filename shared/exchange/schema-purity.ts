/**
 * Whether a zod schema only checks its input and never changes it (no defaults, transforms, pipes or
 * catches): then a valid input can be used as it is, instead of the copy zod builds.
 */
import type { z } from 'zod';

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

interface Definition {
  type: string;
  coerce?: boolean;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

function children(definition: Definition): Array<z.ZodType | undefined | null> {
  switch (definition.type) {
    case 'object':
      return [...Object.values(definition.shape ?? {}), definition.catchall];
    case 'array':
      return [definition.element];
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'nonoptional':
      return [definition.innerType];
    case 'union':
      return definition.options ?? [];
    case 'tuple':
      return [...(definition.items ?? []), definition.rest];
    case 'record':
      return [definition.keyType, definition.valueType];
    case 'intersection':
      return [definition.left, definition.right];
    case 'lazy':
      return [definition.getter?.()];
    default:
      return [];
  }
}

export function transformsNothing(schema: z.ZodType, seen: Set<z.ZodType> = new Set()): boolean {
  if (seen.has(schema)) return true;
  seen.add(schema);
  const definition = schema._zod.def as unknown as Definition;
  if (definition.coerce) return false;
  if (LEAVES.has(definition.type)) return true;
  const known = [
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
  ];
  if (!known.includes(definition.type)) return false;
  return children(definition).every((child) => !child || transformsNothing(child, seen));
}
