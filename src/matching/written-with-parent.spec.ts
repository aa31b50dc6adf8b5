import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { prepareName } from './normalise';
import { parentReadings } from './written-with-parent';

// unit1 (rules 1.196.0, issue 9, probe5's class C1): a listed body's whole name written with its parent ("<name> of
// the <parent>", "<parent>'s <name>", "<parent> <name>") is a possible match of the listed body for review, at the
// threshold, the parent named when the index holds it; a generic name so written only when the parent's country is
// the listed body's. The parent the index holds by that name alone is matched as the body the unit belongs to. Made-up
// names only.

const POLICY = { score: 0.75, withParentScore: 0.7 };

const build = () => {
  const sut = new CandidateIndex();
  sut.add({
    entityId: 'l:1',
    schema: 'Organization',
    names: ['Brennock Marine Works'],
    countries: ['qq'],
    listIds: ['l'],
  });
  sut.add({
    entityId: 'l:2',
    schema: 'Organization',
    names: ['Institute of Marine Physics'],
    countries: ['qq'],
    listIds: ['l'],
  });
  sut.add({ entityId: 'l:3', schema: 'Organization', names: ['Brennock'], countries: ['qq'], listIds: ['l'] });
  sut.add({ entityId: 'l:4', schema: 'Organization', names: ['Tarvel Acoustics Bureau'], listIds: ['l'] });
  sut.add({
    entityId: 'g:1',
    schema: 'Organization',
    names: ['Defence Commission of the Quarrow Republic', 'Quarrow Defence Commission'],
    countries: ['qq'],
  });
  sut.add({ entityId: 'r:1', schema: 'Organization', names: ['Norland Academy of Sciences'], countries: ['nn'] });
  sut.add({ entityId: 'r:2', schema: 'Organization', names: ['Velmar Research Council'], countries: ['nn'] });
  sut.add({ entityId: 'r:3', schema: 'Organization', names: ['Velmar Research Council'], countries: ['vv'] });
  return sut.build();
};

const withFeature = (sut: CandidateIndex, feature: string, name: string, countries: string[] = [], policy = POLICY) =>
  sut
    .search({ name, schema: 'Organization', countries }, { limit: 10, threshold: 0.7, partOfNamedBody: policy })
    .filter((result) => result.features.some((one) => one.name === feature))
    .map((result) => [result.entityId, result.score]);

