import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { placedOrg } from './own-town.testing';

// probe4 (rules 1.148.0): an affiliation written "<name>, <town>, <country>" is read as "<name>, <town>" when the
// country is one word and the body's own: the town is then its address as town1's own_town reads it (rules
// 1.141.0). A country that is not the body's, or a town that is not its own, changes nothing. Made-up names and
// towns; the countries are ISO's.

const org = placedOrg;

function build(): CandidateIndex {
  const sut = new CandidateIndex();
  sut.add(org('reg:quarrow', ['Quarrow Institute of Technology'], ['Lindmoor'], ['CN']));
  sut.add(org('reg:tarvel', ['Tarvel Polytechnic University'], ['Ostbury'], ['IR']));
  sut.add(org('reg:makrow', ['Makrow Engineering University'], ['Harbourville'], ['ES']));
  sut.add(org('reg:kesbridge', ['Kesbridge University of Science and Technology'], ['Norbridge'], ['RU']));
  return sut.build();
}

describe(`${CandidateIndex.name}: "<name>, <own town>, <its country>" names the body at its address (rules 1.148.0)`, () => {
  const sut = build();

  it.each<[string, string, string, boolean]>([
    [
      'a body, its own town and its country: the body',
      'Quarrow Institute of Technology, Lindmoor, China',
      'reg:quarrow',
      true,
    ],
    ['the same in capitals', 'QUARROW INSTITUTE OF TECHNOLOGY, LINDMOOR, CHINA', 'reg:quarrow', true],
    ['a body, its own town and its country (Iran)', 'Tarvel Polytechnic University, Ostbury, Iran', 'reg:tarvel', true],
    [
      'a body, its own town and its country (Spain)',
      'Makrow Engineering University, Harbourville, Spain',
      'reg:makrow',
      true,
    ],
    [
      'a body, its own town and its country (Russia), a name with a field phrase',
      'Kesbridge University of Science and Technology, Norbridge, Russia',
      'reg:kesbridge',
      true,
    ],
    [
      'a body, its own town and a country not its own: not raised',
      'Quarrow Institute of Technology, Lindmoor, Japan',
      'reg:quarrow',
      false,
    ],
    [
      'a body, a town not its own and its country: not raised',
      'Quarrow Institute of Technology, Ostbury, China',
      'reg:quarrow',
      false,
    ],
    ['a body and its own town (town1, unchanged)', 'Quarrow Institute of Technology, Lindmoor', 'reg:quarrow', true],
  ])('%s: "%s" ~ %s match %s', (_case, query, entityId, expected) => {
    const results = sut.search({ name: query, schema: 'Organization' }, { limit: 10, threshold: 0.3 });
    const result = results.find((candidate) => candidate.entityId === entityId);

    expect(result?.match ?? false).toBe(expected);
  });

  it("says the town and the country are the body's own, with the feature own_town", () => {
    const result = sut
      .search({ name: 'Quarrow Institute of Technology, Lindmoor, China', schema: 'Organization' }, { limit: 10 })
      .find((candidate) => candidate.entityId === 'reg:quarrow');

    expect(result?.score).toBe(1);
    expect(result?.features.find((feature) => feature.name === 'own_town')?.reason).toBe(
      '"Lindmoor, China" after "Quarrow Institute of Technology" is the town the index holds "Quarrow Institute of Technology" in (Lindmoor): its address, not another body.',
    );
  });
});
