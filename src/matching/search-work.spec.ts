import { describe, expect, it, vi } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { NameComparisons } from './name-matcher';
import { SearchWork } from './search-work';
import type { MatchQuery, SearchOptions } from './types';

/** A small index of made-up bodies and persons, some alike in name, one of each schema a party search can meet. */
function madeUpIndex(): CandidateIndex {
  const sut = new CandidateIndex();
  sut.add({ entityId: 'org-1', schema: 'Organization', names: ['Quarrow Tidal Institute'], countries: ['nz'] });
  sut.add({ entityId: 'org-2', schema: 'Organization', names: ['Quarrow Tidal Institute of Marine Studies'] });
  sut.add({ entityId: 'org-3', schema: 'Company', names: ['Quarrow Tidal Works Ltd'] });
  sut.add({ entityId: 'legal-1', schema: 'LegalEntity', names: ['Quarrow Tidal', 'QTI'] });
  sut.add({ entityId: 'person-1', schema: 'Person', names: ['Quarrow Tidal', 'Tidal Quarrow'] });
  sut.add({ entityId: 'person-2', schema: 'Person', names: ['Dorvan Kellick'] });
  sut.add({ entityId: 'vessel-1', schema: 'Vessel', names: ['Quarrow Tide'] });
  sut.build();
  return sut;
}

const OPTIONS: SearchOptions = { limit: 20, threshold: 0.3, derivedInitials: true };

describe(SearchWork.name, () => {
  it.each<[string, MatchQuery, string, number, string]>([
    [
      'LegalEntity then Organization',
      { name: 'Quarrow Tidal Institute', schema: 'LegalEntity' },
      'Organization',
      1,
      "a party screened as written, then read as an organisation: one blocking and every comparison made once (the screen's, then the resolver's reading)",
    ],
    [
      'no schema then Organization',
      { name: 'Quarrow Tidal', countries: ['nz'] },
      'Organization',
      1,
      'a name given without a schema is a legal entity: the same names in the same mode',
    ],
    [
      'LegalEntity then Person',
      { name: 'Quarrow Tidal', schema: 'LegalEntity' },
      'Person',
      2,
      "a person's reading is another mode: its names are prepared, blocked and compared anew",
    ],
    [
      'Vessel then Organization',
      { name: 'Quarrow Tide', schema: 'Vessel' },
      'Organization',
      2,
      "a vessel's names are an object's: the organisation's reading makes its own",
    ],
    [
      'with a country after the name',
      { name: 'Quarrow Tidal Institute, New Zealand', schema: 'LegalEntity' },
      'Organization',
      2,
      "the name as given and the name without its country: each of the two readings shares the earlier search's of the same text",
    ],
  ])(
    '%s: %j, then as %s: the answers of searches made alone, %i blocking(s) of the query (%s)',
    (_label, query, second, blockings) => {
      const alone = madeUpIndex();
      const expectedFirst = alone.search(query, OPTIONS);
      const expectedSecond = alone.search({ ...query, schema: second }, OPTIONS);
      const sut = madeUpIndex();
      const blocked = vi.spyOn(sut as unknown as { blockNames: () => number[] }, 'blockNames');
      const work = new SearchWork();

      const first = sut.search(query, { ...OPTIONS, work });
      const secondResults = sut.search({ ...query, schema: second }, { ...OPTIONS, work });

      expect(expectedFirst.length + expectedSecond.length).toBeGreaterThan(0);
      expect(first).toEqual(expectedFirst);
      expect(secondResults).toEqual(expectedSecond);
      expect(blocked).toHaveBeenCalledTimes(blockings);
    },
  );

  it('makes no comparison anew in the second search of the same names and mode', () => {
    const sut = madeUpIndex();
    const asked = vi.spyOn(NameComparisons.prototype, 'compare');
    const work = new SearchWork();
    const query: MatchQuery = { name: 'Quarrow Tidal Institute', schema: 'LegalEntity' };
    sut.search(query, { ...OPTIONS, work });
    const madeFirst = new Set(asked.mock.results.map((result) => result.value as object));
    const askedFirst = asked.mock.calls.length;

    sut.search({ ...query, schema: 'Organization' }, { ...OPTIONS, work });
    const answeredSecond = asked.mock.results.slice(askedFirst).map((result) => result.value as object);
    asked.mockRestore();

    expect(madeFirst.size).toBeGreaterThan(0);
    expect(answeredSecond.length).toBeGreaterThan(0);
    expect(answeredSecond.every((comparison) => madeFirst.has(comparison))).toBe(true);
  });
});
