// zod's schema definitions as shared/exchange reads them: each kind the bundle checks rely on, with the
// schemas it holds. A zod upgrade that renames a kind or moves what a kind holds fails here.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaParts, ZodInternalsChanged } from '../../../../shared/exchange/zod-schema-parts';

const text = z.string();
const count = z.number().int();
const object = z.object({ text, count });
const nonEmpty = z.string().min(1);
const lazyTarget = z.strictObject({ text });

describe('schemaParts', () => {
  it.each([
    ['a string', 'string', text, []],
    ['an int', 'number', count, []],
    ['a boolean', 'boolean', z.boolean(), []],
    ['a literal', 'literal', z.literal('x'), []],
    ['an enum', 'enum', z.enum(['a', 'b']), []],
    ['null', 'null', z.null(), []],
    ['unknown', 'unknown', z.unknown(), []],
    ['a custom check', 'custom', z.custom<string>(() => true), []],
    ['an ISO date-time', 'string', z.iso.datetime({ offset: true }), []],
    ['an object', 'object', object, [text, count]],
    ['an array', 'array', z.array(text), [text]],
    ['an optional', 'optional', text.optional(), [text]],
    ['a nullable', 'nullable', text.nullable(), [text]],
    ['a readonly', 'readonly', object.readonly(), [object]],
    ['a union', 'union', z.union([text, count]), [text, count]],
    ['a tuple', 'tuple', z.tuple([text, count]), [text, count]],
    ['a tuple with a rest', 'tuple', z.tuple([text], count), [text, count]],
    ['a record', 'record', z.record(text, count), [text, count]],
    ['an intersection', 'intersection', z.intersection(object, lazyTarget), [object, lazyTarget]],
    ['a lazy schema', 'lazy', z.lazy(() => lazyTarget), [lazyTarget]],
    ['a default', 'default', text.default('x'), [text]],
    ['a catch', 'catch', text.catch('x'), [text]],
    ['a pipe', 'pipe', text.pipe(nonEmpty), [text, nonEmpty]],
    ['a transform', 'transform', z.transform((value: string) => value), []],
  ] as const)('reads %s as %s, with the schemas it holds', (_what, kind, schema, children) => {
    const parts = schemaParts(schema);
    expect(parts.kind).toBe(kind);
    expect(parts.coerces).toBe(false);
    expect(parts.children).toHaveLength(children.length);
    children.forEach((child, index) => expect(parts.children[index]).toBe(child));
  });

  it('sees an object’s catch-all among what it holds, a strict object’s being never', () => {
    expect(schemaParts(z.object({ text }).catchall(count)).children).toEqual([text, count]);
    const strict = schemaParts(z.strictObject({ text })).children;
    expect(strict[0]).toBe(text);
    expect(strict[1] && schemaParts(strict[1]).kind).toBe('never');
  });

  it.each([
    ['a number', z.coerce.number()],
    ['a string', z.coerce.string()],
    ['a date', z.coerce.date()],
  ])('knows a coerced %s changes its input', (_what, schema) => {
    expect(schemaParts(schema).coerces).toBe(true);
  });

  it('fails loudly on something that is not a zod schema of this version', () => {
    expect(() => schemaParts({} as never)).toThrow(ZodInternalsChanged);
    expect(() => schemaParts({ _zod: { def: {} } } as never)).toThrow(ZodInternalsChanged);
  });
});
