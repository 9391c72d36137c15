/**
 * A fast check of a record's `sync`, answering exactly as the schema from syncSchemaFor does (a property
 * test holds them together). Every record of a large bundle has one, and zod spends more on these small
 * tuples and maps than on the rest of the record; the schema still gives the messages when this says no.
 */
import type { z } from 'zod';

const MAX_ID = 200;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAnalystId(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID;
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

function isDot(value: unknown): boolean {
  return Array.isArray(value) && value.length === 2 && isAnalystId(value[0]) && isCount(value[1]);
}

function isWriteGroup(value: unknown, fields: ReadonlySet<string>): boolean {
  if (!Array.isArray(value) || value.length !== 3 || !isAnalystId(value[0]) || !isCount(value[1])) return false;
  const named: unknown = value[2];
  return (
    Array.isArray(named) && named.length >= 1 && named.every((field) => typeof field === 'string' && fields.has(field))
  );
}

function isEntryList(value: unknown, schema: z.ZodType): boolean {
  if (!Array.isArray(value) || value.length < 2) return false;
  return value.every((entry) => {
    if (!isPlainObject(entry)) return false;
    for (const key in entry) if (key !== 'dot' && key !== 'value') return false;
    return isDot(entry['dot']) && schema.safeParse(entry['value']).success;
  });
}

/** A checker for the `sync` of records whose merged fields and their schemas are given. */
export function syncChecker(
  shape: Readonly<Record<string, z.ZodType>>,
  fieldList: readonly string[],
): (value: unknown) => boolean {
  const fields = new Set(fieldList);
  return (value) => {
    if (!isPlainObject(value)) return false;
    for (const key in value)
      if (key !== 'clock' && key !== 'base' && key !== 'writes' && key !== 'concurrent') return false;
    const { clock, base, writes, concurrent } = value;
    if (!isPlainObject(clock) || !isDot(base)) return false;
    for (const analyst in clock) if (!isAnalystId(analyst) || !isCount(clock[analyst])) return false;
    if (writes !== undefined && !(Array.isArray(writes) && writes.every((group) => isWriteGroup(group, fields))))
      return false;
    if (concurrent === undefined) return true;
    if (!isPlainObject(concurrent)) return false;
    for (const field in concurrent) {
      const schema = shape[field];
      if (!fields.has(field) || !schema || (concurrent[field] !== undefined && !isEntryList(concurrent[field], schema)))
        return false;
    }
    return true;
  };
}
