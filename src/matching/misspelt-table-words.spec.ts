import { beforeAll, describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { NameMatcher } from './name-matcher';
import { tableWordSpelt } from './misspelt-table-words';
import { getReferenceData } from './reference-data';
import { makeTokenInfo } from './tokenise';
import { check, company, org, type Row } from './organisation-rows.testing';

// typo2 (rules 1.222.0): one-letter typos in legal-form and class words, and in long words of a multi-word name, still
// find their body. Made-up names, and the tables' own words.

// The reference tables are read once, by the first row; on a loaded machine that takes longer than a row may.
beforeAll(() => {
  getReferenceData();
}, 180_000);

describe(`${tableWordSpelt.name}: a misspelt legal-form or class word of 7 letters or more is that word`, () => {
  it.each([
    ['a letter dropped', 'cmpany', 'company'],
    ['a letter dropped from a legal word of a phrase', 'liabilty', 'liability'],
    ['a letter added', 'liabiliity', 'liability'],
    ['a letter dropped from a class word', 'assocation', 'association'],
    ['a letter dropped near the end', 'foundaton', 'foundation'],
    ['two letters swapped', 'univesrity', 'university'],
    ['the last two letters swapped (since rules 1.229.0)', 'commercila', 'commercial'],
    ['the last two letters of a legal word swapped (since rules 1.229.0)', 'limitde', 'limited'],
    ['a letter added before the last, read before the last two swapped', 'sciencse', 'science'],
    [
      'a misspelling the tables hold inside a phrase, beside the phrase spelt right (since rules 1.229.0)',
      'limitted',
      'limited',
    ],
    [
      'a doubled consonant written once, though a word and "-ing" (an English form is read only after "e")',
      'shiping',
      'shipping',
    ],
    ['a vowel written as a consonant (since rules 1.229.0)', 'ltmited', 'limited'],
    ['a vowel of a class word written as a consonant (since rules 1.229.0)', 'compnny', 'company'],
    ['another misspelling the tables hold inside a phrase (since rules 1.229.0)', 'compnay', 'company'],
  ])('%s: %s is %s', (_case, written, word) => {
    expect(tableWordSpelt(makeTokenInfo(written))).toBe(word);
  });

  it.each([
    ['a consonant changed (a name or another language as often as a slip)', 'compamy'],
    ['a vowel changed (another language as often as a slip)', 'diamand'],
    ['a consonant written as a vowel (another language as often as a slip)', 'produits'],
    ['a table word itself', 'company'],
    ['a common English word one letter from a table word', 'banding'],
    ['one slip from a table word of six letters (a name as often)', 'spector'],
    ['one slip from a country word, which names a place', 'rusian'],
    ['another last letter (another ending)', 'companz'],
    ['five letters', 'comny'],
    ['a regular form of a common English word, an agent noun (since rules 1.229.0)', 'exchangers'],
    ['the last two letters swapped in a word of six letters', 'sectro'],
    ['another language\'s plural of a table word, a vowel before the "s" (since rules 1.231.0)', 'productos'],
    ['another language\'s plural of a table word, a consonant before the "s" (since rules 1.231.0)', 'industriels'],
  ])('%s: %s is read as written', (_case, written) => {
    expect(tableWordSpelt(makeTokenInfo(written))).toBeUndefined();
  });
});

describe(`${NameMatcher.name} a misspelt legal-form or class word does not count as a name word (rules 1.222.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: company('Quarrow Link Cmpany Limited'),
      candidate: company('Quarrow Link Company Limited'),
      match: true,
      reason: 'a letter of "company" dropped: the legal form, not an extra word',
    },
    {
      query: company('Limited Liabiliity Company Tarvel Harbour'),
      candidate: company('Limited Liability Company Tarvel Harbour'),
      match: true,
      reason: 'a letter added to "liability" in the legal form written first',
    },
    {
      query: org('Assocation for Quarrow Development'),
      candidate: org('Association for Quarrow Development'),
      match: true,
      reason: 'a letter of the class word dropped',
    },
    {
      query: company('Quarrow Vale International Limitted'),
      candidate: company('Quarrow Vale International Limited'),
      match: true,
      reason: 'a doubled letter in "limited", a misspelling the legal-form table holds in a phrase (rules 1.229.0)',
    },
    {
      query: company('Tarvel Harbour Compnay Ltd'),
      candidate: company('Tarvel Harbour Company Ltd'),
      match: true,
      reason: 'two letters of "company" swapped, as a phrase of the legal-form table writes it (rules 1.229.0)',
    },
    {
      query: org('Quarrow Commercila Bank'),
      candidate: org('Quarrow Commercial Bank'),
      match: true,
      reason: 'the last two letters of a class word swapped (rules 1.229.0)',
    },
    {
      query: company('Quarrow Link Cmpany Limited'),
      candidate: company('Tarvel Link Company Limited'),
      match: false,
      reason: "the misspelt legal form read right does not make another body's name the same",
    },
    {
      query: org('Northern Quarrow Assocation'),
      candidate: org('Southern Quarrow Association'),
      match: false,
      reason: 'a compass word still decides',
    },
  ])('$reason', (row) => check(sut, row));
});

describe(`${CandidateIndex.name} one-letter typos in long words still find their candidates (rules 1.222.0)`, () => {
  let sut: CandidateIndex;

  beforeAll(() => {
    sut = new CandidateIndex();
    const add = (entityId: string, name: string) => sut.add({ entityId, schema: 'Organization', names: [name] });
    add('body', 'Applied Studies and Research Center');
    // "studie" known to the index through another name that holds none of the query's other words.
    add('other-studie', 'Quarrow Studie');
    add('association', 'Association for Social Research');
    add('misspelt', 'Tarvel Associaton');
    // Many names of the class words, so that blocking on them alone would not reach the bodies.
    for (let index = 0; index < 2000; index++) {
      const word = `z${(index * 7919).toString(36)}q`;
      add(`center${index}`, `${word} Research Center`);
      add(`studies${index}`, `${word} Studies Center`);
      add(`social${index}`, `${word} Social Research Fund`);
    }
    sut.build();
  }, 180_000);

  it.each([
    {
      name: 'Applied Studie and Research Center',
      entityId: 'body',
      reason: "a letter dropped from a 7-letter word the index knows as another name's word",
    },
    {
      name: 'Associaton for Social Research',
      entityId: 'association',
      reason: 'a class word misspelt as an indexed name writes it',
    },
  ])('finds $entityId for "$name" ($reason)', ({ name, entityId }) => {
    const results = sut.search({ name, schema: 'Organization' }, { threshold: 0, limit: 10 });
    expect(results.map((result) => result.entityId)).toContain(entityId);
  });
});
