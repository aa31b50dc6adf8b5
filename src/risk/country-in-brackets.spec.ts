import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../matching/candidate-index';
import { countryInBrackets } from '../matching/country-in-name';
import { resolveInIndex } from './scored-candidate.testing';

// res18 (since rules 1.182.0): "<name> (<country>)", a country alone in brackets after an organisation's name (as ROR
// names a company's national units: "<Company> (Japan)"), is a country of the query, as "<name>, <country>" is
// (rules 1.158.0): sent without a country, the name no longer resolves to the body of that name in another country.
// The name is compared as written; only the country is added. Made-up names; the countries are ISO's and their names
// as ICU and org_words.yml country_names write them.

describe(countryInBrackets.name, () => {
  it.each<[string, string, string | undefined]>([
    ['a country of one word after a one-word name', 'Quarrowtide (Italy)', 'it'],
    ['a country as a phrase', 'Tarvel Tidal Corporation (United States)', 'us'],
    ['a country written without a space before the bracket', 'Quarrowtide(Sweden)', 'se'],
    ['a country ICU does not name so (Turkey)', 'Tarvel Holding (Turkey)', 'tr'],
    ['a town in the brackets: no country', 'Quarrow Tidal Institute (Pellby)', undefined],
    ['letters of a code, not a country name: no country', 'Quarrow Tidal Institute (QTI)', undefined],
    ['a country name in another language only (Alemania): no country', 'Instituto Quarrow (Alemania)', undefined],
    ['brackets inside the name, not at its end: no country', 'Quarrow (Italy) Tidal Institute', undefined],
    ['nothing before the brackets: no country', '(Italy)', undefined],
    ['no brackets', 'Quarrow Tidal Institute Italy', undefined],
  ])('%s: %s', (_rule, raw, code) => {
    expect(countryInBrackets(raw)?.code).toBe(code);
  });
});

const org = (entityId: string, names: string[], countries: string[]) => ({
  entityId,
  schema: 'Organization',
  names,
  countries,
});

function build(): CandidateIndex {
  const sut = new CandidateIndex();
  sut.add(org('reg:quarrowtide-ch', ['Quarrowtide'], ['CH']));
  sut.add(org('reg:quarrowtide-jp', ['Quarrowtide (Japan)'], ['JP']));
  sut.add(org('reg:tarvel-de', ['Tarvel Tidal Corporation'], ['DE']));
  sut.add(org('reg:veskhold-ch', ['Veskhold Pharma'], ['CH']));
  sut.add(org('reg:makrow', ['Makrow Tidal Works'], []));
  return sut.build();
}

const resolve = (sut: CandidateIndex, name: string, countries: string[] = []) => resolveInIndex(sut, name, countries);

describe(`${CandidateIndex.name}: a country in brackets after the name (since rules 1.182.0)`, () => {
  const sut = build();

  it.each<[string, string, string[], string, string | null]>([
    // The body of that name is of another country: the unit named for Italy is not it (at 1.178.0: RESOLVED to it).
    [
      'the namesake of another country, no country given: not resolved',
      'Veskhold Pharma (Italy)',
      [],
      'NOT_FOUND',
      null,
    ],
    [
      'a phrase naming the country, the body of another country: not resolved',
      'Tarvel Tidal Corporation (United States)',
      [],
      'NOT_FOUND',
      null,
    ],
    // The body of the country written still resolves.
    ['the body of the country written', 'Quarrowtide (Japan)', [], 'RESOLVED', 'reg:quarrowtide-jp'],
    // A body of no known country: no conflict, as for a country given.
    ['a body of no known country: resolved as before', 'Makrow Tidal Works (Italy)', [], 'RESOLVED', 'reg:makrow'],
    // The same country given: the query is unchanged.
    ['the country given as well', 'Quarrowtide (Japan)', ['jp'], 'RESOLVED', 'reg:quarrowtide-jp'],
  ])('%s: %s', (_rule, name, countries, status, entityId) => {
    const { decision } = resolve(sut, name, countries);

    expect(decision.status).toBe(status);
    expect(decision.status === 'RESOLVED' ? decision.best?.entityId : null).toBe(entityId);
  });

  it('reads the country as the country field: the same scores, the name compared as written, the reason said', () => {
    const written = sut.search({ name: 'Quarrowtide (Italy)', schema: 'Organization' });
    const given = sut.search({ name: 'Quarrowtide (Italy)', schema: 'Organization', countries: ['it'] });

    expect(written.map((result) => [result.entityId, result.score])).toEqual(
      given.map((result) => [result.entityId, result.score]),
    );
    expect(written[0].queryName).toBe('Quarrowtide (Italy)');
    expect(written[0].features.find((feature) => feature.name === 'country')?.reason).toContain(
      '"(Italy)" written after the name is read as a country given (IT).',
    );
  });

  it('leaves a query whose country field gives that country as it is', () => {
    const given = sut.search({ name: 'Quarrowtide (Japan)', schema: 'Organization', countries: ['JP'] });

    expect(given[0].features.find((feature) => feature.name === 'country')?.reason).not.toContain('written after');
  });
});

// Since rules 1.223.0 (probe8's B4): a registry names a body "<name> (<country>)" while its record places the body in
// another country (the registry's own data). The query that is that name whole is the body's own name, which never
// conflicts with itself: compared as written with only the countries given, it resolves; the bracketed country still
// counts against every other entry, and a country given that the record conflicts with still conflicts. Made-up names.
describe(`${CandidateIndex.name}: a body's own name ending in a country its record does not hold (since rules 1.223.0)`, () => {
  const sut = new CandidateIndex();
  sut.add(org('reg:pellvane-us', ['Pellvane Robotics (United States)'], ['PK']));
  sut.add(org('reg:tarvoss-jp', ['Tarvoss Machine Co., Ltd. (Japan)'], ['RU']));
  sut.add(org('reg:drelmor', ['Drelmor Analytics'], ['PK']));
  sut.build();

  it.each<[string, string, string[], string, string | null]>([
    [
      "the body's own name, its record of another country",
      'Pellvane Robotics (United States)',
      [],
      'RESOLVED',
      'reg:pellvane-us',
    ],
    ["the body's own name with a legal form", 'Tarvoss Machine Co., Ltd. (Japan)', [], 'RESOLVED', 'reg:tarvoss-jp'],
    [
      'another entry of another country than the bracket: not resolved',
      'Drelmor Analytics (United States)',
      [],
      'NOT_FOUND',
      null,
    ],
    [
      'the country given as well, the record of another: not resolved',
      'Pellvane Robotics (United States)',
      ['us'],
      'NOT_FOUND',
      null,
    ],
  ])('%s: %s', (_rule, name, countries, status, entityId) => {
    const { decision } = resolve(sut, name, countries);

    expect(decision.status).toBe(status);
    expect(decision.status === 'RESOLVED' ? decision.best?.entityId : null).toBe(entityId);
    if (status === 'RESOLVED') {
      expect(decision.why).not.toContain('another country');
    }
  });
});
