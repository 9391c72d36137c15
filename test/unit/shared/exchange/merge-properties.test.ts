// Property-based tests of the merge over random edit histories of three libraries that exchange files:
// every merge order converges, merging is idempotent and associative, and no write is ever lost. The
// libraries are three analysts', or one analyst's on two machines and a teammate's; forged files that
// claim writes a library never made are refused, so no honest write is lost whatever a file claims.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  fieldEntries,
  mergeBundles,
  shownValue,
  syncOf,
  type Analyst,
  type Author,
  type Bundle,
} from '../../../../shared';
import { ann, bob } from './records';
import {
  allWrites,
  ANALYST_COUNT,
  CLAIM_FIELDS,
  forgedHistoryArbitrary,
  historyArbitrary,
  runHistory,
  type Operation,
  type Simulation,
} from './merge-simulation';

const carl: Analyst = { id: 'analyst-carl', name: 'Carl Checker' };
/** Libraries from before writer ids write as their analyst; today each library has a writer id of its own. */
const TEAMS: Array<[string, Author[]]> = [
  ['three analysts whose libraries write as the analyst', [ann, bob, carl]],
  [
    'three analysts whose libraries have writer ids',
    [
      { ...ann, writerId: `${ann.id}@1111aaaa` },
      { ...bob, writerId: `${bob.id}@2222bbbb` },
      { ...carl, writerId: `${carl.id}@3333cccc` },
    ],
  ],
  [
    'one analyst on two machines and a teammate',
    [
      { ...ann, writerId: `${ann.id}@1a7b0e11` },
      { ...ann, writerId: `${ann.id}@de5c70b2` },
      { ...bob, writerId: `${bob.id}@2222bbbb` },
    ],
  ],
];
const exporter: Analyst = { id: 'analyst-merger', name: 'Merger' };
const AT = new Date('2025-06-01T00:00:00.000Z');

/** A library as comparable text: records sorted by id, keys sorted, the export stamp fixed. */
function contentOf(bundle: Bundle): string {
  return canonicalJson({ ...bundle, exportedAt: AT.toISOString(), exportedBy: exporter });
}

function merged(bundles: readonly Bundle[]): Bundle {
  return mergeBundles(bundles, exporter, AT).bundle;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

const RUNS = { numRuns: 100 };

describe.each(TEAMS)('merging the libraries of %s after random edits and exchanges', (_team, team) => {
  it('gives the same library in every order', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        const { finals } = runHistory(history, team);
        const results = permutations(finals).map((order) => contentOf(merged(order)));
        expect(new Set(results).size).toBe(1);
      }),
      RUNS,
    );
  });

  it('is idempotent: a library merged with itself, or with a file it already merged, does not change', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        const { finals } = runHistory(history, team);
        for (const bundle of finals) expect(contentOf(merged([bundle, bundle]))).toBe(contentOf(merged([bundle])));
        const [first, second] = finals as [Bundle, Bundle];
        const once = merged([first, second]);
        expect(contentOf(merged([once, second]))).toBe(contentOf(once));
        expect(contentOf(merged([once, first]))).toBe(contentOf(once));
      }),
      RUNS,
    );
  });

  it('is associative: (A + B) + C equals A + (B + C)', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        const [a, b, c] = runHistory(history, team).finals as [Bundle, Bundle, Bundle];
        expect(contentOf(merged([merged([a, b]), c]))).toBe(contentOf(merged([a, merged([b, c])])));
      }),
      RUNS,
    );
  });

  it('loses nothing: each field keeps exactly the writes no later write has seen, and shows one of them', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => expectNothingLost(runHistory(history, team))),
      RUNS,
    );
  });

  it('stays valid: every exchanged file, and the merged library, reads back through the file reader', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        const simulation = runHistory(history, team);
        expect(simulation.rejectedFiles).toEqual([]);
        expect(simulation.refusedHonest).toEqual([]);
        expect(simulation.finals).toHaveLength(ANALYST_COUNT);
      }),
      { numRuns: 30 },
    );
  });
});

describe.each(TEAMS.slice(1))('forged files among the exchanges of %s', (_team, team) => {
  const run = (history: Operation[]) => runHistory(history, team);

  it('are all refused, and no honest file is', () => {
    fc.assert(
      fc.property(forgedHistoryArbitrary, (history) => {
        const simulation = run(history);
        expect(simulation.acceptedForged).toEqual([]);
        expect(simulation.refusedHonest).toEqual([]);
        expect(simulation.rejectedFiles).toEqual([]);
      }),
      RUNS,
    );
  });

  it('lose no honest write and leave no forged value in any library, whatever they claim', () => {
    fc.assert(
      fc.property(forgedHistoryArbitrary, (history) => {
        const simulation = run(history);
        expectNothingLost(simulation);
        const everything = simulation.finals.map((bundle) => JSON.stringify(bundle)).join('\n');
        for (const value of simulation.forgedValues) expect(everything).not.toContain(JSON.stringify(value));
        expect(everything).not.toContain('analyst-mallory');
      }),
      RUNS,
    );
  });

  it('leave every merge order giving the same library', () => {
    fc.assert(
      fc.property(forgedHistoryArbitrary, (history) => {
        const { finals } = run(history);
        expect(new Set(permutations(finals).map((order) => contentOf(merged(order)))).size).toBe(1);
      }),
      { numRuns: 50 },
    );
  });
});

/** Each field of the merged library keeps exactly the honest writes no later write has seen, and every claim anyone made is there. */
function expectNothingLost(simulation: Simulation): void {
  const result = merged(simulation.finals);
  const writes = allWrites(simulation);
  for (const claim of result.claims) {
    const sync = syncOf(claim);
    for (const field of CLAIM_FIELDS) {
      const onField = writes.filter((write) => write.recordId === claim.id && write.field === field);
      const superseded = new Set(onField.flatMap((write) => [...write.supersedes]));
      const expected = new Set(
        onField.filter((write) => !superseded.has(write.id)).map((write) => canonicalJson(write.value)),
      );
      const entries = fieldEntries(claim, sync, field);
      expect(new Set(entries.map((entry) => canonicalJson(entry.value)))).toEqual(expected);
      const shown = claim[field as keyof typeof claim];
      expect(shown).toEqual(shownValue(field, entries));
      if (field === 'deleted') expect(shown).toBe([...expected].includes('true'));
    }
  }
  // Every claim any analyst made is in the merged library.
  expect(new Set(result.claims.map((claim) => claim.id))).toEqual(new Set(simulation.createdClaims));
}
