import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../matching/candidate-index';
import { countryAfterName } from '../matching/country-in-name';
import { decideResolution } from './resolution-rule';
import { SPEC_POLICY, candidatesOfResults, resolveInIndex } from './scored-candidate.testing';

// assess2 (rules 1.158.0): "<name>, <country>" is the name given in that country, as if the country were given in
// the query's `country` field, in every path a name takes (screen, assessPartnership, partnerRisk: the index's
// search). The country corroborates the body of that country and conflicts with a body of another, which the
// resolution never resolves. Made-up names; the countries are ISO's and their names as ICU and org_words.yml
// country_names write them.

describe(countryAfterName.name, () => {
  it.each<[string, string, { name: string; code: string } | undefined]>([
    [
      'a country of one word',
      'Quarrow University of Technology, Iran',
      { name: 'Quarrow University of Technology', code: 'ir' },
    ],
    [
      'a country as a phrase',
      "Quarrow University of Technology, People's Republic of China",
      { name: 'Quarrow University of Technology', code: 'cn' },
    ],
    [
      'a country abbreviated (P.R. China)',
      'Quarrow University, P.R. China',
      { name: 'Quarrow University', code: 'cn' },
    ],
    ['a country abbreviated (PR China)', 'Quarrow University, PR China', { name: 'Quarrow University', code: 'cn' }],
    ['a country ICU does not name so (Turkey)', 'Tarvel University, Turkey', { name: 'Tarvel University', code: 'tr' }],
    [
      'a withdrawn code read as the current one (Germany)',
      'Makrow Institute, Germany',
      { name: 'Makrow Institute', code: 'de' },
    ],
    ['a town before the country: the own-town reading, not this one', 'Quarrow University, Pellby, China', undefined],
    ['a town, no country', 'Quarrow University, Pellby', undefined],
    // A town that is a country's name in another language only (Grenada in Spanish): a town, not a country.
    ['a country name in another language only (Granada)', 'Instituto Quarrow de Mareas, Granada', undefined],
    ['a country name in another language only (Alemania)', 'Instituto Quarrow de Mareas, Alemania', undefined],
    ['one word before the comma: a surname and a given name as often', 'Vesk, Jordan', undefined],
    ['no comma', 'Quarrow University of Technology Iran', undefined],
    ['digits after the comma', 'Quarrow University, 1958', undefined],
  ])('%s: %s', (_rule, raw, expected) => {
    const sut = countryAfterName(raw);

    expect(sut === undefined ? undefined : { name: sut.name, code: sut.code }).toEqual(expected);
  });
});

const org = (entityId: string, names: string[], countries: string[], schema = 'Organization') => ({
  entityId,
  schema,
  names,
  countries,
});

function build(): CandidateIndex {
  const sut = new CandidateIndex();
  sut.add(org('reg:quarrow-ir', ['Quarrow University of Technology'], ['IR']));
  sut.add(org('list:quarrow-ir', ['Quarrow University of Technology'], ['IR']));
  sut.add(org('reg:quarrow-centre', ['Advanced Tidal Centre, Quarrow University of Technology'], ['IR']));
  sut.add(org('reg:pellby-cn', ['Pellby Polytechnic University'], ['CN']));
  sut.add(org('reg:pellby-de', ['Pellby Polytechnic University'], ['DE']));
  sut.add(org('reg:makrow', ['Makrow Institute of Science'], []));
  sut.add(org('reg:tides-se', ['Quarrow Ministry of Tides, Sweden'], ['SE']));
  sut.add(org('reg:tides-ir', ['Quarrow Ministry of Tides'], ['IR']));
  sut.add({ entityId: 'list:vesk', schema: 'Person', names: ['Jordan Vesk Tarrow'], countries: ['GB'] });
  return sut.build();
}

const LINKS: Array<[string, string]> = [['reg:quarrow-ir', 'list:quarrow-ir']];
const resolve = (sut: CandidateIndex, name: string, countries: string[] = []) =>
  resolveInIndex(sut, name, countries, LINKS);
