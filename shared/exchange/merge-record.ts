/**
 * Merges two versions of one record field by field. Each field keeps the writes that neither side has
 * overwritten knowingly; two such writes with different values are a conflict, and both are kept. The
 * result depends only on the two states, never on which is local, so merging is commutative,
 * associative and idempotent (see docs/format.md, "Merge").
 */
import type { z } from 'zod';
import { claimSchema, documentSchema, evidenceSchema, sourceSchema } from '../model/schema';
import { canonicalJson, sameValue } from '../text/canonical-json';
import {
  clockTotal,
  compactSync,
  compareDots,
  fieldEntries,
  groupWrites,
  hasSeen,
  NOT_MERGED,
  sameDot,
  sortedClock,
  syncOf,
  writeMap,
} from '../model/record-sync';
import type { Dot, RecordSync, SyncEntry } from '../model/sync-schema';

export type RecordKind = 'documents' | 'claims' | 'sources' | 'evidence';

/** A document's text is fixed: the same article is recognised by it, never merged. */
const DOCUMENT_FIXED = new Set(['text', 'blocks', 'textHash']);

type FieldList = readonly [string, ...string[]];

function fieldsOfShape(shape: Readonly<Record<string, z.ZodType>>, fixed: ReadonlySet<string> = new Set()): FieldList {
  return Object.keys(shape).filter((key) => !NOT_MERGED.has(key) && !fixed.has(key)) as unknown as FieldList;
}

/** The fields merged value by value, per record kind, in schema order. */
export const MERGED_FIELDS: Readonly<Record<RecordKind, FieldList>> = {
  documents: fieldsOfShape(documentSchema.shape, DOCUMENT_FIXED),
  claims: fieldsOfShape(claimSchema.shape),
  sources: fieldsOfShape(sourceSchema.shape),
  evidence: fieldsOfShape(evidenceSchema.shape),
};

type Stamped = Record<string, unknown> & {
  id: string;
  createdAt: string;
  updatedAt: string;
  createdBy: { id: string; name: string };
  updatedBy: { id: string; name: string };
};

function dotKey(dot: Dot): string {
  return `${dot[1]}\u0000${dot[0]}`;
}

/** Two states that claim the same write with different values (a damaged file): the larger value wins, the same way everywhere. */
function sameWrite(a: SyncEntry, b: SyncEntry): SyncEntry {
  if (sameValue(a.value, b.value)) return a;
  return canonicalJson(a.value) >= canonicalJson(b.value) ? a : b;
}

/** The writes of a field that survive: those both sides hold, and those the other side has not yet seen. */
export function mergeEntries(
  a: readonly SyncEntry[],
  aClock: RecordSync['clock'],
  b: readonly SyncEntry[],
  bClock: RecordSync['clock'],
): SyncEntry[] {
  if (a.length === 1 && b.length === 1 && sameDot((a[0] as SyncEntry).dot, (b[0] as SyncEntry).dot))
    return [sameWrite(a[0] as SyncEntry, b[0] as SyncEntry)];
  const kept = new Map<string, SyncEntry>();
  const inB = new Map(b.map((entry) => [dotKey(entry.dot), entry]));
  for (const entry of a) {
    const key = dotKey(entry.dot);
    const twin = inB.get(key);
    if (twin) kept.set(key, sameWrite(entry, twin));
    else if (!hasSeen(bClock, entry.dot)) kept.set(key, entry);
  }
  const inA = new Set(a.map((entry) => dotKey(entry.dot)));
  for (const entry of b)
    if (!inA.has(dotKey(entry.dot)) && !hasSeen(aClock, entry.dot)) kept.set(dotKey(entry.dot), entry);
  // Each side overwrote what the other holds: only a damaged history does that; keep everything.
  const entries = kept.size > 0 ? [...kept.values()] : [...a, ...b.filter((entry) => !inA.has(dotKey(entry.dot)))];
  return entries.sort((x, y) => compareDots(x.dot, y.dot));
}

/** The value a field shows: its only value; for `deleted`, deleted if any concurrent write deleted; else the latest write's. */
export function shownValue(field: string, entries: readonly SyncEntry[]): unknown {
  if (entries.length === 1) return (entries[0] as SyncEntry).value;
  if (field === 'deleted') return entries.some((entry) => entry.value === true);
  return (entries[entries.length - 1] as SyncEntry).value;
}

function earlier(a: Stamped, b: Stamped): Stamped {
  return a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.createdBy.id <= b.createdBy.id) ? a : b;
}

function later(a: Stamped, b: Stamped): Stamped {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  if (a.updatedBy.id !== b.updatedBy.id) return a.updatedBy.id > b.updatedBy.id ? a : b;
  return a.updatedBy.name >= b.updatedBy.name ? a : b;
}

/**
 * `local` and `incoming` merged. Identity and library-local fields (id, documentId, origin, the
 * document text) come from `local`; everything else is symmetric.
 */
export function mergeRecord<T extends object>(kind: RecordKind, local: T, incoming: T): T {
  const a = local as unknown as Stamped;
  const b = incoming as unknown as Stamped;
  const syncA = syncOf(a);
  const syncB = syncOf(b);
  const clock: Record<string, number> = { ...syncA.clock };
  for (const [analyst, count] of Object.entries(syncB.clock)) clock[analyst] = Math.max(clock[analyst] ?? 0, count);
  const base = minDot(syncA.base, syncB.base);
  const merged: Record<string, unknown> = { ...a };
  const writes = new Map<string, Dot>();
  const concurrent: Record<string, SyncEntry[]> = {};
  const writesA = writeMap(syncA);
  const writesB = writeMap(syncB);
  for (const field of MERGED_FIELDS[kind]) {
    const entries = mergeEntries(
      fieldEntries(a, syncA, field, writesA),
      syncA.clock,
      fieldEntries(b, syncB, field, writesB),
      syncB.clock,
    );
    merged[field] = shownValue(field, entries);
    if (entries.length > 1) concurrent[field] = entries;
    else writes.set(field, (entries[0] as SyncEntry).dot);
  }
  const created = earlier(a, b);
  const updated = later(a, b);
  merged['createdAt'] = created.createdAt;
  merged['createdBy'] = created.createdBy;
  merged['updatedAt'] = updated.updatedAt;
  merged['updatedBy'] = updated.updatedBy;
  if (typeof a['importedAt'] === 'string' && typeof b['importedAt'] === 'string' && b['importedAt'] < a['importedAt'])
    merged['importedAt'] = b['importedAt'];
  const sortedClockValue = sortedClock(clock);
  merged['rev'] = clockTotal(sortedClockValue);
  merged['sync'] = compactSync({ clock: sortedClockValue, base, writes: groupWrites(writes, base), concurrent });
  return merged as T;
}

/** The smaller of two writes by analyst id, then count: the canonical base of a merged record. */
function minDot(a: Dot, b: Dot): Dot {
  if (a[0] !== b[0]) return a[0] < b[0] ? a : b;
  return a[1] <= b[1] ? a : b;
}
