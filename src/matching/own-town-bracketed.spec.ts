import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { placedOrg, matchedAtOwnTown } from './own-town.testing';

// par1 (since rules 1.192.0): a body's own town written in brackets inside its name, before its last words ("Quarrow
// Tidal Instruments (Tarvel) Corporation"), as a group's company is often written. The name without the brackets is
// read as town1's "<name>, <own town>" (rules 1.141.0): the town counts for the body the index holds in that town; a
// bracketed word that is not one of its towns (another town, an acronym, a word) changes nothing. Made-up names and
// towns.

const org = placedOrg;

function build(): CandidateIndex {
  const sut = new CandidateIndex();
  sut.add(org('reg:quarrow', ['Quarrow Tidal Instruments Corporation'], ['Tarvel'], ['CN']));
  sut.add(org('reg:kesbridge', ['Kesbridge Marine Engineering Company Limited'], ['Norbridge'], ['VN']));
  sut.add(org('reg:polder', ['Polder Optical Systems Corporation'], ['Ostbury'], ['GB']));
  return sut.build();
}

describe(`${CandidateIndex.name}: a body's own town in brackets inside its name (since rules 1.192.0)`, () => {
  const sut = build();

  it.each<[string, string, string, boolean]>([
    [
      'its own town in brackets before the class word',
      'Quarrow Tidal Instruments (Tarvel) Corporation',
      'reg:quarrow',
      true,
    ],
    [
      'its own town in brackets before the legal form',
      'Kesbridge Marine Engineering (Norbridge) Company Limited',
      'reg:kesbridge',
      true,
    ],
    [
      "another body's town in brackets: not raised",
      'Quarrow Tidal Instruments (Ostbury) Corporation',
      'reg:quarrow',
      false,
    ],
    ['a town of no body in brackets: not raised', 'Polder Optical Systems (Lindmoor) Corporation', 'reg:polder', false],
    ['an acronym in brackets: not raised', 'Polder Optical Systems (POS) Corporation', 'reg:polder', false],
    [
      'its own town in brackets but another word in the name: not raised',
      'Quarrow Tidal Devices (Tarvel) Corporation',
      'reg:quarrow',
      false,
    ],
  ])('%s: "%s" ~ %s', (_case, query, entityId, expected) => {
    expect(matchedAtOwnTown(sut, query, entityId)).toBe(expected);
  });

  it('quotes the town as written in its brackets', () => {
    const result = sut
      .search({ name: 'Quarrow Tidal Instruments (Tarvel) Corporation', schema: 'Organization' }, { limit: 10 })
      .find((candidate) => candidate.entityId === 'reg:quarrow');

    expect(result?.score).toBe(1);
    expect(result?.features.find((feature) => feature.name === 'own_town')?.reason).toBe(
      '"Tarvel" in brackets in "Quarrow Tidal Instruments Corporation" is the town the index holds "Quarrow Tidal Instruments Corporation" in (Tarvel): its address, not another body.',
    );
  });
});
