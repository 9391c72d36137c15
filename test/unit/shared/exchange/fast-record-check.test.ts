// The fast record checks validateBundle relies on must never let in a record the full schemas refuse,
// compiled (Node) or not (the app's pages), and must accept the records the app writes; otherwise a bad
// file would get in, or every good one would pay for the slow path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_LISTS,
  FAST_BUNDLE_LISTS,
  fastBundleLists,
  readBundle,
  richTextFromPlain,
  richTextSchema,
  serialiseBundle,
  validateBundle,
  type Bundle,
  type RichText,
} from '../../../../shared';
import { isRichText } from '../../../../shared/exchange/rich-text-check';
import { largeBundle } from '../../../fixtures/bundles/large-bundle';

type List = keyof typeof BUNDLE_LISTS;
const LISTS = Object.keys(BUNDLE_LISTS) as List[];
const article = readFileSync(join(import.meta.dirname, '../../../fixtures/articles/putin-negotiations.txt'), 'utf8');

function bundleFile(name: string): Bundle {
  const read = readBundle(readFileSync(join(import.meta.dirname, '../../../fixtures/bundles', name), 'utf8'));
  if (!read.ok) throw new Error(`${name} is not valid`);
  return read.bundle;
}

const bundles = [
  bundleFile('valid-v3-team.factcheck.json'),
  bundleFile('valid-two-claims.factcheck.json'),
  largeBundle(article, 30),
];
const records = Object.fromEntries(
  LISTS.map((list) => [list, bundles.flatMap((bundle) => bundle[list] as unknown[])]),
) as Record<List, unknown[]>;

/** Every place in a JSON value: the path of each object, array and leaf in it. */
function paths(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const found: PropertyKey[][] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => found.push(...paths(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
  return found;
}

const ODD: readonly unknown[] = [
  null,
  undefined,
  '',
  'x',
  ' ',
  'x'.repeat(201),
  'x'.repeat(5001),
  0,
  -1,
  1.5,
  2 ** 53,
  Number.NaN,
  true,
  false,
  [],
  [null],
  {},
  { type: 'doc' },
  '2026-13-40T00:00:00Z',
  '2026-01-05T09:00:00.000Z',
  '2026-01-05',
  'https://news.example/a',
  'javascript:alert(1)',
  'ftp://files.example/a',
  'doc',
  'paragraph',
  'bold',
  'link',
  'new',
  'final',
  'refutes',
  '#1a7f37',
  'blue',
  ['a', 1],
  ['a', 1, ['status']],
  { a: 1 },
];

/** A record with one thing changed: a value replaced (or removed), or a key added to an object. */
function mutated(record: unknown, path: PropertyKey[], change: { replace: unknown } | { add: string }): unknown {
  const copy = structuredClone(record);
  if (path.length === 0) return 'replace' in change ? change.replace : copy;
  let parent = copy as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<PropertyKey, unknown>;
  const last = path[path.length - 1] as PropertyKey;
  if ('add' in change) {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      (target as Record<string, unknown>)[change.add] = 1;
  } else if (change.replace === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = change.replace;
  return copy;
}

function damagedRecord(list: List): fc.Arbitrary<unknown> {
  return fc.constantFrom(...records[list]).chain((record) => {
    const places = paths(record);
    return fc
      .tuple(
        fc.constantFrom(...places),
        fc.oneof(
          fc.constantFrom(...ODD).map((replace) => ({ replace })),
          fc.constantFrom('extra', 'origin', 'sync', '__proto__').map((add) => ({ add })),
        ),
      )
      .map(([path, change]) => mutated(record, path, change));
  });
}

const variants = [
  ['compiled, as in Node', FAST_BUNDLE_LISTS],
  ['not compiled, as in the app', fastBundleLists(false)],
] as const;

describe.each(variants)('the fast record checks, %s', (_name, fast) => {
  it.each(LISTS)('accept every valid %s the app writes', (list) => {
    for (const record of records[list]) expect(fast[list].validate(record)).toBe(true);
  });

  it.each(LISTS)('accept and refuse damaged %s exactly as the full schema does', (list) => {
    fc.assert(
      fc.property(damagedRecord(list), (record) => {
        expect(fast[list].validate(record)).toBe(BUNDLE_LISTS[list].safeParse(record).success);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the fast check of rich text', () => {
  const leaf = fc.record(
    {
      type: fc.constantFrom('text', 'hardBreak', 'paragraph', 'heading', 'doc'),
      text: fc.oneof(fc.string({ maxLength: 4 }), fc.constant(1)),
      marks: fc.array(
        fc.constantFrom<unknown>(
          { type: 'bold' },
          { type: 'italic' },
          { type: 'link', attrs: { href: 'https://a.example/' } },
          { type: 'link', attrs: { href: 'mailto:a@b.example' } },
          { type: 'link' },
          { type: 'bold', attrs: {} },
        ),
        { maxLength: 12 },
      ),
      attrs: fc.constantFrom<unknown>({}, { start: 0 }, { start: 3 }, { start: -1 }, { start: 1.5 }, { end: 1 }, null),
    },
    { requiredKeys: ['type'] },
  );
  const { node } = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({
        type: fc.constantFrom('paragraph', 'bulletList', 'listItem', 'orderedList'),
        content: fc.array(tie('node'), { maxLength: 3 }),
      }),
    ),
  }));
  const doc = fc.oneof(
    fc.record(
      { type: fc.constantFrom('doc', 'paragraph'), content: fc.array(node, { maxLength: 4 }) },
      { requiredKeys: ['type'] },
    ),
    fc.record({ type: fc.constant('doc'), content: fc.array(node, { maxLength: 2 }), extra: fc.constant(1) }),
  );

  it('accepts and refuses exactly what the schema accepts and refuses', () => {
    fc.assert(
      fc.property(fc.oneof(doc, fc.anything()), (value) => {
        expect(isRichText(value)).toBe(richTextSchema.safeParse(value).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('draws both valid and invalid rich text', () => {
    const samples = fc.sample(doc, 1000);
    const valid = samples.filter((value) => richTextSchema.safeParse(value).success).length;
    expect(valid).toBeGreaterThan(50);
    expect(valid).toBeLessThan(950);
  });

  it('accepts the rich text the app makes and leaves rich text nested deeper than it walks to the schema', () => {
    expect(isRichText(richTextFromPlain('One paragraph.\n\nAnother, with https://example.org/a link.'))).toBe(true);
    let deep: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let level = 0; level < 150; level += 1) deep = { type: 'listItem', content: [deep] };
    const value = { type: 'doc', content: [deep] };
    expect(isRichText(value)).toBe(false);
    expect(richTextSchema.safeParse(value).success).toBe(true);
  });

  it('lets validateBundle keep a claim whose rich text only the full schema can check', () => {
    const bundle = largeBundle(article, 2);
    let deep: Record<string, unknown> = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
    for (let level = 0; level < 80; level += 1)
      deep = { type: 'bulletList', content: [{ type: 'listItem', content: [deep] }] };
    const claim = {
      ...(bundle.claims[0] as Bundle['claims'][number]),
      rationale: { type: 'doc', content: [deep] } as unknown as RichText,
    };
    // A file is never nested this deep (reading refuses it first): the value is validated directly.
    const read = validateBundle(JSON.parse(serialiseBundle({ ...bundle, claims: [claim, ...bundle.claims.slice(1)] })));
    expect(read.ok).toBe(true);
    expect(read.ok && read.bundle.claims[0]?.id).toBe(claim.id);
  });
});
