import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';

// qual8 (rules 1.152.0): qual5's pair rule reads a one-word listed town after the comma of a campus body's name as
// its address, so a list entry that holds the body's name and no town matches "<name>, <town>" too. That match
// is the same name at an address, not the query held as another body's own name: the own town's reading
// (town1, rules 1.141.0) stays first, and only a record whose name writes the town takes the query from it. Made-up
// names, towns of place_names.tsv (the pair rule reads listed towns only).

const org = (entityId: string, names: string[], towns?: string[], countries?: string[]) => ({
  entityId,
  schema: 'Organization',
  names,
  ...(towns ? { towns } : {}),
  ...(countries ? { countries } : {}),
});

function build(): CandidateIndex {
  const sut = new CandidateIndex();
  // A registry body in its own town, and a list entry of the same name with no town.
  sut.add(org('reg:quarrow', ['Quarrow Institute'], ['Ghent'], ['be']));
  sut.add(org('list:quarrow', ['Quarrow Institute'], undefined, ['be']));
  // A registry body in its own town, and a record whose name writes that town: the member there.
  sut.add(org('reg:tarvel', ['Tarvel University'], ['Lyon'], ['fr']));
  sut.add(org('reg:tarvel-lyon', ['Tarvel University, Lyon'], ['Lyon'], ['fr']));
  return sut.build();
}

describe(`${CandidateIndex.name}: a body's own town is read before the pair rule's address (rules 1.152.0)`, () => {
  const sut = build();

  it.each<{ reason: string; name: string; countries?: string[]; entityId: string; ownTown: boolean }>([
    {
      reason: 'the own town, with the country: the registry body at 1.000 with own_town, not the town-less entry',
      name: 'Quarrow Institute, Ghent',
      countries: ['BE'],
      entityId: 'reg:quarrow',
      ownTown: true,
    },
    {
      reason: 'the own town, without a country: the same',
      name: 'Quarrow Institute, Ghent',
      entityId: 'reg:quarrow',
      ownTown: true,
    },
    {
      reason: 'so in capitals',
      name: 'QUARROW INSTITUTE, GHENT',
      countries: ['BE'],
      entityId: 'reg:quarrow',
      ownTown: true,
    },
    {
      reason: "the own town, its country after it (probe4's reading): the same",
      name: 'Quarrow Institute, Ghent, Belgium',
      entityId: 'reg:quarrow',
      ownTown: true,
    },
    {
      reason: 'a record whose name writes the town still holds the query as its own name',
      name: 'Tarvel University, Lyon',
      countries: ['FR'],
      entityId: 'reg:tarvel-lyon',
      ownTown: false,
    },
  ])('$reason', ({ name, countries, entityId, ownTown }) => {
    const results = sut.search({ name, schema: 'Organization', ...(countries ? { countries } : {}) }, {});
    const top = results[0];
    expect(top?.entityId, JSON.stringify(results.map((result) => [result.entityId, result.score]))).toBe(entityId);
    expect(top.score).toBeCloseTo(1, 3);
    expect(top.features.some((feature) => feature.name === 'own_town')).toBe(ownTown);
  });

  it('another town than its own: no own_town, the registry body not raised to 1.000', () => {
    const results = sut.search({ name: 'Quarrow Institute, Lyon', schema: 'Organization', countries: ['BE'] }, {});
    expect(results.every((result) => !result.features.some((feature) => feature.name === 'own_town'))).toBe(true);
    expect(results.every((result) => result.score < 1)).toBe(true);
  });
});
