import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, NameMatcher, schemasCompatible } from './name-matcher';
import type { FeatureName } from './types';

describe(NameMatcher.name, () => {
  const sut = new NameMatcher();

  it.each<[left: string, right: string, schema: string, match: boolean, reason: string]>([
    ['Korvel Institute of Technology', 'KIT', 'Organization', true, 'acronym of the long name'],
    ['NUPT', 'National University of Polder Technology', 'Organization', true, 'acronym'],
    ['Acme Co., Ltd.', 'ACME LIMITED', 'Company', true, 'legal forms discounted'],
    ['ВОРОНКОВ Павел', 'Pavel Voronkov', 'Person', true, 'transliteration and word order'],
    ['Voronkov, Pavel', 'Pavel Voronkov', 'Person', true, '"SURNAME, Given" form'],
    ['Arkdiy Voronkov', 'Arkadiy Voronkov', 'Person', true, 'a typo in one word'],
    ['Usama bin Zafir', 'Osama bin Zafer', 'Person', true, 'transliteration variants'],
    ['H. Daranzadeh', 'Hamid Daranzadeh', 'Person', true, 'initial of the given name'],
    ['Quillon Varrick', 'Alexandre Quillon de Pfeffel Varrick', 'Person', true, 'extra names'],
    ['Peter Miller', 'Alexandre Peter de Pfeffel Miller', 'Person', false, 'common names only, extra names listed'],
    ['Arkady Zemlyan sky', 'Arkady Pavlovich Zemlyansky', 'Person', true, 'split word'],
    ['Dorian Kabana', 'ドリアン・カバナ', 'Person', true, 'Japanese katakana'],
    ['رولاندو منديز', 'Rolando Méndez', 'Person', true, 'Arabic script without vowels'],
    ['OAO Tavrolit', 'Open Joint Stock Company Tavrolyt', 'Company', true, 'legal form expanded'],
    ['U.S. Bureau of Harbor Pilots', 'United States Bureau of Harbor Pilots', 'Organization', true, 'US'],
    ['哈尔滨工业大学', 'Haerbin Gongye Daxue', 'Organization', true, 'pinyin of Chinese'],
    ['World Kite Organisation', 'World Kite Organization', 'Organization', true, 'spelling'],
    ['Lindenmoor College London', 'Imam Hossein University', 'Organization', false, 'unrelated'],
    ['Marlowe University', 'Quenford University', 'Organization', false, 'shared class word alone'],
    ['University', 'Marlowe University', 'Organization', false, 'a class word alone'],
    ['哈尔滨工业大学', '哈尔滨工程大学', 'Organization', false, 'shared place, different institution'],
    [
      'Norland National Pipeline Corporation',
      'Norland National Petroleum Corporation',
      'Company',
      false,
      'one word apart',
    ],
    ['Holding Company', 'Brackwater Holding Company', 'Company', false, 'generic words only'],
    ['Anton Belyakin', 'Anton Viktorovich ZORNIKOV', 'Person', false, 'different surname'],
    ['Hartley, William G.', 'William W Hartley', 'Person', false, 'conflicting middle initials'],
    ['KHALID BIN YUSUF AL-QARNAWI', 'YUSUF BIN KHALID AL-QARNAWI', 'Person', false, 'father/son swapped at "bin"'],
    ['陆晓朋', '陆晓平', 'Person', false, 'one Chinese character differs'],
    ['N.N.', 'Nurlan Nazimbekov', 'Person', false, 'initials alone'],
  ])('scores "%s" ~ "%s" as %s: match %s (%s)', (left, right, schema, match) => {
    const result = sut.score({ name: left, schema }, { name: right, schema });
    expect(result.match).toBe(match);
    expect(result.score >= MATCH_THRESHOLD).toBe(match);
  });

  it.each<{ query: object; candidate: object; feature: FeatureName; value: number; reason: string }>([
    {
      query: { name: 'Korvel Institute of Technology', schema: 'Organization' },
      candidate: { name: 'KIT', schema: 'Organization' },
      feature: 'acronym',
      value: 1,
      reason: 'the acronym is explained',
    },
    {
      query: { name: 'Воронков', schema: 'Person' },
      candidate: { name: 'Voronkov', schema: 'Person' },
      feature: 'transliteration',
      value: 1,
      reason: 'the transliteration is explained',
    },
    {
      query: { name: 'Marlowe University', schema: 'Organization' },
      candidate: { name: 'Quenford University', schema: 'Organization' },
      feature: 'class_words',
      value: -1,
      reason: 'a shared class word alone is called out',
    },
    {
      query: { name: 'Brenner Kreditbank AG', schema: 'Company' },
      candidate: { name: 'Brenner Kreditbank GmbH', schema: 'Company' },
      feature: 'legal_form',
      value: -1,
      reason: 'conflicting legal forms are called out',
    },
    {
      query: { name: 'Acme Trading', schema: 'Company', identifiers: ['RU 123-456'] },
      candidate: { name: 'Acme Trade Company', schema: 'Company', identifiers: ['RU123456'] },
      feature: 'identifier',
      value: 1,
      reason: 'a shared identifier is strong evidence',
    },
    {
      query: { name: 'Acme Trading', schema: 'Company', countries: ['RU'] },
      candidate: { name: 'Acme Trading', schema: 'Company', countries: ['by'] },
      feature: 'country',
      value: -1,
      reason: 'a country conflict is called out',
    },
    {
      query: { name: 'KIT', schema: 'Organization' },
      candidate: { name: 'Korvel Institute of Technology', schema: 'Organization', aliases: ['KIT'] },
      feature: 'alias',
      value: 1,
      reason: 'the alias that matched is named',
    },
  ])('reports feature $feature = $value ($reason)', ({ query, candidate, feature, value }) => {
    const result = sut.score(query as never, candidate as never);
    const found = result.features.find((item) => item.name === feature);
    expect(found?.value).toBe(value);
    expect(found?.reason).toMatch(/\w/);
  });

  it.each([
    { dates: ['1952-10-07'], other: ['1952'], effect: 'raises', reason: 'dates agree at the shared precision' },
    { dates: ['1952-10-07'], other: ['1960-01-01'], effect: 'lowers', reason: 'dates conflict' },
  ])('$effect a person score when $reason', ({ dates, other, effect }) => {
    const without = sut.score({ name: 'Ivan Petrov', schema: 'Person' }, { name: 'Ivan Petrov', schema: 'Person' });
    const result = sut.score(
      { name: 'Ivan Petrov', schema: 'Person', birthDates: dates },
      { name: 'Ivan Petrov', schema: 'Person', birthDates: other },
    );
    if (effect === 'raises') {
      expect(result.score).toBeGreaterThanOrEqual(without.score);
    } else {
      expect(result.score).toBeLessThan(without.score);
      expect(result.match).toBe(false);
    }
  });

  it('gives zero when a Person is compared with a Vessel', () => {
    const result = sut.score({ name: 'Victory', schema: 'Person' }, { name: 'Victory', schema: 'Vessel' });
    expect(result.score).toBe(0);
    expect(result.features).toEqual([expect.objectContaining({ name: 'schema', value: -1 })]);
  });
});

