import { describe, expect, it } from 'vitest';
import { CORROBORATING_FEATURES, mayCorroborate } from './corroboration';
import { prepareParty, scoreParties } from './name-matcher';
import type { IndexEntry } from './types';

const ALL = [...CORROBORATING_FEATURES];

function entry(extra: Partial<IndexEntry>): IndexEntry {
  return { entityId: 'x', schema: 'Person', names: ['Dorvan Kellick Tashmere'], ...extra };
}

describe(mayCorroborate.name, () => {
  it.each<[string, Partial<IndexEntry>, Partial<IndexEntry>, readonly string[], boolean]>([
    ['a shared country, written in another case', { countries: ['IR'] }, { countries: ['ir'] }, ALL, true],
    ['different countries', { countries: ['ir'] }, { countries: ['iq'] }, ALL, false],
    ['a country on one side only', { countries: ['ir'] }, {}, ALL, false],
    ['a year of birth against the full date', { birthDates: ['1961'] }, { birthDates: ['1961-04-02'] }, ALL, true],
    ['different dates of birth', { birthDates: ['1961'] }, { birthDates: ['1974-01-01'] }, ALL, false],
    ['one identifier written two ways', { identifiers: ['P-1234567'] }, { identifiers: ['p1234567'] }, ALL, true],
    [
      'a registration code among the later names against an identifier',
      { schema: 'Vessel', names: ['Sea Kestrel', 'IMO 9187654'] },
      { schema: 'Vessel', names: ['SEA KESTREL'], identifiers: ['imo9187654'] },
      ALL,
      true,
    ],
    [
      'a shared country when only identifiers count',
      { countries: ['ir'] },
      { countries: ['ir'] },
      ['identifier'],
      false,
    ],
    ['a feature this guard does not know', {}, {}, ['schema'], true],
  ])('%s', (_reason, left, right, features, expected) => {
    const [a, b] = [entry(left), entry(right)];

    const sut = mayCorroborate(a, b, features);

    expect(sut).toBe(expected);
    // Never false where the matcher's own score has one of the features agree.
    const agreeing = scoreParties(
      prepareParty({ ...a, name: a.names[0], aliases: a.names.slice(1) }),
      prepareParty(b),
    ).features.filter((feature) => features.includes(feature.name) && feature.value > 0);
    if (agreeing.length > 0) {
      expect(sut).toBe(true);
    }
  });
});
