import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { matchPairs } from './match-pairs';
import { Kind, prepareName } from './normalise';

// Rules 1.217.0 (probe7's C2 and C3, knic's leftover (2)): a listed body is found by its own entry, not by its unit's
// entry or a namesake's. Made-up bodies and acronyms; the named bodies are the lists' own words (symbols.yml).

describe(`${matchPairs.name}: a listed body against its unit's, a namesake's or its own entry`, () => {
  it.each<
    [reason: string, query: string, listed: string, queryCountry: string, listedCountry: string, highest: number]
  >([
    [
      'a unit\'s acronym joined by a hyphen to the body\'s own bracketed acronym ("(QTC)-TML") names the unit: counted',
      'Quarrow Tide Centre',
      'Quarrow Tide Centre (QTC)-TML',
      '',
      '',
      0.7,
    ],
    [
      "a named body of one country written before a body of another country is not that body's parent",
      'Hizballah Tidewater Foundation',
      'TIDEWATER FOUNDATION',
      '',
      'IR',
      0.65,
    ],
    [
      'so for each named body with a country (IRGC against a body of Syria)',
      'IRGC Tidewater Foundation',
      'TIDEWATER FOUNDATION',
      '',
      'SY',
      0.65,
    ],
  ])('%s: %s ~ %s', (_reason, query, listed, queryCountry, listedCountry, highest) => {
    const [sut] = matchPairs([
      { schema: 'Organization', name1: query, name2: listed, country1: queryCountry, country2: listedCountry },
    ]);

    expect(sut.score).toBeLessThanOrEqual(highest);
    expect(sut.match).toBe(false);
  });

  it.each<[reason: string, query: string, listed: string, listedCountry: string]>([
    [
      'a named body before a body of its own country is its parent, left out',
      'Hizballah Tidewater Foundation',
      'TIDEWATER FOUNDATION',
      'LB',
    ],
    [
      'a named body before a body of no known country is left out as before',
      'Hizballah Tidewater Foundation',
      'TIDEWATER FOUNDATION',
      '',
    ],
    [
      "the body's own bracketed acronym alone, the words in order",
      'Quarrow Tide Centre',
      'Quarrow Tide Centre (QTC)',
      '',
    ],
    [
      'a parent\'s acronym joined after the name, no bracket ("QTC-TML"), is still read as its parent',
      'Quarrow Tide Centre',
      'Quarrow Tide Centre QTC-TML',
      '',
    ],
    [
      "the body's own bracketed acronym (its initials) is its own whatever order the query writes the words in",
      'Tide Quarrow Centre',
      'QUARROW TIDE CENTRE (QTC)',
      '',
    ],
    [
      'so for an acronym in brackets that a word gives two letters of ("CO" of "COMPANY")',
      'Trading Eastern Pellby Company',
      'PELLBY EASTERN TRADING COMPANY (PETCO)',
      '',
    ],
    [
      "so for an acronym in brackets that is not its initials (another language's, or its parent's)",
      'Tide Quarrow Centre',
      'QUARROW TIDE CENTRE (VAS)',
      '',
    ],
  ])('%s: %s ~ %s', (_reason, query, listed, listedCountry) => {
    const [sut] = matchPairs([
      { schema: 'Organization', name1: query, name2: listed, country1: '', country2: listedCountry },
    ]);

    expect(sut.score).toBe(1);
  });

  it('a parent left out is not counted among the query words aligned: "2 of 3", naming the parent after', () => {
    const [sut] = matchPairs([
      {
        schema: 'Organization',
        name1: 'Hizballah Tidewater Foundation',
        name2: 'TIDEWATER FOUNDATION',
        country1: '',
        country2: '',
      },
    ]);

    expect(sut.features[0].reason).toMatch(
      /^2 of 3 query words aligned: tidewater, foundation\. "hizballah" names the parent body of the other name's body/,
    );
  });

  it('a place in brackets after a reordered name is still a word the query lacks', () => {
    const [sut] = matchPairs([
      {
        schema: 'Organization',
        name1: 'Tide Quarrow Centre',
        name2: 'QUARROW TIDE CENTRE (PELLBY)',
        country1: '',
        country2: '',
      },
    ]);

    expect(sut.score).toBeLessThan(1);
  });
});

