/**
 * The one thing a library knows for certain about a file: how many writes its own writer ids made to
 * each record. A record of a file that counts more of them than the library's copy does (or any, when
 * the library has no copy) claims writes this library never made: its history is forged or damaged,
 * and the file is refused before anything is written (docs/format.md, "Writes nobody made").
 */
import type { Bundle } from './bundle-schema';
import type { LocalRecords } from './merge-library';
import type { RecordKind } from './merge-record';
import type { Problem } from './problems';
import { syncOf } from '../model/record-sync';

/** One record of a file that claims writes of this library it never made. */
export interface ForgedWrite {
  kind: RecordKind;
  /** The record's place in the file's list, for the JSON path. */
  index: number;
  id: string;
  /** A few words that let the analyst find the record: a claim's wording or quote, a title. */
  label: string;
  writer: string;
  /** The writes of `writer` the file's record counts. */
  claimed: number;
  /** The writes of `writer` the library's copy counts: 0 when the library has no copy. */
  known: number;
}

type Counted = Readonly<Record<string, unknown>>;

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

function labelOf(kind: RecordKind, record: Counted): string {
  const text = (key: string): string => (typeof record[key] === 'string' ? (record[key] as string) : '');
  if (kind === 'claims') {
    const target = record['target'] as { exact?: unknown } | undefined;
    return short(text('text') || (typeof target?.exact === 'string' ? target.exact : ''));
  }
  if (kind === 'documents') return short(text('title'));
  if (kind === 'sources') return short(text('title') || text('url'));
  return short(text('quote'));
}

const NOUNS: Record<RecordKind, string> = {
  documents: 'document',
  claims: 'claim',
  sources: 'source',
  evidence: 'evidence link',
};

/**
 * The records of `bundle` that count more writes of `ownWriters` than the library's copy. A document's
 * copy is the library's document with the same text, else the one with the same id (an article whose text
 * the library edited since); other records are matched by id, as the merge matches them.
 */
export function forgedWrites(
  bundle: Bundle,
  local: Pick<LocalRecords, 'documents' | 'claims' | 'sources' | 'evidence'>,
  ownWriters: Iterable<string>,
): ForgedWrite[] {
  const writers = [...new Set(ownWriters)];
  const forged: ForgedWrite[] = [];
  if (writers.length === 0) return forged;
  const check = (kind: RecordKind, records: readonly Counted[], copyOf: (record: Counted) => Counted | undefined) =>
    records.forEach((record, index) => {
      const claimedClock = syncOf(record).clock;
      let copy: Counted | undefined | null = null;
      for (const writer of writers) {
        const claimed = claimedClock[writer] ?? 0;
        if (claimed === 0) continue;
        if (copy === null) copy = copyOf(record);
        const known = copy ? (syncOf(copy).clock[writer] ?? 0) : 0;
        if (claimed > known)
          forged.push({ kind, index, id: String(record['id']), label: labelOf(kind, record), writer, claimed, known });
      }
    });
  const byHash = new Map(local.documents.map((document) => [document.textHash, document]));
  const documentsById = new Map(local.documents.map((document) => [document.id, document]));
  check(
    'documents',
    bundle.documents,
    (document) => byHash.get(document['textHash'] as string) ?? documentsById.get(document['id'] as string),
  );
  const byId = (records: ReadonlyArray<{ id: string }>) => {
    const map = new Map<string, Counted>(records.map((record) => [record.id, record as unknown as Counted]));
    return (record: Counted) => map.get(record['id'] as string);
  };
  check('claims', bundle.claims, byId(local.claims));
  check('sources', bundle.sources, byId(local.sources));
  check('evidence', bundle.evidence, byId(local.evidence));
  return forged;
}

/** The refusal, one problem per forged record, naming it and the impossible count. */
export function forgedWriteProblems(forged: readonly ForgedWrite[]): Problem[] {
  return forged.map(({ kind, index, id, label, writer, claimed, known }) => {
    const what = `${NOUNS[kind]}${label ? ` “${label}”` : ''} (id ${id})`;
    const have =
      known === 0 ? 'this library has no such record' : `this library has made ${known.toLocaleString('en')}`;
    return {
      path: `$.${kind}[${index}].sync.clock`,
      message: `the ${what} counts ${claimed.toLocaleString('en')} write${claimed === 1 ? '' : 's'} by this library (writer "${writer}"), but ${have}: writes nobody made, so its history is forged or damaged`,
    };
  });
}
