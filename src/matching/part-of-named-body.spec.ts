import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { parentNameParts } from './part-of-named-body';

// unit1 (rules 1.119.0): a query that is a body's whole name with a unit or programme of it ("School of Tides,
// Quarrow University") matches that body for review (partOfNamedBody), never as that body. Made-up names only.

const POLICY = { score: 0.75 };

const build = () => {
  const sut = new CandidateIndex();
  sut.add({ entityId: 'l:1', schema: 'Organization', names: ['Quarrow Engineering University'], listIds: ['l'] });
  sut.add({
    entityId: 'l:2',
    schema: 'Organization',
    names: ['Veltora University of Technology', 'Tarvel Polytechnic'],
    countries: ['qq'],
    listIds: ['l'],
  });
  sut.add({ entityId: 'l:3', schema: 'Organization', names: ['Brindle Marsh Holdings'], listIds: ['l'] });
  sut.add({ entityId: 'r:1', schema: 'Organization', names: ['Quarrow Medical University'] });
  sut.add({ entityId: 'r:2', schema: 'Organization', names: ['Harrowgate Institute of Technology'] });
  sut.add({ entityId: 'l:4', schema: 'Organization', names: ['Tarvel Electronics'], listIds: ['l'] });
  return sut.build();
};

const found = (sut: CandidateIndex, name: string, countries: string[] = []) =>
  sut
    .search({ name, schema: 'Organization', countries }, { limit: 5, partOfNamedBody: POLICY })
    .filter((result) => result.features.some((feature) => feature.name === 'part_of_named_body'))
    .map((result) => [result.entityId, result.score]);

describe(`${CandidateIndex.name}: a query naming a body whole with a unit or programme of it (partOfNamedBody)`, () => {
  const sut = build();

  it.each([
    ['a unit set apart by a comma, before', 'School of Tidal Engineering, Quarrow Engineering University', 'l:1'],
    ['a unit set apart by a comma, after', 'Quarrow Engineering University, College of Shipbuilding', 'l:1'],
    ['a unit written after the name', 'Quarrow Engineering University School of Energy and Power', 'l:1'],
    ['a fund written after the name', 'Quarrow Engineering University Research Fund', 'l:1'],
    ['a unit and "of"', 'Marlow Research Institute of Quarrow Engineering University', 'l:1'],
    ['funds and "of the"', 'Fundamental Research Funds of the Quarrow Engineering University', 'l:1'],
    ['a campus after a comma', 'Veltora University of Technology, Kessel Campus', 'l:2'],
    ['a department of a display name', 'Department of Physics, Harrowgate Institute of Technology', 'r:2'],
  ])('%s: %s', (_case, name, entityId) => {
    expect(found(sut, name)).toEqual([[entityId, 0.75]]);
  });

  it.each([
    ['the body itself', 'Quarrow Engineering University'],
    ['another body of the same words', 'Quarrow Engineering University of Medicine'],
    [
      'one word after the name ("… University College" is often a body of its own)',
      'Quarrow Engineering University College',
    ],
    ['no unit or programme word', 'Quarrow Engineering University Kessel'],
    ['the name inside, not at an end', 'Tide School of Quarrow Engineering University Holdings'],
    ['a name with no class word', 'Brindle Marsh School'],
    ['a unit of another body that shares words', 'School of Pharmacy, Quarrow Medical Engineering University'],
    ['a body of a country that conflicts', 'School of Mines, Veltora University of Technology'],
    ['a longer company name going on', 'Tarvel Electronics Technology Group Corporation Research Institute'],
  ])('not %s: %s', (_case, name) => {
    expect(found(sut, name, name.includes('Mines') ? ['zz'] : [])).toEqual([]);
  });

  it('not without the policy (pair scores and other searches unchanged)', () => {
    const results = sut.search({ name: 'Quarrow Engineering University Research Fund', schema: 'Organization' });
    expect(results.some((result) => result.features.some((feature) => feature.name === 'part_of_named_body'))).toBe(
      false,
    );
  });

  it('the reverse is not this rule: the parent asked against a listed unit', () => {
    const units = new CandidateIndex();
    units.add({ entityId: 'u:1', schema: 'Organization', names: ['School of Tides, Quarrow Engineering University'] });
    units.build();
    const results = units.search(
      { name: 'Quarrow Engineering University', schema: 'Organization' },
      { partOfNamedBody: POLICY },
    );
    expect(results.some((result) => result.features.some((feature) => feature.name === 'part_of_named_body'))).toBe(
      false,
    );
  });

  it('says why, naming the body and the part', () => {
    const [result] = sut.search(
      { name: 'School of Tidal Engineering, Quarrow Engineering University', schema: 'Organization' },
      { partOfNamedBody: POLICY },
    );
    expect(result.features[0].reason).toContain('names "Quarrow Engineering University" as the body it belongs to');
    expect(result.match).toBe(true);
  });
});

describe(`${parentNameParts.name}: the parts of a query looked up as a parent's whole name`, () => {
  it.each([
    ['set apart', 'School of Tides, Quarrow University', ['School of Tides', 'Quarrow University']],
    [
      'after "of"',
      'Tide Institute of Quarrow University',
      ['Tide Institute', 'Tide Institute of', 'Quarrow University'],
    ],
    ['no unit or programme word', 'Quarrow University of Tides', []],
  ])('%s: %s', (_case, name, parts) => {
    expect(parentNameParts(name)).toEqual(parts);
  });
});
