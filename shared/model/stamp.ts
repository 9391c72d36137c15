/** Who-and-when stamps for created and changed records. */
import type { Analyst } from './schema';

export interface Stamped {
  createdAt: string;
  createdBy: Analyst;
  updatedAt: string;
  updatedBy: Analyst;
  rev: number;
}

export function createdStamp(analyst: Analyst, now: Date = new Date()): Stamped {
  const at = now.toISOString();
  return { createdAt: at, createdBy: analyst, updatedAt: at, updatedBy: analyst, rev: 1 };
}

/** Applies a change to a record and stamps it with the analyst, the time and the next revision. */
export function withChange<T extends Stamped>(record: T, change: Partial<T>, analyst: Analyst, now: Date = new Date()): T {
  return { ...record, ...change, updatedAt: now.toISOString(), updatedBy: analyst, rev: record.rev + 1 };
}
