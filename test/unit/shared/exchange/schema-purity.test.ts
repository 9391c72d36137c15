// A valid record is kept as parsed only when its schema cannot change it; this guards that shortcut.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BUNDLE_LISTS, FAST_BUNDLE_LISTS, transformsNothing } from '../../../../shared';

describe('transformsNothing', () => {
  it.each(Object.entries(BUNDLE_LISTS))('holds for the %s of a bundle', (list, schema) => {
    expect(transformsNothing(schema)).toBe(true);
    expect(transformsNothing(FAST_BUNDLE_LISTS[list as keyof typeof FAST_BUNDLE_LISTS])).toBe(true);
  });

  it.each([
    ['a default', z.strictObject({ a: z.string().default('x') })],
    ['a transform inside an array', z.array(z.string().transform((value) => value.trim()))],
    ['a pipe in a union', z.union([z.null(), z.string().pipe(z.string())])],
    ['a catch in a lazy schema', z.lazy(() => z.strictObject({ a: z.number().catch(0) }))],
    ['a coercion', z.coerce.number()],
  ])('is false for a schema with %s', (_what, schema) => {
    expect(transformsNothing(schema as z.ZodType)).toBe(false);
  });

  it('is true for checks and refinements, which change nothing', () => {
    expect(
      transformsNothing(
        z.strictObject({
          a: z
            .string()
            .max(3)
            .refine((value) => value !== 'no'),
          b: z.tuple([z.number().int()]),
        }),
      ),
    ).toBe(true);
  });
});
