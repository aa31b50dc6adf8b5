import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { placeAfterName } from './system-members';
import { prepareName } from './normalise';

// inst2 (rules 1.135.0): a body's generic name with members in several places. When the index holds records of a
// name with other places written after it ("<name>, <place>"), a place after the generic name names one of the
// members, another body; unless a name of the generic record writes that place (its own town). Made-up names only.

const org = (entityId: string, ...names: string[]) => ({ entityId, schema: 'Organization', names });

function build(): CandidateIndex {
  const sut = new CandidateIndex();
  // A generic name with three members in three towns, and its own town in an alias.
  sut.add(org('reg:generic', 'Quarrow Institute of Medical Sciences', 'QIMS Harbourville'));
  sut.add(org('reg:tarvel', 'Quarrow Institute of Medical Sciences, Tarvel'));
  sut.add(org('reg:lindmoor', 'Quarrow Institute of Medical Sciences Lindmoor'));
  sut.add(org('reg:norbridge', 'Quarrow Institute of Medical Sciences, Norbridge', 'QIMS Norbridge'));
  // One record of the name with a town: no system.
  sut.add(org('reg:brenwick', 'Brenwick College of Nursing'));
  sut.add(org('reg:brenwick-tarvel', 'Brenwick College of Nursing, Tarvel'));
  // A body with no other record of its name.
  sut.add(org('reg:ostvale', 'Ostvale Polytechnic Institute'));
  // A body whose name is followed by unit words, not places, in other records.
  sut.add(org('reg:marlow', 'Marlow Institute of Marine Studies'));
  sut.add(org('reg:marlow-1', 'Marlow Institute of Marine Studies Library'));
  sut.add(org('reg:marlow-2', 'Marlow Institute of Marine Studies Press'));
  // A listed entry with members: a list's own names are left as they were.
  sut.add({ ...org('list:tarnholt', 'Tarnholt Liberation Front'), listIds: ['list-a'] });
  sut.add(org('reg:tarnholt-1', 'Tarnholt Liberation Front, Ashgrove'));
  sut.add(org('reg:tarnholt-2', 'Tarnholt Liberation Front, Norbridge'));
  return sut.build();
}

describe(`${CandidateIndex.name}: a place after a generic name of members in several places names a member (rules 1.135.0)`, () => {
  const sut = build();

  it.each<[string, string, string, boolean]>([
    [
      'a town after a comma, no record of that town: one of the members, not the generic body',
      'Quarrow Institute of Medical Sciences, Ashgrove',
      'reg:generic',
      false,
    ],
    [
      "a member's own town after a comma: not the generic body",
      'Quarrow Institute of Medical Sciences, Tarvel',
      'reg:generic',
      false,
    ],
    [
      "a member's own town after a comma: the member itself",
      'Quarrow Institute of Medical Sciences, Tarvel',
      'reg:tarvel',
      true,
    ],
    [
      'a town of two words after a comma names a member too',
      'Quarrow Institute of Medical Sciences, Upper Ashgrove',
      'reg:generic',
      false,
    ],
    [
      "the generic body's own town, which a name of its record writes: the body itself",
      'Quarrow Institute of Medical Sciences, Harbourville',
      'reg:generic',
      true,
    ],
    ['the generic name alone: the body itself', 'Quarrow Institute of Medical Sciences', 'reg:generic', true],
    [
      'a name with one other record of a town: no system, a town after a comma is an address',
      'Brenwick College of Nursing, Ashgrove',
      'reg:brenwick',
      true,
    ],
    [
      'a name with no other record: a town after a comma is an address',
      'Ostvale Polytechnic Institute, Ashgrove',
      'reg:ostvale',
      true,
    ],
    [
      "other records add a unit's class word, not a place: no system",
      'Marlow Institute of Marine Studies, Ashgrove',
      'reg:marlow',
      true,
    ],
    [
      "a country after a comma is not a member's place (the country rules read it)",
      'Quarrow Institute of Medical Sciences, Norway',
      'reg:generic',
      true,
    ],
    [
      'a listed entry of that shape is left as it was: a listed name is an alert for review',
      'Tarnholt Liberation Front, Lindmoor',
      'list:tarnholt',
      true,
    ],
    [
      'the generic name asked for, against a member: the member is another body',
      'Quarrow Institute of Medical Sciences',
      'reg:tarvel',
      false,
    ],
    [
      'the generic name asked for, against a member written without a comma: another body',
      'Quarrow Institute of Medical Sciences',
      'reg:lindmoor',
      false,
    ],
    [
      'a name with one other record of a town, asked for: that record is left to the score (no system)',
      'Brenwick College of Nursing',
      'reg:brenwick-tarvel',
      true,
    ],
    [
      'a listed generic name asked for: its members are left to the score',
      'Tarnholt Liberation Front',
      'reg:tarnholt-1',
      true,
    ],
  ])('%s: "%s" ~ %s match %s', (_case, query, entityId, expected) => {
    const results = sut.search({ name: query, schema: 'Organization' }, { limit: 10, threshold: 0.3 });
    const result = results.find((candidate) => candidate.entityId === entityId);

    expect(result?.match ?? false).toBe(expected);
  });

  it('keeps the generic body as a candidate below the threshold, with the reason naming the members', () => {
    const result = sut
      .search(
        { name: 'Quarrow Institute of Medical Sciences, Ashgrove', schema: 'Organization' },
        { limit: 10, threshold: 0.3 },
      )
      .find((candidate) => candidate.entityId === 'reg:generic');

    expect(result?.score).toBe(0.65);
    expect(result?.features.map((feature) => feature.reason).join(' ')).toContain(
      '"Ashgrove" after "Quarrow Institute of Medical Sciences" names one of its members in several places',
    );
  });
});