const candidatesOf = candidatesOfResults;

describe(`${CandidateIndex.name}: a country written after the name (rules 1.158.0)`, () => {
  const sut = build();

  it.each<[string, string, string, string | null]>([
    // The body of that country, its sibling "<centre>, <name>" another body: the country is no word of the query's
    // own, so the sibling does not make it ambiguous (it did before: "iran" read as the query's qualifier).
    ['the body of the country written', 'Quarrow University of Technology, Iran', 'RESOLVED', 'reg:quarrow-ir'],
    [
      'the body of the country written as a phrase',
      'Quarrow University of Technology, Islamic Republic of Iran',
      'RESOLVED',
      'reg:quarrow-ir',
    ],
    // Two bodies of one name in two countries: the country written picks its own, as the country field does.
    [
      'one of two namesakes, by the country written',
      'Pellby Polytechnic University, China',
      'RESOLVED',
      'reg:pellby-cn',
    ],
    ['the other namesake, by its country', 'Pellby Polytechnic University, Germany', 'RESOLVED', 'reg:pellby-de'],
    // Never a body of another country.
    ['a body of another country: not resolved', 'Quarrow University of Technology, China', 'NOT_FOUND', null],
    ['namesakes of two other countries: not resolved', 'Pellby Polytechnic University, Iran', 'NOT_FOUND', null],
  ])('%s: %s', (_rule, name, status, entityId) => {
    const { decision } = resolve(sut, name);

    expect(decision.status).toBe(status);
    // (The registry's record and the list entry of one body, SAME_AS: either is the body.)
    expect(decision.status === 'RESOLVED' ? decision.best?.entityId.replace(/^list:/, 'reg:') : null).toBe(entityId);
  });

  it('reads the country as the country field: the same scores, the name before the comma compared', () => {
    const written = sut.search({ name: 'Pellby Polytechnic University, China', schema: 'Organization' });
    const given = sut.search({ name: 'Pellby Polytechnic University', schema: 'Organization', countries: ['cn'] });

    expect(written.map((result) => [result.entityId, result.score])).toEqual(
      given.map((result) => [result.entityId, result.score]),
    );
    expect(written[0].queryName).toBe('Pellby Polytechnic University');
    expect(written[0].features.find((feature) => feature.name === 'country')?.reason).toContain(
      '"China" written after the name is read as the country given (CN).',
    );
  });

  it("compares a name that writes the country itself as written: the query is that body's name", () => {
    const results = sut.search({ name: 'Quarrow Ministry of Tides, Sweden', schema: 'Organization' }, { limit: 5 });

    expect(results[0]).toMatchObject({ entityId: 'reg:tides-se', score: 1 });
    // The body of another country named without it still conflicts.
    const other = results.find((result) => result.entityId === 'reg:tides-ir');
    expect(other?.features.find((feature) => feature.name === 'country')?.value).toBe(-1);
  });

  it('adds the country to a country field given, once', () => {
    const both = sut.search({
      name: 'Pellby Polytechnic University, China',
      schema: 'Organization',
      countries: ['CN'],
    });
    const given = sut.search({ name: 'Pellby Polytechnic University', schema: 'Organization', countries: ['cn'] });

    expect(both.map((result) => [result.entityId, result.score])).toEqual(
      given.map((result) => [result.entityId, result.score]),
    );
  });

  it('leaves a person query as written ("Vesk Tarrow, Jordan" is a name, not a country)', () => {
    const person = sut.search({ name: 'Vesk Tarrow, Jordan', schema: 'Person' });

    expect(person.every((result) => result.queryName !== 'Vesk Tarrow')).toBe(true);
  });
});

