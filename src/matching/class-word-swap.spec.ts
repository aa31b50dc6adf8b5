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

// Since rules 1.126.0 (resol8): a registry's body (a body of the graph on no list) also reads the legal-form words of
// org_words.yml registry_legal_class_groups ("charity") as class words; a list entry does not.
describe(`${classWordSwap.name}, the name matched a registry's body`, () => {
  it.each<[reason: string, query: string, matched: string, registryBody: boolean, expected: [string, string] | null]>([
    [
      'a charity for an association of a registry body',
      'Pellby Dairy Charity',
      'Pellby Dairy Association',
      true,
      ['charity', 'association'],
    ],
    [
      'a charity for an institute of a registry body, first',
      'Quarrow Charity of Tidal Studies',
      'Quarrow Institute of Tidal Studies',
      true,
      ['charity', 'institute'],
    ],
    ["a list's entry: left to the score", 'Pellby Dairy Charity', 'Pellby Dairy Association', false, null],
    ['the cooperative as before', 'Pellby Dairy Cooperative', 'Pellby Dairy Council', true, ['cooperative', 'council']],
    [
      'a legal form of no such group is still no class word',
      'Pellby Dairy Limited',
      'Pellby Dairy Council',
      true,
      null,
    ],
  ])('%s: "%s" / "%s"', (_reason, query, matched, registryBody, expected) => {
    expect(classWordSwap(query, matched, registryBody)).toEqual(expected);
  });
});

// Since rules 1.140.0 (resol11): a class phrase of up to three words written together for another, and a list entry's
// "charity" (a legal form to the matcher) for a class word of no group of its kin (org_words.yml
// listed_legal_class_groups).
describe(`${classWordSwap.name}, class phrases and a listed charity (rules 1.140.0)`, () => {
  it.each<[reason: string, query: string, matched: string, expected: [string, string] | null]>([
    [
      'a two-word class phrase for one class word, in place',
      'Quarrow Pellby Real Estate Office (Branch in Tarvel)',
      'Quarrow Pellby Exchange Office (Branch in Tarvel)',
      ['real estate', 'exchange'],
    ],
    [
      'one class word for a two-word class phrase, in place',
      'Quarrow Pellby Exchange Office',
      'Quarrow Pellby Real Estate Office',
      ['exchange', 'real estate'],
    ],
    [
      'class words apart are no phrase (another difference beside)',
      'Quarrow Real Estate Pellby Office',
      'Quarrow Exchange Pellby Trading Office',
      null,
    ],
    [
      'a phrase sharing a group with the other word is no swap',
      'Quarrow Pellby Real Estate Office',
      'Quarrow Pellby Realty Office',
      null,
    ],
    [
      'a sector word for a listed charity',
      'Quarrow Pellby Steel Foundation',
      'Quarrow Pellby Charity Foundation',
      ['steel', 'charity'],
    ],
    [
      'a listed charity for a field word',
      'Quarrow Pellby Charity Foundation, Tarvel Branch',
      'Quarrow Pellby Electric Foundation, Tarvel Branch',
      ['charity', 'electric'],
    ],
    ['a listed charity for an association, its kin: no swap', 'Pellby Dairy Charity', 'Pellby Dairy Association', null],
    ['a listed charity for a foundation, its kin: no swap', 'Pellby Dairy Foundation', 'Pellby Dairy Charity', null],
  ])('%s: "%s" / "%s"', (_reason, query, matched, expected) => {
    expect(classWordSwap(query, matched)).toEqual(expected);
  });
});
