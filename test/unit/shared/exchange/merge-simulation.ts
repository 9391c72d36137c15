/**
 * A small model of a team for the merge properties: analysts who create, edit, delete and restore claims
 * in their own libraries and send each other files (through the real file reader). Every write is
 * logged with the writes its author had seen, so a test can say which values must survive a merge.
 * Each library writes under a writer id of its own and refuses files that claim more of its writes than
 * it made; a forger sends such files (a copy of a library with one record's count of the receiver's
 * writes raised and a value of their own).
 */
import fc from 'fast-check';
import {
  createBundle,
  makeTarget,
  mergeIntoLibrary,
  newClaim,
  readBundle,
  richTextFromPlain,
  serialiseBundle,
  truthScale,
  withChange,
  writerIdOf,
  type Author,
  type Bundle,
  type Claim,
  type Library,
} from '../../../../shared';
import { ARTICLE, documentOf, NOW } from './records';

export const ANALYST_COUNT = 3;
export const CLAIM_FIELDS = [
  'text',
  'claimant',
  'status',
  'verdict',
  'tags',
  'reviewer',
  'rationale',
  'target',
  'deleted',
] as const;
type EditableField = Exclude<(typeof CLAIM_FIELDS)[number], 'deleted'>;
const EDITABLE: readonly EditableField[] = [
  'text',
  'claimant',
  'status',
  'verdict',
  'tags',
  'reviewer',
  'rationale',
  'target',
];
const QUOTES = [
  'Minister says exports doubled',
  'exports doubled in 2023',
  'Critics',
  'disagree',
  'Official figures',
  'a rise of 4%',
];
const STATUSES = ['new', 'researching', 'needs-review', 'final', 'dismissed'] as const;
const STEPS = ['true', 'mostly-true', 'half-true', 'mostly-false', 'false', 'pants-on-fire'];

export type Operation =
  | { kind: 'create'; analyst: number; quote: number }
  | { kind: 'edit'; analyst: number; slot: number; field: EditableField }
  | { kind: 'delete' | 'restore'; analyst: number; slot: number }
  | { kind: 'exchange'; from: number; to: number }
  /** A copy of `from`'s library sent to `to`, whose claim at `slot` (or a new one) counts `excess` more of `to`'s writes than `to` made, with a forged value. */
  | { kind: 'forge'; from: number; to: number; slot: number; field: EditableField; excess: number; newRecord: boolean };

const MALLORY: Author = { id: 'analyst-mallory', name: 'Mallory', writerId: 'analyst-mallory@forger' };

const analystIndex = fc.integer({ min: 0, max: ANALYST_COUNT - 1 });
/** Edits gather on a few claims and fields, so that analysts often write the same field concurrently. */
const slotIndex = fc.oneof(fc.nat(1), fc.nat(20));
const fieldArbitrary = fc.oneof(fc.constantFrom<EditableField>('verdict', 'text'), fc.constantFrom(...EDITABLE));

const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      analyst: analystIndex,
      quote: fc.nat(QUOTES.length - 1),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      analyst: analystIndex,
      slot: slotIndex,
      field: fieldArbitrary,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom('delete' as const, 'restore' as const),
      analyst: analystIndex,
      slot: slotIndex,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('exchange' as const), from: analystIndex, to: analystIndex }),
  },
);

export const historyArbitrary: fc.Arbitrary<Operation[]> = fc.array(operationArbitrary, { maxLength: 50 });

/** Histories with forged files among the honest operations. */
export const forgedHistoryArbitrary: fc.Arbitrary<Operation[]> = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: operationArbitrary },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('forge' as const),
        from: analystIndex,
        to: analystIndex,
        slot: slotIndex,
        field: fieldArbitrary,
        excess: fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 1000 })),
        newRecord: fc.boolean(),
      }),
    },
  ),
  { maxLength: 50 },
);

export interface Write {
  id: number;
  recordId: string;
  field: string;
  value: unknown;
  /** The writes of the same field its author had seen: the ones it replaces. */
  supersedes: Set<number>;
}

export interface Simulation {
  finals: Bundle[];
  writes: Write[];
  createdClaims: string[];
  rejectedFiles: string[];
  /** Honest files a library refused as forged (there must be none). */
  refusedHonest: string[];
  /** Forged files a library took in (there must be none). */
  acceptedForged: string[];
  /** The values the forger wrote: none may reach any library. */
  forgedValues: string[];
}

export function allWrites(simulation: Simulation): Write[] {
  return simulation.writes;
}

interface AnalystState {
  analyst: Author;
  library: Library;
  known: Set<number>;
}

function valueFor(field: EditableField, write: number, text: string): unknown {
  switch (field) {
    case 'status':
      return STATUSES[write % STATUSES.length];
    case 'verdict':
      return write % 7 === 0 ? null : { scaleId: 'scale-truth-6', stepId: STEPS[write % STEPS.length] };
    case 'tags':
      return [`tag-${write}`];
    case 'rationale':
      return richTextFromPlain(`Reason ${write}`);
    case 'target': {
      const quote = QUOTES[write % QUOTES.length] as string;
      const start = text.indexOf(quote);
      return makeTarget(text, start, start + quote.length);
    }
    default:
      return `${field} ${write}`;
  }
}

