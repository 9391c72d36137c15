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

/**
 * Who is writing: the analyst stamped on the records (`createdBy`, `updatedBy`) and, in a library, the
 * writer id its writes are named by (see exchange/writers.ts). Without one, writes are named by the
 * analyst id, as the command line and libraries from before writer ids name them.
 */
export interface Author extends Analyst {
  writerId?: string;
}

/** The analyst of an author, exactly `{id, name}`: what records, bundles and logs store (never the writer id). */
export function analystOf(author: Analyst): Analyst {
  return { id: author.id, name: author.name };
}

/** The id an author's writes are named by. */
export function writerIdOf(author: Author): string {
  return author.writerId ?? author.id;
}

export function createdStamp(author: Author, now: Date = new Date()): Stamped {
  const at = now.toISOString();
  const analyst = analystOf(author);
  return {
    createdAt: at,
    createdBy: analyst,
    updatedAt: at,
    updatedBy: analyst,
    rev: 1,
    sync: createdSync(writerIdOf(author)),
  };
}

/** Applies a change to a record and stamps it with the analyst, the time and the next revision (a write the merge can tell apart). */
export function withChange<T extends Stamped>(
  record: T,
  change: Partial<T>,
  author: Author,
  now: Date = new Date(),
): T {
  const sync = syncAfterWrite(record as unknown as Record<string, unknown>, Object.keys(change), writerIdOf(author));
  return {
    ...record,
    ...change,
    updatedAt: now.toISOString(),
    updatedBy: analystOf(author),
    rev: record.rev + 1,
    sync,
  };
}
