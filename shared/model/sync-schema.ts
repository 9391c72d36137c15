/**
 * The merge metadata every record carries (`sync`) and the local provenance of imported records
 * (`origin`): the schemas, shared by the record schemas and the bundle. See docs/format.md, "Merge".
 */
import { z } from 'zod';

const analystId = z.string().min(1).max(200);

/** One write: the analyst who made it and their count of writes to this record, `["analyst-id", 3]`. */
export const dotSchema = z.tuple([analystId, z.number().int().min(1)]);

/** A write that set some fields after the record was made: the analyst, their count, and the fields, `["analyst-id", 3, ["status", "verdict"]]`. */
export function writeGroupSchema<T extends z.ZodType<string>>(field: T) {
  return z.tuple([analystId, z.number().int().min(1), z.array(field).min(1)]);
}

/** A value of one field with the write that set it. */
export function entrySchema<T extends z.ZodType>(value: T) {
  return z.strictObject({ dot: dotSchema, value });
}

/**
 * The generic shape, as the library stores it: `clock` counts every analyst's writes the record has
 * seen; `base` is the write that set every field no later write in `writes` names; `concurrent` holds
 * the values of fields that two analysts wrote without seeing each other's write (a conflict, except
 * for `deleted`).
 */
export const recordSyncSchema = z.strictObject({
  clock: z.record(analystId, z.number().int().min(1)),
  base: dotSchema,
  writes: z.array(writeGroupSchema(z.string())).optional(),
  concurrent: z.record(z.string(), z.array(entrySchema(z.unknown())).min(2)).optional(),
});

/**
 * The same shape with the field names and values of one record kind, as a bundle must hold it: only
 * fields the record has, each concurrent value valid for its field.
 */
export function syncSchemaFor(shape: Readonly<Record<string, z.ZodType>>, fields: readonly [string, ...string[]]) {
  const concurrent: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const value = shape[field];
    if (!value) throw new Error(`no field "${field}" in the record schema`);
    concurrent[field] = z.array(entrySchema(value)).min(2).optional();
  }
  const precise = z.strictObject({
    clock: z.record(analystId, z.number().int().min(1)),
    base: dotSchema,
    writes: z.array(writeGroupSchema(z.enum(fields))).optional(),
    concurrent: z.strictObject(concurrent).optional(),
  });
  // Typed as the generic shape: code reads records of every kind the same way.
  return precise as unknown as typeof recordSyncSchema;
}

/** Where an imported record came from, kept in the library only (never exported). */
export const recordOriginSchema = z.strictObject({
  file: z.string().max(1000),
  importedBy: z.strictObject({ id: analystId, name: z.string().min(1).max(200) }),
  importedAt: z.iso.datetime({ offset: true }),
  /** Who exported the file, as its header says. */
  exportedBy: z.strictObject({ id: analystId, name: z.string().min(1).max(200) }),
});

export type Dot = z.infer<typeof dotSchema>;
export type WriteGroup = [analystId: string, count: number, fields: string[]];
export type RecordSync = z.infer<typeof recordSyncSchema>;
export type SyncEntry = { dot: Dot; value: unknown };
export type RecordOrigin = z.infer<typeof recordOriginSchema>;
