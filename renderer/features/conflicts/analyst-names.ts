/** Names for the analysts behind conflicting values: the writes carry writer ids, the library knows their analysts' names. */
import type { Analyst } from '../../../shared';
import { analystIdOfWriter } from '../../../shared';
import type { RecordConflicts } from '../../db/conflicts';
import type { ImportRecord } from '../../db/database';

export function analystNames(
  items: readonly RecordConflicts[],
  imports: readonly ImportRecord[],
  me: Analyst,
): Map<string, string> {
  const names = new Map<string, string>();
  const add = (analyst: Analyst | undefined) => {
    if (analyst && !names.has(analyst.id)) names.set(analyst.id, analyst.name);
  };
  add(me);
  for (const item of items) {
    add(item.record.updatedBy);
    add(item.record.createdBy);
  }
  for (const entry of [...imports].sort((a, b) => b.importedAt.localeCompare(a.importedAt))) {
    add(entry.exportedBy);
    add(entry.importedBy);
  }
  return names;
}

/** Who wrote a value: names (a writer id names its analyst), or a neutral word for writes from before format 3 or from unknown analysts. */
export function writersOf(
  writes: ReadonlyArray<readonly [string, number]>,
  names: ReadonlyMap<string, string>,
): string {
  const people = [
    ...new Set(
      writes.map(([id]) =>
        id.startsWith('~') ? 'an earlier version' : (names.get(analystIdOfWriter(id)) ?? 'another analyst'),
      ),
    ),
  ];
  return people.join(' and ');
}