describe(`${CandidateIndex.name}: a listed body's whole name written with its parent (written_with_parent)`, () => {
  const sut = build();

  it.each([
    ['"of the" a parent the index holds', 'Brennock Marine Works of the Quarrow Defence Commission', [], 'l:1'],
    ['"of" a parent the index holds', 'Brennock Marine Works of Quarrow Defence Commission', [], 'l:1'],
    ['a possessive parent the index holds', "Quarrow Defence Commission's Brennock Marine Works", [], 'l:1'],
    ['a parent the index holds written before it', 'Quarrow Defence Commission Brennock Marine Works', [], 'l:1'],
    [
      '"of the" a body-like parent (a class word) not held',
      'Brennock Marine Works of the Tarvel Shipping Commission',
      [],
      'l:1',
    ],
    ['the country given agreeing', 'Brennock Marine Works of the Quarrow Defence Commission', ['qq'], 'l:1'],
    ['a listed body of no country', 'Tarvel Acoustics Bureau of the Quarrow Defence Commission', [], 'l:4'],
    [
      'a generic name, the held parent of its country',
      'Institute of Marine Physics of the Quarrow Defence Commission',
      [],
      'l:2',
    ],
  ])('%s: %s', (_case, name, countries, entityId) => {
    expect(withFeature(sut, 'written_with_parent', name, countries)).toEqual([[entityId, 0.7]]);
  });

  it.each([
    ['the listed name alone (a match of its own)', 'Brennock Marine Works', []],
    ['"of" a parent not held', 'Brennock Marine Works of Tarvel Shipping Ministry', []],
    ['"of the" a phrase with no class word', 'Brennock Marine Works of the Tarvel Brennocks', []],
    ['"of the" a state', 'Brennock Marine Works of the Tarvel Republic', []],
    ['a body-like phrase before it, not held', 'Tarvel Shipping Ministry Brennock Marine Works', []],
    ['the country given conflicting', 'Brennock Marine Works of the Quarrow Defence Commission', ['zz']],
    ['the held parent of another country', 'Brennock Marine Works of the Norland Academy of Sciences', []],
    ['a one-word listed name', 'Brennock of the Quarrow Defence Commission', []],
    [
      'a generic name, the held parent of another country',
      'Institute of Marine Physics of the Norland Academy of Sciences',
      [],
    ],
    ['a generic name, the parent not held', 'Institute of Marine Physics of the Tarvel Shipping Commission', []],
    ['the listed name inside, not at an end', 'Quarrow Brennock Marine Works of the Tarvel Ministry', []],
  ])('not %s: %s', (_case, name, countries) => {
    expect(withFeature(sut, 'written_with_parent', name, countries)).toEqual([]);
  });

  it('not without the policy score (other searches unchanged)', () => {
    const name = 'Brennock Marine Works of the Quarrow Defence Commission';
    expect(withFeature(sut, 'written_with_parent', name, [], { score: 0.75 } as typeof POLICY)).toEqual([]);
  });

  it('says why, naming the listed name, the parent as written and the body the index holds by it', () => {
    const [result] = sut
      .search(
        { name: 'Brennock Marine Works of the Quarrow Defence Commission', schema: 'Organization' },
        { partOfNamedBody: POLICY },
      )
      .filter((one) => one.entityId === 'l:1');
    expect(result.match).toBe(true);
    expect(result.features[0].reason).toBe(
      'the query is "Brennock Marine Works" written with its parent "Quarrow Defence Commission" (the index holds it: "Defence Commission of the Quarrow Republic", g:1): a possible match, for review',
    );
  });
});

describe(`${CandidateIndex.name}: the parent the index holds by that name alone, a unit written before it`, () => {
  const sut = build();

  it.each([
    ['"of the" the parent', 'Tidewater Survey Commission of the Quarrow Defence Commission', 'g:1'],
    ['a possessive parent', "Quarrow Defence Commission's Tidewater Survey Department", 'g:1'],
    ['a listed unit of the parent', 'Brennock Marine Works of the Quarrow Defence Commission', 'g:1'],
  ])('%s: %s', (_case, name, entityId) => {
    expect(withFeature(sut, 'part_of_named_body', name)).toEqual([[entityId, 0.75]]);
  });

  it.each([
    ['a name two bodies bear', 'Tidewater Survey Commission of the Velmar Research Council'],
    [
      '"of" without "the" (a body\'s own name: "… of Tides")',
      'Tidewater Survey Commission of Quarrow Defence Commission',
    ],
    ['a unit with no class or unit word', 'Tidewater Surveys of the Quarrow Defence Commission'],
  ])('not %s: %s', (_case, name) => {
    expect(withFeature(sut, 'part_of_named_body', name)).toEqual([]);
  });
});

describe(`${parentReadings.name}: a query's readings as a name and its parent`, () => {
  const read = (name: string) =>
    parentReadings(prepareName(name, 'org')).map(
      (reading) =>
        `${reading.form}${reading.the ? ' the' : ''} ${reading.start}-${reading.end} / ${reading.parentStart}-${reading.parentEnd}`,
    );

  it.each([
    ['"of the"', 'Tide Survey Office of the Quarrow Commission', ['of the 0-3 / 5-7']],
    ['too short for any reading', 'Tide Office of Quarrow', []],
  ])('%s: %s', (_case, name, expected) => {
    expect(read(name).filter((line) => line.startsWith('of'))).toEqual(expected);
  });

  it("a person's name has none", () => {
    expect(parentReadings(prepareName('Tarvel Brennock of the Quarrow Valley', 'person'))).toEqual([]);
  });
});
