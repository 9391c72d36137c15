/**
 * Keeps a record's merge metadata up to date: a new record starts its clock, every local change is a
 * write that names the fields it set, and a record from before format 3 gets a history derived from its content.
 */
import { hashText } from '../text/hash';
import { canonicalJson } from '../text/canonical-json';
import type { Dot, RecordSync, SyncEntry, WriteGroup } from './sync-schema';

/** Fields that are never merged value by value: identities, library-local facts, stamps and metadata. */
export const NOT_MERGED: ReadonlySet<string> = new Set([
  'id',
  'documentId',
  'importedAt',
  'blocks',
  'textHash',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'rev',
  'sync',
  'origin',
]);

/** The sync of a record its analyst has just created: one write that set every field. */
export function createdSync(analystId: string): RecordSync {
  return { clock: { [analystId]: 1 }, base: [analystId, 1] };
}

/**
 * A history for a record that has none (written before format 3): its whole state is one write by a
 * stand-in analyst named after a hash of its content, counted `rev` times. Equal records get equal
 * histories, so copies of the same record still merge cleanly; different ones meet as concurrent edits.
 */
export function legacySync(record: Readonly<Record<string, unknown>>): RecordSync {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record))
    if (key !== 'id' && key !== 'documentId' && key !== 'importedAt' && key !== 'sync' && key !== 'origin')
      content[key] = value;
  const writer = `~${hashText(canonicalJson(content)).slice(0, 20)}`;
  const rev =
    typeof record['rev'] === 'number' && Number.isInteger(record['rev']) && record['rev'] >= 1 ? record['rev'] : 1;
  return { clock: { [writer]: rev }, base: [writer, rev] };
}

/** The record's sync, or the derived one of a record from before format 3. */
export function syncOf(record: Readonly<Record<string, unknown>>): RecordSync {
  return (record['sync'] as RecordSync | undefined) ?? legacySync(record);
}

/**
 * The sync after `analystId` wrote `fields`: their clock ticks, and each field written now has this
 * write as its only value (a write made while seeing every concurrent value resolves the conflict).
 */
export function syncAfterWrite(
  record: Readonly<Record<string, unknown>>,
  fields: readonly string[],
  analystId: string,
): RecordSync {
  const previous = syncOf(record);
  const count = (previous.clock[analystId] ?? 0) + 1;
  const dot: Dot = [analystId, count];
  const writes = writeMap(previous);
  const concurrent = { ...previous.concurrent };
  for (const field of fields) {
    if (NOT_MERGED.has(field)) continue;
    writes.set(field, dot);
    delete concurrent[field];
  }
  return compactSync({
    clock: sortedClock({ ...previous.clock, [analystId]: count }),
    base: previous.base,
    writes: groupWrites(writes, previous.base),
    concurrent,
  });
}

/** Which write set each field named in `writes`. */
export function writeMap(sync: RecordSync): Map<string, Dot> {
  const map = new Map<string, Dot>();
  for (const [analyst, count, fields] of sync.writes ?? [])
    for (const field of fields) map.set(field, [analyst, count]);
  return map;
}

/** Fields grouped by the write that set them, in a canonical order: writes by count then analyst, fields by name; the base write is implied. */
export function groupWrites(writes: ReadonlyMap<string, Dot>, base: Dot): WriteGroup[] {
  const groups = new Map<string, WriteGroup>();
  for (const [field, dot] of writes) {
    if (sameDot(dot, base)) continue;
    const key = `${dot[1]}\u0000${dot[0]}`;
    const group = groups.get(key) ?? [dot[0], dot[1], []];
    group[2].push(field);
    groups.set(key, group);
  }
  for (const group of groups.values()) group[2].sort();
  return [...groups.values()].sort((a, b) => compareDots([a[0], a[1]], [b[0], b[1]]));
}

/** Drops empty lists and maps so that the same state is always written the same way. */
export function compactSync(sync: RecordSync): RecordSync {
  const result: RecordSync = { clock: sync.clock, base: sync.base };
  if (sync.writes && sync.writes.length > 0) result.writes = sync.writes;
  if (sync.concurrent && Object.keys(sync.concurrent).length > 0) result.concurrent = sync.concurrent;
  return result;
}

export function sortedClock(clock: Readonly<Record<string, number>>): Record<string, number> {
  const sorted: Record<string, number> = {};
  for (const key of Object.keys(clock).sort()) sorted[key] = clock[key] as number;
  return sorted;
}

/** The number of writes a clock counts: the record's revision. */
export function clockTotal(clock: Readonly<Record<string, number>>): number {
  let total = 0;
  for (const key in clock) total += clock[key] as number;
  return total;
}

/** The values a field holds: one, or several concurrent ones. Pass `writes` (writeMap) when reading many fields. */
export function fieldEntries(
  record: Readonly<Record<string, unknown>>,
  sync: RecordSync,
  field: string,
  writes: ReadonlyMap<string, Dot> = writeMap(sync),
): SyncEntry[] {
  const concurrent = sync.concurrent?.[field];
  if (concurrent) return concurrent;
  return [{ dot: writes.get(field) ?? sync.base, value: record[field] }];
}

/** Whether a clock has seen a write. */
export function hasSeen(clock: Readonly<Record<string, number>>, dot: Dot): boolean {
  return (clock[dot[0]] ?? 0) >= dot[1];
}

/** Orders writes by count, then analyst id: the order concurrent values are stored and shown in. */
export function compareDots(a: Dot, b: Dot): number {
  return a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

export function sameDot(a: Dot, b: Dot): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Whether the writes are grouped as groupWrites would group them (a file written by hand may not be). */
export function canonicalWrites(sync: RecordSync): boolean {
  const seen = new Set<string>();
  let previous: Dot | null = null;
  for (const [analyst, count, fields] of sync.writes ?? []) {
    const dot: Dot = [analyst, count];
    if (sameDot(dot, sync.base) || (previous && compareDots(previous, dot) >= 0)) return false;
    for (let index = 0; index < fields.length; index += 1) {
      const field = fields[index] as string;
      if (seen.has(field) || (index > 0 && (fields[index - 1] as string) >= field)) return false;
      seen.add(field);
    }
    previous = dot;
  }
  return true;
}