describe(`${CandidateIndex.name}: a place after a generic alias that is another record's own place names that record (rules 1.215.0)`, () => {
  // A body in one town that writes a generic name as an alias, another record of that name at another town, and a
  // body of no known town beside a record of its name at a town. Made-up names only.
  const sut = new CandidateIndex();
  sut.add({
    ...org('reg:ashgrove-college', 'Ashgrove Memorial College', 'Quarrow Degree College'),
    towns: ['Ashgrove'],
  });
  sut.add({ ...org('reg:quarrow-tarvel', 'Quarrow Degree College, Tarvel'), towns: ['Tarvel'] });
  sut.add(org('reg:fenmoor', 'Fenmoor School of Nursing'));
  sut.add({ ...org('reg:fenmoor-lindmoor', 'Fenmoor School of Nursing, Lindmoor'), towns: ['Lindmoor'] });
  sut.build();

  it.each<[string, string, string, boolean]>([
    [
      "the other record's place after the generic alias: not the body in another town",
      'Quarrow Degree College, Tarvel',
      'reg:ashgrove-college',
      false,
    ],
    ['the record named whole is the match', 'Quarrow Degree College, Tarvel', 'reg:quarrow-tarvel', true],
    [
      "the body's own town after its alias is its address",
      'Quarrow Degree College, Ashgrove',
      'reg:ashgrove-college',
      true,
    ],
    [
      'a place of no record after the alias: left to the score (no system)',
      'Quarrow Degree College, Norbridge',
      'reg:ashgrove-college',
      true,
    ],
    [
      'a body of no known town beside a record of its name at a town: may be that body, left to the score',
      'Fenmoor School of Nursing, Lindmoor',
      'reg:fenmoor',
      true,
    ],
  ])('%s: "%s" ~ %s match %s', (_case, query, entityId, expected) => {
    const results = sut.search({ name: query, schema: 'Organization' }, { limit: 10, threshold: 0.3 });
    const result = results.find((candidate) => candidate.entityId === entityId);

    expect(result?.match ?? false).toBe(expected);
  });

  it('keeps the body as a candidate below the threshold, with the reason naming the other record', () => {
    const result = sut
      .search({ name: 'Quarrow Degree College, Tarvel', schema: 'Organization' }, { limit: 10, threshold: 0.3 })
      .find((candidate) => candidate.entityId === 'reg:ashgrove-college');

    expect(result?.score).toBe(0.65);
    expect(result?.features.map((feature) => feature.reason).join(' ')).toContain(
      '"Tarvel" after "Quarrow Degree College" is the place another record of that name is held at',
    );
  });
});

describe(placeAfterName.name, () => {
  it.each<[string, string, string[]]>([
    [
      'one town after a comma',
      'Quarrow Institute of Medical Sciences, Tarvel',
      ['Quarrow Institute of Medical Sciences'],
    ],
    [
      'two town words after a comma: both readings',
      'Quarrow Institute of Medical Sciences, Upper Ashgrove',
      ['Quarrow Institute of Medical Sciences, Upper', 'Quarrow Institute of Medical Sciences'],
    ],
    ['a class word last is no place', 'Quarrow Institute of Medical Sciences', []],
    ['a number last is no place', 'Quarrow Institute of Medical Sciences 2', []],
  ])('%s: "%s"', (_case, name, heads) => {
    expect(placeAfterName(prepareName(name, 'org')).map((reading) => reading.head)).toEqual(heads);
  });
});
