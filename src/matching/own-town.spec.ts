import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';

// town1 (rules 1.141.0): the towns a body is in (`IndexEntry.towns`, a registry's locations) are carried in the
// index. A place written after a body's name that is one of its own towns is its address: the name before it is
// scored against the body (a state's university at its own town, a campus body's own city after its class word,
// a system's generic body at its own town); a place that is no town of the body (a member's, a place-swapped
// name of another body) changes nothing. Made-up names, and regions of subdivision_names.tsv where the rule is
// about a state's university.

const org = (entityId: string, names: string[], towns?: string[]) => ({
  entityId,
  schema: 'Organization',
  names,
  ...(towns ? { towns } : {}),
});

function build(): CandidateIndex {
  const sut = new CandidateIndex();
  // A state's university in its own town, and a member of its system in another.
  sut.add(org('reg:tas', ['Tasmania State University'], ['Harbourville']));
  sut.add(org('reg:tas-tarvel', ['Tasmania State University Tarvel'], ['Tarvel']));
  // The same shape with no town known: fpc2's cap holds.
  sut.add(org('reg:nsw', ['Queensland State University']));
  // A body with campuses (a class word of campus_classes) in its own city, and another body of the same class.
  sut.add(org('reg:makrow', ['Makrow Institute'], ['Lindmoor']));
  sut.add(org('reg:ostvale', ['Ostvale Institute'], ['Norbridge']));
  // A system's generic body, its own town known only from the registry, with members in three towns.
  sut.add(org('reg:generic', ['Quarrow Institute of Medical Sciences'], ['Upper Ashgrove']));
  sut.add(org('reg:tarvel', ['Quarrow Institute of Medical Sciences, Tarvel'], ['Tarvel']));
  sut.add(org('reg:lindmoor', ['Quarrow Institute of Medical Sciences Lindmoor'], ['Lindmoor']));
  sut.add(org('reg:norbridge', ['Quarrow Institute of Medical Sciences, Norbridge'], ['Norbridge']));
  // A unit named with a body, in the body's town; a body of one word more in a town of another body's name.
  sut.add(org('reg:kelvane', ['Kelvane Polytechnic'], ['Ostbury']));
  sut.add(org('reg:kelvane-unit', ['QRC at Kelvane Polytechnic'], ['Ostbury']));
  sut.add(org('reg:brisk', ['Brisk University College'], ['Westhollow']));
  // A system's office in the town of one of its members.
  sut.add(org('reg:brenholt', ['Brenholt University'], ['Ashgrove']));
  sut.add(org('reg:brenholt-ashgrove', ['Brenholt University - Ashgrove'], ['Ashgrove']));
  sut.add(org('reg:brenholt-tarvel', ['Brenholt University - Tarvel'], ['Tarvel']));
  sut.add(org('reg:brenholt-lindmoor', ['Brenholt University - Lindmoor'], ['Lindmoor']));
  // A system's office in a town, and one record of the system's name with that town, the member there.
  sut.add(org('reg:dunmore', ['Dunmore University System', 'Dunmore University'], ['Kesbridge']));
  sut.add(org('reg:dunmore-kesbridge', ['Dunmore University Kesbridge'], ['Kesbridge']));
  // A system with members in two towns, its office in a third, where a member's record writes the town first.
  sut.add(org('reg:velmar', ['Velmar University System', 'Velmar University'], ['Orrin']));
  sut.add(org('reg:velmar-tarvel', ['Velmar University, Tarvel'], ['Tarvel']));
  sut.add(org('reg:velmar-lindmoor', ['Velmar University, Lindmoor'], ['Lindmoor']));
  sut.add(org('reg:velmar-orrin', ['Orrin Velmar University'], ['Orrin']));
  return sut.build();
}

