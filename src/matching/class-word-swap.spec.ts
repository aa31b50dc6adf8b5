import { describe, expect, it } from 'vitest';
import { classWordSwap } from './class-word-swap';

describe(classWordSwap.name, () => {
  it.each<[reason: string, query: string, matched: string, expected: [string, string] | null]>([
    [
      'one class word swapped for another class',
      'Quarrow Society of Tidal Studies',
      'Quarrow Institute of Tidal Studies',
      ['society', 'institute'],
    ],
    ['in any position', 'Brindle Valley Foundation', 'Brindle Valley University', ['foundation', 'university']],
    [
      'two forms of one class share their group',
      'Quarrow Institut of Tidal Studies',
      'Quarrow Institute of Tidal Studies',
      null,
    ],
    ['the same name', 'Quarrow Institute of Tidal Studies', 'Quarrow Institute of Tidal Studies', null],
    [
      'a name word swapped is not a class swap',
      'Quarrow Institute of Tidal Studies',
      'Pellby Institute of Tidal Studies',
      null,
    ],
    ['a class word added is not a swap', 'Quarrow Institute of Tidal Studies', 'Quarrow Tidal Studies', null],
    [
      'a class swap beside another difference',
      'Quarrow Society of Tidal Research',
      'Quarrow Institute of Tidal Studies',
      null,
    ],
  ])('%s: "%s" / "%s"', (_reason, query, matched, expected) => {
    expect(classWordSwap(query, matched)).toEqual(expected);
  });
});