// assess3 (rules 1.161.0): "<name>, <country>" where a body's own name writes the country ("Ministry of Tides- New
// Zealand", "New Zealand Ministry of Tides", an alias "Ministry of Tides, Libya") compares both readings: as
// written, the query is that body's whole name, and a namesake of no known country (or of another) no longer ties
// with it; a namesake of the country written keeps the country's reading. Made-up ministries.
describe(`${CandidateIndex.name}: a body whose own name writes the country written after the name (rules 1.161.0)`, () => {
  function ministries(extra: Array<ReturnType<typeof org>> = []): CandidateIndex {
    const sut = new CandidateIndex();
    sut.add(org('reg:tides-nz', ['Ministry of Tides- New Zealand', 'Ministry of Tides, New Zealand'], ['NZ']));
    sut.add(org('reg:tides-ly', ['Ministry of Tides', 'Ministry of Tides, Libya', 'Libyan Ministry of Tides'], []));
    sut.add(org('reg:tides-none', ['Kementerian Pasang', 'Ministry of Tides'], []));
    sut.add(org('reg:tides-cn', ["Ministry of Tides of the People's Republic of China", 'Ministry of Tides'], ['CN']));
    sut.add(org('reg:tides-kw', ['Ministry of Tides'], ['KW']));
    sut.add(org('reg:moorings-nz', ['New Zealand Ministry of Moorings'], ['NZ']));
    sut.add(org('reg:moorings-none', ['Ministry of Moorings'], []));
    extra.forEach((entry) => sut.add(entry));
    return sut.build();
  }
  const sut = ministries();
  const twoOfTheCountry = ministries([org('reg:tides-nz-2', ['Ministry of Tides'], ['NZ'])]);

  const decided = (index: CandidateIndex, name: string, countries: string[]) => {
    const results = index.search({ name, schema: 'Organization', countries }, { limit: 20, threshold: 0.3 });
    return decideResolution(candidatesOf(results), [], SPEC_POLICY);
  };

  it.each<[string, 'one' | 'two', string, string[], string, string | null]>([
    // The registry's body writes the country after the name; namesakes of no known country tied with it at 1.000.
    ['the body that writes the country', 'one', 'Ministry of Tides, New Zealand', [], 'RESOLVED', 'reg:tides-nz'],
    ['the same, the country also given', 'one', 'Ministry of Tides, New Zealand', ['NZ'], 'RESOLVED', 'reg:tides-nz'],
    // An alias writes it; the body itself is of no known country.
    ['a body whose alias writes the country', 'one', 'Ministry of Tides, Libya', [], 'RESOLVED', 'reg:tides-ly'],
    [
      'a body that writes the country first',
      'one',
      'Ministry of Moorings, New Zealand',
      [],
      'RESOLVED',
      'reg:moorings-nz',
    ],
    // Two bodies of that country and name: the country's reading keeps the second at 1.000.
    ['two bodies of the country and name', 'two', 'Ministry of Tides, New Zealand', [], 'AMBIGUOUS', null],
    // No body writes the country: unchanged (the body of the country ties with namesakes of no known country).
    ['no body writes the country', 'one', 'Ministry of Tides, Kuwait', [], 'AMBIGUOUS', null],
    ['no body of that country', 'one', 'Ministry of Tides, Peru', [], 'AMBIGUOUS', null],
  ])('%s (%s of the country): %s', (_rule, ofCountry, name, countries, status, entityId) => {
    const decision = decided(ofCountry === 'one' ? sut : twoOfTheCountry, name, countries);

    expect(decision.status).toBe(status);
    expect(decision.status === 'RESOLVED' ? decision.best?.entityId : null).toBe(entityId);
  });

  it('shows the namesakes compared as written, the country read as given', () => {
    const results = sut.search({ name: 'Ministry of Tides, New Zealand', schema: 'Organization' }, { limit: 20 });

    expect(results[0]).toMatchObject({ entityId: 'reg:tides-nz', score: 1 });
    const namesake = results.find((result) => result.entityId === 'reg:tides-none');
    expect(namesake?.score).toBeLessThan(1);
    const other = results.find((result) => result.entityId === 'reg:tides-cn');
    expect(other?.features.find((feature) => feature.name === 'country')?.reason).toContain(
      '"New Zealand" written after the name is read as the country given (NZ).',
    );
  });
});
