import { beforeAll, describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { NameMatcher } from './name-matcher';
import { KIND_NAMES, prepareName } from './normalise';
import { check, company, org, type Row } from './organisation-rows.testing';
import type { IndexEntry } from './types';

/**
 * unit4 (rules 1.163.0): in a name of class words and legal forms only, a one-word legal form written in capitals
 * first, a class word straight after it, is the name's own word, not its legal form: read as a legal
 * form, "QX Bank" was the one word "bank" every other one-word bank is. Made-up names ("IS", "AO", "SA" are legal
 * forms of the shipped tables: Danish, Russian, several).
 */
describe('a legal form in capitals first before a class word is the name’s own word (rules 1.163.0)', () => {
  it.each([
    { name: 'IS Bank', kinds: 'name name', reason: 'the legal form in capitals first, the class word after it' },
    { name: 'IS BANK, AO', kinds: 'name name legal', reason: 'a name all in capitals, a legal form closing it' },
    { name: 'SA Banque', kinds: 'name name', reason: 'another legal form and class word' },
    { name: 'Is Bank', kinds: 'legal name', reason: 'not written in capitals: the legal form' },
    { name: 'GmbH Bank', kinds: 'legal name', reason: 'small letters inside the word: the legal form' },
    { name: 'Bank AO', kinds: 'name legal', reason: 'a legal form after the class word closes the name' },
    { name: 'AO Quarrow', kinds: 'legal name', reason: 'a legal form first before a name word stays the legal form' },
    {
      name: 'JSC Engineering Plant',
      kinds: 'legal name name',
      reason: 'a legal form first before two class words stays the legal form (the lists write Russian forms first)',
    },
    { name: 'INC. Trading', kinds: 'legal name', reason: 'a legal form written with a full stop stays the legal form' },
    {
      name: 'AS Bank of Norland',
      kinds: 'legal class stop name',
      reason: 'a name with a name word of its own: the legal form stays',
    },
  ])('reads $name as $kinds ($reason)', ({ name, kinds }) => {
    const prepared = prepareName(name, 'org');

    expect(Array.from(prepared.kinds, (kind) => KIND_NAMES[kind]).join(' ')).toBe(kinds);
  });

  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: company('IS Bank'),
      candidate: company('IS BANK, AO'),
      match: true,
      reason: 'the same bank, a legal form after it',
    },
    { query: company('SA Banque'), candidate: company('SA BANQUE'), match: true, reason: 'the same name in capitals' },
    {
      query: company('IS Bank'),
      candidate: company('Bank AO'),
      match: false,
      reason: 'another bank of the one class word: the letters are the name',
    },
    {
      query: org('IS Bank'),
      candidate: org('AB Bank'),
      match: false,
      reason: 'two banks of other letters',
    },
    {
      query: company('IS BANK, AO'),
      candidate: company('IS BANK, AO, NORWAY'),
      match: true,
      reason: 'a country after the legal form only places the bank',
    },
    {
      query: company('SA Banque'),
      candidate: company('SA Banque, Luxembourg'),
      match: true,
      reason: 'so does a country after a comma',
    },
    {
      query: company('QX Bank'),
      candidate: company('Q and X Trading Company, S.A.'),
      match: false,
      reason: 'the word is no initials of other names',
    },
    {
      query: company('QX Bank'),
      candidate: company('QXQX-Norland'),
      match: false,
      reason: 'nor part of another acronym',
    },
    {
      query: org('SAS'),
      candidate: company('SAS Consortium FZCO'),
      match: false,
      reason: 'an acronym alone against the word and its class word',
    },
    {
      query: org('QXS'),
      candidate: company('SAS Alliance FZCO'),
      match: false,
      reason: 'another acronym alone against the letters and the class word',
    },
    {
      query: company('Quarrow Plant'),
      candidate: company('JSC QUARROW PLANT'),
      match: true,
      reason: 'the legal form before two words stays a legal form',
    },
  ])('$query.name / $candidate.name: match $match ($reason)', (row) => {
    check(sut, row);
  });
});

describe(`${CandidateIndex.name} finds a bank named by a legal form's letters among many one-word banks (rules 1.163.0)`, () => {
  const entries: IndexEntry[] = [];
  const forms = ['LLC', 'Ltd', 'AO', 'PJSC', 'JSC', 'OOO', 'SA', 'AG', 'GmbH', 'PLC'];
  for (let index = 0; index < 60; index++) {
    entries.push({ entityId: `bank-${index}`, schema: 'Company', names: [`Bank ${forms[index % forms.length]}`] });
  }
  entries.push({ entityId: 'is-bank-uk', schema: 'Company', names: ['IS Bank'] });
  entries.push({ entityId: 'is-bank-ofac', schema: 'Company', names: ['IS BANK, AO'] });
  let sut: CandidateIndex;

  beforeAll(() => {
    sut = new CandidateIndex();
    for (const entry of entries) {
      sut.add(entry);
    }
    sut.build();
  });

  it('finds both entries of the bank first, matched, and no other one-word bank matched', () => {
    const found = sut.search({ name: 'IS Bank', schema: 'Company' });

    expect(
      found
        .slice(0, 2)
        .map((result) => result.entityId)
        .sort(),
    ).toEqual(['is-bank-ofac', 'is-bank-uk']);
    expect(
      found
        .filter((result) => result.match)
        .map((result) => result.entityId)
        .sort(),
    ).toEqual(['is-bank-ofac', 'is-bank-uk']);
  });
});
