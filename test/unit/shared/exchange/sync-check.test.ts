// The hand-written check of `sync` must answer exactly as the schema the JSON Schema is generated from,
// for well-formed and damaged histories alike; otherwise the fast path would let a bad file in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimSchema, evidenceSchema, MERGED_FIELDS, syncChecker, syncSchemaFor, truthScale } from '../../../../shared';

const FIELDS = MERGED_FIELDS.claims;
const precise = syncSchemaFor(claimSchema.shape, FIELDS);
const fast = syncChecker(claimSchema.shape, FIELDS);

const goodId = fc.constantFrom('analyst-ana', 'analyst-bob', '~0ac816137152a11572de');
const goodDot = fc.tuple(goodId, fc.integer({ min: 1, max: 9 }));
const VALUES: Record<string, fc.Arbitrary<unknown>> = {
  verdict: fc.oneof(
    fc.constant(null),
    fc.record({ scaleId: fc.constant(truthScale.id), stepId: fc.constantFrom('true', 'false') }),
  ),
  status: fc.constantFrom('new', 'final'),
  text: fc.string({ maxLength: 5 }),
  deleted: fc.boolean(),
};
const goodConcurrent = fc.dictionary(
  fc.constantFrom(...Object.keys(VALUES)),
  // Values drawn for some field, not always the one they are listed under: both kinds of list are checked.
  fc.constantFrom(...Object.keys(VALUES)).chain((key) =>
    fc.array(fc.record({ dot: goodDot, value: VALUES[key] as fc.Arbitrary<unknown> }), {
      minLength: 2,
      maxLength: 3,
    }),
  ),
  { maxKeys: 2 },
);
const goodSync = fc.record(
  {
    clock: fc.dictionary(goodId, fc.integer({ min: 1, max: 9 }), { minKeys: 1, maxKeys: 3 }),
    base: goodDot,
    writes: fc.array(
      fc.tuple(
        goodId,
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.constantFrom(...FIELDS), { minLength: 1, maxLength: 3 }),
      ),
      { maxLength: 3 },
    ),
    concurrent: goodConcurrent,
  },
  { requiredKeys: ['clock', 'base'] },
);

/** One thing broken in a history: a wrong type, a bad count or id, an unknown field or key, a short list. */
const BAD: ReadonlyArray<[string, unknown]> = [
  ['clock', []],
  ['clock', { '': 1 }],
  ['clock', { a: 0 }],
  ['clock', { a: 1.5 }],
  ['clock', { ['x'.repeat(201)]: 1 }],
  ['base', ['a']],
  ['base', ['a', 1, 2]],
  ['base', ['a', Number.MAX_SAFE_INTEGER + 1]],
  ['base', 'a@1'],
  ['writes', [['a', 1, []]]],
  ['writes', [['a', 1, ['documentId']]]],
  ['writes', [['a', 1]]],
  ['writes', {}],
  ['concurrent', { origin: [] }],
  ['concurrent', { verdict: [{ dot: ['a', 1], value: null }] }],
  ['concurrent', []],
  [
    'concurrent',
    {
      verdict: [
        { dot: ['a', 1], value: 'false' },
        { dot: ['b', 1], value: null },
      ],
    },
  ],
  [
    'concurrent',
    {
      status: [
        { dot: ['a', 1], value: 'new', extra: 1 },
        { dot: ['b', 1], value: 'new' },
      ],
    },
  ],
  ['concurrent', { text: [{ dot: ['a', 1] }, { dot: ['b', 1], value: 'x' }] }],
  ['extra', true],
  ['clock', undefined],
];
const sync = fc.oneof(
  goodSync,
  fc.tuple(goodSync, fc.constantFrom(...BAD)).map(([value, [key, bad]]) => ({ ...value, [key]: bad })),
);

describe('the fast check of a merge history', () => {
  it('accepts and refuses exactly what the schema accepts and refuses', () => {
    fc.assert(
      fc.property(fc.oneof(sync, fc.anything()), (value) => {
        expect(fast(value)).toBe(precise.safeParse(value).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('draws both valid and invalid histories', () => {
    const samples = fc.sample(sync, 2000);
    const valid = samples.filter((value) => precise.safeParse(value).success).length;
    expect(valid).toBeGreaterThan(100);
    expect(valid).toBeLessThan(1900);
  });

  it('accepts the history of a record several analysts changed, with a conflict', () => {
    const value = {
      clock: { 'analyst-ana': 2, 'analyst-bob': 1 },
      base: ['analyst-ana', 1],
      writes: [['analyst-ana', 2, ['claimant', 'text']]],
      concurrent: {
        verdict: [
          { dot: ['analyst-ana', 2], value: null },
          { dot: ['analyst-bob', 1], value: { scaleId: 'scale-truth-6', stepId: 'false' } },
        ],
      },
    };
    expect(fast(value)).toBe(true);
    expect(precise.safeParse(value).success).toBe(true);
  });

  it('knows the fields of each kind of record', () => {
    const evidence = syncChecker(evidenceSchema.shape, MERGED_FIELDS.evidence);
    expect(evidence({ clock: { a: 1 }, base: ['a', 1], writes: [['a', 1, ['stance']]] })).toBe(true);
    expect(evidence({ clock: { a: 1 }, base: ['a', 1], writes: [['a', 1, ['verdict']]] })).toBe(false);
  });
});