describe(`${CandidateIndex.name}: a place after a body's name that is its own town is its address (rules 1.141.0)`, () => {
  const sut = build();

  it.each<[string, string, string, boolean]>([
    [
      "a state's university with its own town after a space: the university itself",
      'Tasmania State University Harbourville',
      'reg:tas',
      true,
    ],
    [
      "a state's university with its own town after a comma: the university itself",
      'Tasmania State University, Harbourville',
      'reg:tas',
      true,
    ],
    [
      "a state's university with a member's town: not the university (fpc2's cap holds)",
      'Tasmania State University Tarvel',
      'reg:tas',
      false,
    ],
    [
      "a state's university with a member's town: the member",
      'Tasmania State University Tarvel',
      'reg:tas-tarvel',
      true,
    ],
    [
      "a state's university with a town, no town known for it: fpc2's cap holds",
      'Queensland State University Harbourville',
      'reg:nsw',
      false,
    ],
    [
      "a campus body's own city after its class word and a comma: the body itself",
      'Makrow Institute, Lindmoor',
      'reg:makrow',
      true,
    ],
    [
      'a place-swapped name (another body of the class with this town): not the body of that town',
      'Ostvale Institute, Lindmoor',
      'reg:makrow',
      false,
    ],
    [
      'a campus body with another town than its own: not raised to a match',
      'Makrow Institute, Norbridge',
      'reg:makrow',
      false,
    ],
    [
      "a system's generic body at its own town of two words, which no name of its record writes: the body itself",
      'Quarrow Institute of Medical Sciences, Upper Ashgrove',
      'reg:generic',
      true,
    ],
    [
      "a system's generic body with a member's town: the member, not the generic body (inst2's cap holds)",
      'Quarrow Institute of Medical Sciences, Norbridge',
      'reg:generic',
      false,
    ],
    [
      "a member's own town: the member itself",
      'Quarrow Institute of Medical Sciences, Norbridge',
      'reg:norbridge',
      true,
    ],
    [
      "a unit named with the body, in its town: the town is the body's, not the unit's word left over",
      'Kelvane Polytechnic Ostbury',
      'reg:kelvane-unit',
      false,
    ],
    ['the body itself at its own town', 'Kelvane Polytechnic Ostbury', 'reg:kelvane', true],
    [
      'a body whose name only resembles the name before the town (a word more), in a town of that name: not raised',
      'Brisk College Westhollow',
      'reg:brisk',
      false,
    ],
    [
      "a system's office in a member's town, the member asked for: not the system (inst2's cap holds)",
      'Brenholt University - Ashgrove',
      'reg:brenholt',
      false,
    ],
    [
      "the member in the system's town: the member itself",
      'Brenholt University - Ashgrove',
      'reg:brenholt-ashgrove',
      true,
    ],
    [
      'a name the index holds whole as another record, its town a part of that name: not the body of that town',
      'Dunmore University Kesbridge',
      'reg:dunmore',
      false,
    ],
    ['the record named so: that record', 'Dunmore University Kesbridge', 'reg:dunmore-kesbridge', true],
    [
      "a system's own town where another record is named the query whole: a member, not the system (inst2's cap holds)",
      'Velmar University - Orrin',
      'reg:velmar',
      false,
    ],
    ['the record named so: that record', 'Velmar University - Orrin', 'reg:velmar-orrin', true],
  ])('%s: "%s" ~ %s match %s', (_case, query, entityId, expected) => {
    const results = sut.search({ name: query, schema: 'Organization' }, { limit: 10, threshold: 0.3 });
    const result = results.find((candidate) => candidate.entityId === entityId);

    expect(result?.match ?? false).toBe(expected);
  });

  it("says the town is the body's own, with the feature own_town", () => {
    const result = sut
      .search({ name: 'Tasmania State University Harbourville', schema: 'Organization' }, { limit: 10 })
      .find((candidate) => candidate.entityId === 'reg:tas');

    expect(result?.features.find((feature) => feature.name === 'own_town')?.reason).toBe(
      '"Harbourville" after "Tasmania State University" is the town the index holds "Tasmania State University" in (Harbourville): its address, not another body.',
    );
    expect(result?.queryName).toBe('Tasmania State University Harbourville');
  });

  it('keeps the towns through toState and fromState', () => {
    const restored = CandidateIndex.fromState(structuredClone(sut.toState()));
    const result = restored
      .search({ name: 'Makrow Institute, Lindmoor', schema: 'Organization' }, { limit: 10 })
      .find((candidate) => candidate.entityId === 'reg:makrow');

    expect(result?.match).toBe(true);
  });
});
