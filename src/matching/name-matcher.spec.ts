import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, NameMatcher, schemasCompatible } from './name-matcher';
import type { FeatureName } from './types';

describe(NameMatcher.name, () => {
  const sut = new NameMatcher();

  it.each([
    {
      schema: 'Organization',
      left: 'Harbin Institute of Technology',
      right: 'HIT',
      reason: 'acronym of the long name',
    },
    { schema: 'Organization', left: 'NUDT', right: 'National University of Defense Technology', reason: 'acronym' },
    { schema: 'Company', left: 'Acme Co., Ltd.', right: 'ACME LIMITED', reason: 'legal forms discounted' },
    { schema: 'Person', left: 'ПУТИН Владимир', right: 'Vladimir Putin', reason: 'transliteration and word order' },
    { schema: 'Person', left: 'Putin, Vladimir', right: 'Vladimir Putin', reason: '"SURNAME, Given" form' },
    { schema: 'Person', left: 'Vladmir Putin', right: 'Vladimir Putin', reason: 'a typo in one word' },
    { schema: 'Person', left: 'Usama bin Ladin', right: 'Osama bin Laden', reason: 'transliteration variants' },
    { schema: 'Person', left: 'A. Khamenei', right: 'Ali Khamenei', reason: 'initial of the given name' },
    { schema: 'Person', left: 'Boris Johnson', right: 'Alexandre Boris de Pfeffel Johnson', reason: 'extra names' },
    { schema: 'Person', left: 'Nikolai Patr ushev', right: 'Nikolai Platonovich Patrushev', reason: 'split word' },
    { schema: 'Person', left: 'Barack Obama', right: 'バラク・オバマ', reason: 'Japanese katakana' },
    { schema: 'Person', left: 'فرناندو بيريز', right: 'Fernando Pérez', reason: 'Arabic script without vowels' },
    {
      schema: 'Company',
      left: 'OAO Gazprom',
      right: 'Open Joint Stock Company Gasprom',
      reason: 'legal form expanded',
    },
    {
      schema: 'Organization',
      left: 'U.S. Department of State',
      right: 'United States Department of State',
      reason: 'US',
    },
    { schema: 'Organization', left: '哈尔滨工业大学', right: 'Haerbin Gongye Daxue', reason: 'pinyin of Chinese' },
    {
      schema: 'Organization',
      left: 'World Health Organisation',
      right: 'World Health Organization',
      reason: 'spelling',
    },
  ])('matches "$left" and "$right" ($reason)', ({ schema, left, right }) => {
    const result = sut.score({ name: left, schema }, { name: right, schema });
    expect(result.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(result.match).toBe(true);
  });

  it.each([
    { schema: 'Organization', left: 'Imperial College London', right: 'Imam Hossein University', reason: 'unrelated' },
    {
      schema: 'Organization',
      left: 'Tsinghua University',
      right: 'Peking University',
      reason: 'shared class word alone',
    },
    { schema: 'Organization', left: 'University', right: 'Tsinghua University', reason: 'a class word alone' },
    {
      schema: 'Organization',
      left: '哈尔滨工业大学',
      right: '哈尔滨工程大学',
      reason: 'shared place, different institution',
    },
    {
      schema: 'Company',
      left: 'China National Pipeline Corporation',
      right: 'China National Petroleum Corporation',
      reason: 'one distinctive word differs',
    },
    {
      schema: 'Company',
      left: 'Management Company',
      right: 'Westminister Management Company',
      reason: 'generic words only',
    },
    { schema: 'Person', left: 'Sergey Ivanov', right: 'Sergey Viktorovich LAVROV', reason: 'different surname' },
    { schema: 'Person', left: 'Frost, William G.', right: 'William W Frost', reason: 'conflicting middle initials' },
    {
      schema: 'Person',
      left: 'ABDULLAH BIN OMAR AL-MUHAMMAD',
      right: 'OMAR BIN ABDULLAH AL-MUHAMMAD',
      reason: 'father and son swapped around "bin"',
    },
    { schema: 'Person', left: '习近朋', right: '习近平', reason: 'one Chinese character differs' },
    { schema: 'Person', left: 'N.N.', right: 'Nursultan Nazarbayev', reason: 'initials alone' },
  ])('does not match "$left" and "$right" ($reason)', ({ schema, left, right }) => {
    const result = sut.score({ name: left, schema }, { name: right, schema });
    expect(result.score).toBeLessThan(MATCH_THRESHOLD);
    expect(result.match).toBe(false);
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

  it.each([
    { left: 'Person', right: 'Vessel', compatible: false, reason: 'a person is not a ship' },
    { left: 'Person', right: 'Organization', compatible: false, reason: 'a person is not an organisation' },
    { left: 'Organization', right: 'Company', compatible: true, reason: 'both are organisations' },
    { left: 'LegalEntity', right: 'Company', compatible: true, reason: 'a company is a legal entity' },
    { left: 'LegalEntity', right: 'Person', compatible: true, reason: 'a person is a legal entity' },
    { left: 'Vessel', right: 'Vessel', compatible: true, reason: 'same schema' },
  ])('says $left ~ $right is $compatible ($reason)', ({ left, right, compatible }) => {
    expect(sut(left, right)).toBe(compatible);
  });
});