/** Plays a history and returns each analyst's library as a file, with the log of every write. */
export function runHistory(history: readonly Operation[], analysts: readonly Author[]): Simulation {
  let clock = NOW.getTime();
  const tick = () => new Date((clock += 60_000));
  const writes: Write[] = [];
  const createdClaims: string[] = [];
  const rejectedFiles: string[] = [];
  const refusedHonest: string[] = [];
  const acceptedForged: string[] = [];
  const forgedValues: string[] = [];
  const document = documentOf(ARTICLE, 'doc-shared');
  const states: AnalystState[] = analysts.map((analyst) => ({
    analyst,
    library: { documents: [], claims: [], sources: [], evidence: [], scales: [] },
    known: new Set(),
  }));

  const logWrite = (state: AnalystState, recordId: string, field: string, value: unknown) => {
    const id = writes.length;
    const supersedes = new Set(
      [...state.known].filter((known) => writes[known]?.recordId === recordId && writes[known]?.field === field),
    );
    writes.push({ id, recordId, field, value, supersedes });
    state.known.add(id);
  };
  /** Reads a file as a library does and merges it unless it claims writes of the library it never made; returns whether it was taken in. */
  const receive = (to: AnalystState, text: string): boolean => {
    const read = readBundle(text);
    if (!read.ok) {
      rejectedFiles.push(read.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '));
      return false;
    }
    const step = mergeIntoLibrary(to.library, read.bundle, { ownWriters: [writerIdOf(to.analyst)] });
    if (step.plan.forged.length > 0) return false;
    to.library = step.library;
    return true;
  };
  const send = (from: AnalystState, to: AnalystState) => {
    const text = serialiseBundle(createBundle(from.library, from.analyst, tick()));
    if (!receive(to, text)) {
      refusedHonest.push(`${writerIdOf(from.analyst)} -> ${writerIdOf(to.analyst)}`);
      return;
    }
    for (const id of from.known) to.known.add(id);
  };
  const forge = (from: AnalystState, to: AnalystState, operation: Extract<Operation, { kind: 'forge' }>) => {
    const victim = writerIdOf(to.analyst);
    let claim = claimAt(from, operation.slot);
    if (operation.newRecord || !claim) {
      const quote = QUOTES[operation.slot % QUOTES.length] as string;
      const start = document.text.indexOf(quote);
      claim = {
        ...newClaim(document.id, makeTarget(document.text, start, start + quote.length), to.analyst, tick()),
        id: `forged-${forgedValues.length}`,
      };
    }
    const known = to.library.claims.find((each) => each.id === claim.id)?.sync?.clock[victim] ?? 0;
    const field = operation.field === 'claimant' || operation.field === 'reviewer' ? operation.field : 'text';
    const value = `forged ${forgedValues.length}`;
    forgedValues.push(value);
    const forgedClaim = withChange<Claim>(claim, { [field]: value } as Partial<Claim>, MALLORY, tick());
    const sync = forgedClaim.sync as NonNullable<Claim['sync']>;
    const clock = { ...sync.clock, [victim]: known + operation.excess };
    const forgedRecord: Claim = {
      ...forgedClaim,
      rev: Object.values(clock).reduce((sum, count) => sum + count, 0),
      sync: { ...sync, clock },
    };
    const claims = [...from.library.claims.filter((each) => each.id !== forgedRecord.id), forgedRecord];
    const text = serialiseBundle(createBundle({ ...from.library, claims }, from.analyst, tick()));
    if (receive(to, text))
      acceptedForged.push(`${forgedRecord.id} claims ${known + operation.excess} writes of ${victim}`);
  };
  const putClaim = (state: AnalystState, claim: Claim) => {
    state.library = {
      ...state.library,
      claims: [...state.library.claims.filter((each) => each.id !== claim.id), claim],
    };
  };
  const claimAt = (state: AnalystState, slot: number): Claim | undefined => {
    const claims = [...state.library.claims].sort((a, b) => (a.id < b.id ? -1 : 1));
    return claims.length === 0 ? undefined : claims[slot % claims.length];
  };
  const create = (state: AnalystState, quoteIndex: number) => {
    const quote = QUOTES[quoteIndex] as string;
    const start = document.text.indexOf(quote);
    const claim = {
      ...newClaim(document.id, makeTarget(document.text, start, start + quote.length), state.analyst, tick()),
      id: `claim-${createdClaims.length}`,
    };
    createdClaims.push(claim.id);
    for (const field of CLAIM_FIELDS) logWrite(state, claim.id, field, claim[field]);
    putClaim(state, claim);
  };

  const first = states[0] as AnalystState;
  first.library = { ...first.library, documents: [document], scales: [truthScale] };
  create(first, 1);
  create(first, 2);
  for (const state of states.slice(1)) send(first, state);

  for (const operation of history) {
    if (operation.kind === 'forge') {
      forge(states[operation.from] as AnalystState, states[operation.to] as AnalystState, operation);
      continue;
    }
    if (operation.kind === 'exchange') {
      if (operation.from !== operation.to)
        send(states[operation.from] as AnalystState, states[operation.to] as AnalystState);
      continue;
    }
    const state = states[operation.analyst] as AnalystState;
    if (operation.kind === 'create') {
      create(state, operation.quote);
      continue;
    }
    const claim = claimAt(state, operation.slot);
    if (!claim) continue;
    const field = operation.kind === 'edit' ? operation.field : 'deleted';
    const value =
      operation.kind === 'edit' ? valueFor(operation.field, writes.length, document.text) : operation.kind === 'delete';
    logWrite(state, claim.id, field, value);
    putClaim(state, withChange<Claim>(claim, { [field]: value } as Partial<Claim>, state.analyst, tick()));
  }
  return {
    finals: states.map((state) => createBundle(state.library, state.analyst, tick())),
    writes,
    createdClaims,
    rejectedFiles,
    refusedHonest,
    acceptedForged,
    forgedValues,
  };
}