describe(`${CandidateIndex.name}: a listed body's own entry first`, () => {
  const sut = new CandidateIndex();
  sut.add({ entityId: 'l:tide-ir', schema: 'Organization', names: ['TIDEWATER FOUNDATION'], countries: ['ir'] });
  sut.add({
    entityId: 'l:tide-lb',
    schema: 'Organization',
    names: ['TIDEWATER FOUNDATION IN LEBANON', 'HIZBALLAH TIDEWATER FOUNDATION'],
    countries: ['lb'],
  });
  sut.add({
    entityId: 'l:qtc',
    schema: 'Organization',
    names: ['Quarrow Tide Centre', 'Quarrow Tide Centre (QTC)'],
    countries: ['sy'],
  });
  sut.add({
    entityId: 'l:tml',
    schema: 'Organization',
    names: ['Tarvel Marine Laboratory', 'TML', 'Quarrow Tide Centre (QTC)-TML', 'Quarrow Tide Centre-TML'],
    countries: ['sy'],
  });
  sut.build();

  it.each<[reason: string, query: string, country: string, entityId: string, other: string]>([
    [
      "the named body's own foundation, not the namesake of another country",
      'Hezbollah Tidewater Foundation',
      '',
      'l:tide-lb',
      'l:tide-ir',
    ],
    [
      'the centre itself, not its laboratory through the alias naming both',
      'Quarrow Tide Centre',
      'SY',
      'l:qtc',
      'l:tml',
    ],
  ])('%s: %s', (_reason, query, country, entityId, other) => {
    const results = sut.search(
      { name: query, schema: 'Organization', countries: country ? [country.toLowerCase()] : [] },
      { limit: 5, threshold: 0.3 },
    );

    expect(results[0]?.entityId).toBe(entityId);
    expect(results[0]?.score).toBe(1);
    expect(results.find((result) => result.entityId === other)?.score ?? 0).toBeLessThan(1);
  });
});

describe(`${prepareName.name}: an all-capitals list name's bracketed initials in another order are its acronym`, () => {
  it.each<[reason: string, name: string, kind: number]>([
    ['the initials in another order than the words', 'KESWIN TIDAL MOVEMENT OF DRAVEN (KOMT)', Kind.Acronym],
    [
      'the last words left out after a legal form and a comma',
      'DUNSWICK TRADE IMPORT & EXPORT, S.A. (DTI)',
      Kind.Acronym,
    ],
    ['a place in brackets stays a place', 'KESWIN TIDAL MOVEMENT OF DRAVEN (TARVELLO)', Kind.Qualifier],
    ["the first letter not the first word's", 'KESWIN TIDAL MOVEMENT OF DRAVEN (MOKTD)', Kind.Qualifier],
    ["a letter that is no word's initial", 'KESWIN TIDAL MOVEMENT OF DRAVEN (KOMTA)', Kind.Qualifier],
  ])('%s: %s', (_reason, name, kind) => {
    const prepared = prepareName(name, 'org');

    expect(prepared.kinds[prepared.kinds.length - 1]).toBe(kind);
  });
});

describe(`${CandidateIndex.name}: a list's own bracketed acronym finds the body whatever its letters' order`, () => {
  const sut = new CandidateIndex();
  sut.add({ entityId: 'l:komt', schema: 'Organization', names: ['KESWIN TIDAL MOVEMENT OF DRAVEN (KOMT)'] });
  sut.add({ entityId: 'l:dti', schema: 'Organization', names: ['DUNSWICK TRADE IMPORT & EXPORT, S.A. (DTI)'] });
  sut.build();

  it.each<[reason: string, query: string, entityId: string]>([
    ['its initials in another order', 'KOMT', 'l:komt'],
    ['after a legal form and a comma', 'DTI', 'l:dti'],
  ])('%s: %s', (_reason, query, entityId) => {
    const results = sut.search({ name: query, schema: 'Organization' }, { limit: 3, threshold: 0.3 });

    expect(results.find((result) => result.entityId === entityId)?.match).toBe(true);
  });
});
