import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../matching/candidate-index';
import { countriesNamed } from '../matching/country-in-name';
import { resolveInIndex } from './scored-candidate.testing';

// res19 (since rules 1.184.0, issue 9): an organisation's name sent with no country that writes a country's name as
// words of its own ("Open University of <country>", "<Country> Institute of Energy") is searched in that country, as
// "<name> (<country>)" is (rules 1.182.0): a body of another known country whose matched name lacks the country's
// name meets the "countries differ" cap and is not resolved. An entry whose matched name writes the country itself
// keeps the answer of the name alone. Not read: a demonym, the country's name alone, and a name the graph's registry
// bodies write for bodies of another country (country_names_elsewhere.tsv: "Georgia", "Hong Kong", "New Mexico").
// Made-up body names; the countries are ISO's and their names as ICU and org_words.yml country_names write them.

describe(countriesNamed.name, () => {
  it.each<[string, string, string[]]>([
    ['a country of one word after "of"', 'Quarrow Open University of Kenya', ['ke']],
    ['a country of one word first', 'Japan Quarrow Tidal Institute', ['jp']],
    ['a country of two words', 'Quarrow Tidal Trust of Puerto Rico', ['pr']],
    ['a formal name', 'Ministry of Tides of the Republic of Korea', ['kr']],
    ['two countries, a joint body', 'Malaysia-Thailand Quarrow Authority', ['my', 'th']],
    ['the same country twice, read once', 'Japan Quarrow Society of Japan', ['jp']],
    ['a country written after another place word is still read', 'Quarrow College of Mexico', ['mx']],
    ['the country alone: not read', 'Japan', []],
    ['a demonym: not read', 'Japanese Quarrow Tidal Institute', []],
    ['a word that only begins with a country: not read', 'Japanology Quarrow Institute', []],
    ['a name registry bodies write for another country (Georgia): not read', 'Georgia Quarrow Tidal College', []],
    ['a name of two words registry bodies write for another country: not read', 'Hong Kong Quarrow Society', []],
    ['a country after a word that makes another place (New Mexico): not read', 'New Mexico Quarrow College', []],
    ['a country in brackets, a remark on the name: not read', 'Quarrow Tidal Institute (Kenya office) Pellby', []],
    ['no country', 'Quarrow Tidal Institute', []],
  ])('%s: %s', (_rule, name, codes) => {
    expect(countriesNamed(name).map((country) => country.code)).toEqual(codes);
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
  sut.add(org('reg:open-gb', ['The Quarrow Open University'], ['GB']));
  sut.add(org('reg:energy-gb', ['Tidal Energy Institute'], ['GB']));
  sut.add(org('reg:tides-jp', ['Tidal Works Institute'], ['JP']));
  sut.add(org('reg:bank-jp', ['Quarrow Bank of Japan'], ['JP']));
  sut.add(org('reg:society-gb', ['Japan Quarrow Tidal Society'], ['GB']));
  sut.add(org('reg:makrow', ['Makrow Tidal Works'], []));
  sut.add(org('reg:college-us', ['Quarrow Tidal College'], ['US']));
  return sut.build();
}

const resolve = (sut: CandidateIndex, name: string, countries: string[] = []) => resolveInIndex(sut, name, countries);

describe(`${CandidateIndex.name}: a country's name written in the name, no country given (since rules 1.184.0)`, () => {
  const sut = build();

  it.each<[string, string, string[], string, string | null]>([
    // The body of that name lacking the country is of another country (at 1.182.0: RESOLVED to it).
    [
      'a body of another country whose name lacks the country written (a phrase): not resolved',
      'Quarrow Open University of Sri Lanka',
      [],
      'NOT_FOUND',
      null,
    ],
    [
      'a country of one word after "of", a body of another country: not resolved',
      'Tidal Energy Institute of Japan',
      [],
      'NOT_FOUND',
      null,
    ],
    // The country read agrees with the body's: resolved as before.
    [
      'a body of the country written, its name lacking it',
      'Tidal Works Institute of Japan',
      [],
      'RESOLVED',
      'reg:tides-jp',
    ],
    // A matched name that writes the country: the name alone decides, as before.
    ['the body whose own name writes the country', 'Quarrow Bank of Japan', [], 'RESOLVED', 'reg:bank-jp'],
    [
      'a body abroad named after its home country keeps its answer',
      'Japan Quarrow Tidal Society',
      [],
      'RESOLVED',
      'reg:society-gb',
    ],
    // A body of no known country: no conflict.
    ['a body of no known country: resolved as before', 'Makrow Tidal Works of Italy', [], 'RESOLVED', 'reg:makrow'],
    // A country given: the name's country is not read, the query is as before.
    ['a country given: the name not read', 'Quarrow Open University of Kenya', ['gb'], 'RESOLVED', 'reg:open-gb'],
    // A name the registry's bodies write for another country: not read (Georgia).
    ['a country name not read (Georgia)', 'Quarrow Tidal College of Georgia', [], 'RESOLVED', 'reg:college-us'],
  ])('%s: %s', (_rule, name, countries, status, entityId) => {
    const { decision } = resolve(sut, name, countries);

    expect(decision.status).toBe(status);
    expect(decision.status === 'RESOLVED' ? decision.best?.entityId : null).toBe(entityId);
  });

  it('says in the country feature what was read', () => {
    const results = sut.search({ name: 'Quarrow Open University of Kenya', schema: 'Organization' });

    expect(results[0].features.find((feature) => feature.name === 'country')?.reason).toContain(
      '"Kenya" written in the name is read as a country of the query (KE).',
    );
  });

  it('scores an entry whose matched name writes the country as the name alone', () => {
    const written = sut.search({ name: 'Quarrow Bank of Japan', schema: 'Organization' });

    expect(written[0]).toMatchObject({ entityId: 'reg:bank-jp' });
    expect(written[0].features.some((feature) => feature.name === 'country')).toBe(false);
  });
});
