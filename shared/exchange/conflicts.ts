/**
 * Open conflicts of a record: fields that two analysts set to different values without seeing each
 * other's write. `deleted` is never a conflict (a deletion wins), nor are concurrent writes of the same value.
 */
import { canonicalJson } from '../text/canonical-json';
import type { RecordKind } from './merge-record';
import type { Dot, RecordSync } from '../model/sync-schema';

export interface ConflictValue {
  value: unknown;
  /** The writes that set this value: analyst id and their count of writes to the record. */
  writes: Dot[];
}

export interface FieldConflict {
  field: string;
  /** Two or more distinct values, in the order of their writes. */
  values: ConflictValue[];
}

/** The conflicts a live record holds; none for a deleted record (they come back with it if it is restored). */
export function openConflicts(_kind: RecordKind, record: object): FieldConflict[] {
  const { sync, deleted } = record as { sync?: RecordSync; deleted?: boolean };
  if (!sync?.concurrent || deleted === true) return [];
  const conflicts: FieldConflict[] = [];
  for (const [field, entries] of Object.entries(sync.concurrent)) {
    if (field === 'deleted') continue;
    const values = new Map<string, ConflictValue>();
    for (const entry of entries) {
      const key = canonicalJson(entry.value);
      const known = values.get(key);
      if (known) known.writes.push(entry.dot);
      else values.set(key, { value: entry.value, writes: [entry.dot] });
    }
    if (values.size > 1) conflicts.push({ field, values: [...values.values()] });
  }
  return conflicts;
}

export function hasOpenConflict(kind: RecordKind, record: object): boolean {
  return openConflicts(kind, record).length > 0;
}
