import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, NameMatcher, schemasCompatible } from './name-matcher';
import type { FeatureName } from './types';

describe(NameMatcher.name, () => {
  const sut = new NameMatcher();

  it.each<[left: string, right: string, schema: string, match: boolean, reason: string]>([
    ['Harbin Institute of Technology', 'HIT', 'Organization', true, 'acronym of the long name'],
    ['NUDT', 'National University of Defense Technology', 'Organization', true, 'acronym'],
    ['Acme Co., Ltd.', 'ACME LIMITED', 'Company', true, 'legal forms discounted'],
    ['ПУТИН Владимир', 'Vladimir Putin', 'Person', true, 'transliteration and word order'],
    ['Putin, Vladimir', 'Vladimir Putin', 'Person', true, '"SURNAME, Given" form'],
    ['Vladmir Putin', 'Vladimir Putin', 'Person', true, 'a typo in one word'],
    ['Usama bin Ladin', 'Osama bin Laden', 'Person', true, 'transliteration variants'],
    ['A. Khamenei', 'Ali Khamenei', 'Person', true, 'initial of the given name'],
    ['Quillon Varrick', 'Alexandre Quillon de Pfeffel Varrick', 'Person', true, 'extra names'],
    ['Boris Johnson', 'Alexandre Boris de Pfeffel Johnson', 'Person', false, 'common names only, extra names listed'],
    ['Nikolai Patr ushev', 'Nikolai Platonovich Patrushev', 'Person', true, 'split word'],
    ['Barack Obama', 'バラク・オバマ', 'Person', true, 'Japanese katakana'],
    ['فرناندو بيريز', 'Fernando Pérez', 'Person', true, 'Arabic script without vowels'],
    ['OAO Gazprom', 'Open Joint Stock Company Gasprom', 'Company', true, 'legal form expanded'],
    ['U.S. Department of State', 'United States Department of State', 'Organization', true, 'US'],
    ['哈尔滨工业大学', 'Haerbin Gongye Daxue', 'Organization', true, 'pinyin of Chinese'],
    ['World Health Organisation', 'World Health Organization', 'Organization', true, 'spelling'],
    ['Imperial College London', 'Imam Hossein University', 'Organization', false, 'unrelated'],
    ['Tsinghua University', 'Peking University', 'Organization', false, 'shared class word alone'],
    ['University', 'Tsinghua University', 'Organization', false, 'a class word alone'],
    ['哈尔滨工业大学', '哈尔滨工程大学', 'Organization', false, 'shared place, different institution'],
    ['China National Pipeline Corporation', 'China National Petroleum Corporation', 'Company', false, 'one word apart'],
    ['Management Company', 'Westminister Management Company', 'Company', false, 'generic words only'],
    ['Sergey Ivanov', 'Sergey Viktorovich LAVROV', 'Person', false, 'different surname'],
    ['Frost, William G.', 'William W Frost', 'Person', false, 'conflicting middle initials'],
    ['ABDULLAH BIN OMAR AL-MUHAMMAD', 'OMAR BIN ABDULLAH AL-MUHAMMAD', 'Person', false, 'father/son swapped at "bin"'],
    ['习近朋', '习近平', 'Person', false, 'one Chinese character differs'],
    ['N.N.', 'Nursultan Nazarbayev', 'Person', false, 'initials alone'],
  ])('scores "%s" ~ "%s" as %s: match %s (%s)', (left, right, schema, match) => {
    const result = sut.score({ name: left, schema }, { name: right, schema });
    expect(result.match).toBe(match);
    expect(result.score >= MATCH_THRESHOLD).toBe(match);
  });

  it.each<{ query: object; candidate: object; feature: FeatureName; value: number; reason: string }>([
    {
      query: { name: 'Harbin Institute of Technology', schema: 'Organization' },
      candidate: { name: 'HIT', schema: 'Organization' },
      feature: 'acronym',
      value: 1,
      reason: 'the acronym is explained',
    },
    {
      query: { name: 'Путин', schema: 'Person' },
      candidate: { name: 'Putin', schema: 'Person' },
      feature: 'transliteration',
      value: 1,
      reason: 'the transliteration is explained',
    },
    {
      query: { name: 'Tsinghua University', schema: 'Organization' },
      candidate: { name: 'Peking University', schema: 'Organization' },
      feature: 'class_words',
      value: -1,
      reason: 'a shared class word alone is called out',
    },
    {
      query: { name: 'Deutsche Bank AG', schema: 'Company' },
      candidate: { name: 'Deutsche Bank GmbH', schema: 'Company' },
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
      query: { name: 'HIT', schema: 'Organization' },
      candidate: { name: 'Harbin Institute of Technology', schema: 'Organization', aliases: ['HIT'] },
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
