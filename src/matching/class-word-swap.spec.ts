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
    // Since rules 1.99.0: a legal-form word of a legal_class_groups group (org_words.yml) names a kind of body.
    [
      'a cooperative (a legal form to the matcher) for an institute',
      'Quarrow Cooperative of Tidal Studies',
      'Quarrow Institute of Tidal Studies',
      ['cooperative', 'institute'],
    ],
    [
      'a cooperative for a council, last',
      'Pellby Dairy Cooperative',
      'Pellby Dairy Council',
      ['cooperative', 'council'],
    ],
    ['two forms of the cooperative class', 'Pellby Dairy Cooperative', 'Pellby Dairy Co-operative', null],
    ['a legal form of no such group is no class word', 'Pellby Dairy Limited', 'Pellby Dairy Council', null],
    ['a charity (not listed) is left to the score', 'Pellby Dairy Charity', 'Pellby Dairy Association', null],
  ])('%s: "%s" / "%s"', (_reason, query, matched, expected) => {
    expect(classWordSwap(query, matched)).toEqual(expected);
  });
});
