/**
 * What a zod schema is made of, read from its definition (`_zod.def`) in this one place, the way zod
 * shows library authors (a switch over `$ZodTypes`). The definitions are zod's internals: the types below
 * follow them at compile time, and test/unit/shared/exchange/zod-schema-parts.test.ts fails at run time
 * when an upgrade changes them.
 */
import type * as core from 'zod/v4/core';

export interface SchemaParts {
  /** zod's name of the schema's kind: 'object', 'array', 'default', 'transform'… */
  kind: string;
  /** Whether it coerces its input (`z.coerce.*`). */
  coerces: boolean;
  /** The schemas it is made of, for the kinds that hold some; none for the others. */
  children: core.$ZodType[];
}

/** Thrown when a schema's definition is not what this file knows: zod changed, see its test. */
export class ZodInternalsChanged extends Error {
  override name = 'ZodInternalsChanged';
}

function childrenOf(schema: core.$ZodTypes): Array<core.$ZodType | null | undefined> {
  const def = schema._zod.def;
  switch (def.type) {
    case 'object':
      return [...Object.values(def.shape), def.catchall];
    case 'array':
      return [def.element];
    case 'optional':
    case 'nullable':
    case 'readonly':
    case 'nonoptional':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'success':
      return [def.innerType];
    case 'union':
      return [...def.options];
    case 'tuple':
      return [...def.items, def.rest];
    case 'record':
      return [def.keyType, def.valueType];
    case 'intersection':
      return [def.left, def.right];
    case 'lazy':
      return [def.getter()];
    case 'pipe':
      return [def.in, def.out];
    default:
      return [];
  }
}

export function schemaParts(schema: core.$ZodType): SchemaParts {
  const def: unknown = (schema as { _zod?: { def?: unknown } })._zod?.def;
  if (typeof def !== 'object' || def === null || typeof (def as { type?: unknown }).type !== 'string')
    throw new ZodInternalsChanged('A zod schema has no _zod.def.type: zod changed what shared/exchange reads.');
  const children = childrenOf(schema as core.$ZodTypes).filter(
    (child): child is core.$ZodType => child !== null && child !== undefined,
  );
  return { kind: (def as { type: string }).type, coerces: (def as { coerce?: unknown }).coerce === true, children };
}