describe(schemasCompatible.name, () => {
  const sut = schemasCompatible;

  it.each<[left: string, right: string, compatible: boolean, reason: string]>([
    ['Person', 'Vessel', false, 'a person is not a ship'],
    ['Person', 'Organization', false, 'a person is not an organisation'],
    ['Organization', 'Company', true, 'both are organisations'],
    ['LegalEntity', 'Company', true, 'a company is a legal entity'],
    ['LegalEntity', 'Person', true, 'a person is a legal entity'],
    ['Vessel', 'Vessel', true, 'same schema'],
  ])('says %s ~ %s is %s (%s)', (left, right, compatible) => {
    expect(sut(left, right)).toBe(compatible);
  });
});

// Since rules 1.234.0 (probe8's L4): of a candidate's names that score the same, the one with more words written as the
// query writes them is the name matched, so the reason and the resolution read the name the query names, not another
// language's name read through known variants; and a name written word for word is the same name when the countries
// conflict. Made-up bodies; the French words are the variant tables' own.
describe(`${NameMatcher.name}: the name matched among names scoring the same (since rules 1.234.0)`, () => {
  const sut = new NameMatcher();
  const french = "Centre d'Etudes et de Recherches Scientifiques de Quarrow";
  const english = 'Quarrow Scientific Studies and Research Centre';
  it.each([
    {
      query: english,
      countries: [],
      matched: english,
      score: 1,
      reason: 'the alias written word for word, not the primary name read through known variants',
    },
    {
      query: english,
      countries: ['de'],
      matched: english,
      score: 0.95,
      reason: 'the same name when the countries conflict: not held to the cap of names that are not the same',
    },
    {
      query: "Centre d'Etudes et de Recherches Scientifiques de Quarrow",
      countries: [],
      matched: french,
      score: 1,
      reason: 'the query written as the primary name matches the primary name',
    },
  ])('$query: "$matched" at $score ($reason)', ({ query, countries, matched, score }) => {
    const result = sut.score(
      { name: query, schema: 'Organization', countries },
      { name: french, aliases: [english], schema: 'Organization', countries: ['fr'] },
    );
    expect(result.matchedName).toBe(matched);
    expect(result.score).toBe(score);
  });

  it('still matches the name read through known variants when it is the only name', () => {
    const result = sut.score({ name: english, schema: 'Organization' }, { name: french, schema: 'Organization' });
    expect(result.matchedName).toBe(french);
    expect(result.score).toBe(1);
  });
});
