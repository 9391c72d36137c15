// Who wrote a conflicting value: a write names a library's writer id, shown as the name of its analyst.
import { describe, expect, it } from 'vitest';
import { writersOf } from '../../renderer/features/conflicts/analyst-names';

const names = new Map([
  ['analyst-ana', 'Ana Analyst'],
  ['analyst-bob', 'Bob Builder'],
]);

describe('who wrote a value', () => {
  it.each([
    [[['analyst-ana@0a1b2c3d', 4]], 'Ana Analyst'],
    [[['analyst-ana', 2]], 'Ana Analyst'],
    [
      [
        ['analyst-ana@0a1b2c3d', 4],
        ['analyst-ana@99887766', 1],
      ],
      'Ana Analyst',
    ],
    [
      [
        ['analyst-ana@0a1b2c3d', 4],
        ['analyst-bob@1234abcd', 2],
      ],
      'Ana Analyst and Bob Builder',
    ],
    [[['~3f2a91c07b4de2f10a9c', 1]], 'an earlier version'],
    [[['analyst-zed@00000000', 1]], 'another analyst'],
  ] as Array<[Array<[string, number]>, string]>)('%j is %s', (writes, expected) => {
    expect(writersOf(writes, names)).toBe(expected);
  });
});
