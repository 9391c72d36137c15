/** Who-and-when stamps for created and changed records. */
import { createdSync, syncAfterWrite } from './record-sync';
import type { RecordSync } from './sync-schema';
import type { Analyst } from './schema';

export interface Stamped {
  createdAt: string;
  createdBy: Analyst;
  updatedAt: string;
  updatedBy: Analyst;
  rev: number;
  sync?: RecordSync;
}

export function createdStamp(analyst: Analyst, now: Date = new Date()): Stamped {
  const at = now.toISOString();
  return {
    createdAt: at,
    createdBy: analyst,
    updatedAt: at,
    updatedBy: analyst,
    rev: 1,
    sync: createdSync(analyst.id),
  };
}

/** Applies a change to a record and stamps it with the analyst, the time and the next revision (a write the merge can tell apart). */
export function withChange<T extends Stamped>(
  record: T,
  change: Partial<T>,
  analyst: Analyst,
  now: Date = new Date(),
): T {
  const sync = syncAfterWrite(record as unknown as Record<string, unknown>, Object.keys(change), analyst.id);
  return { ...record, ...change, updatedAt: now.toISOString(), updatedBy: analyst, rev: record.rev + 1, sync };
}
