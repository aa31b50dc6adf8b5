import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { prepareName } from './normalise';
import { check, company, org, type Row } from './organisation-rows.testing';
import { englishWordOfCompanyInCapitals } from './parent-bodies';

/**
 * caps8 (rules 1.167.0): in a name written in capitals with a company's legal form (company_words.yml
 * company_legal_generics: "LIMITED", "S.A.", "FZE", "CO. LTD."), a word of English (english_words.tsv) that the acronym
 * reading would read as initials for the capitals alone is the word of the company's name, not another body's
 * initials. A legal form of no company ("АНО", a form with no generic tag such as "SB") does not count, nor a word of
 * no table. Made-up names; "SMART", "NICE", "LINES", "ACE", "PET" and "GIN" are words of the shipped English table,
 * "QUARROW", "VELVAN", "QIDG", "QRK" of no table.
 */
describe('an English word of a company’s name in capitals is no code (rules 1.167.0)', () => {
  it.each([
    { name: 'SMART VELVAN LIMITED', word: 0, expected: true, reason: 'a word of kind name, a company legal form' },
    { name: 'ACE QUARROW FZE', word: 0, expected: true, reason: 'a short word read as an acronym for its capitals' },
    { name: 'VELVAN PET S.A.', word: 1, expected: true, reason: 'the same, second' },
    { name: 'QIDG VELVAN LIMITED', word: 0, expected: false, reason: 'a word of no table' },
    { name: 'SMART VELVAN', word: 0, expected: false, reason: 'no legal form' },
    { name: 'GIN SB QRK', word: 0, expected: false, reason: 'a legal form of no company ("SB" has no generic tag)' },
    { name: 'Smart Velvan Limited', word: 0, expected: false, reason: 'not written in capitals' },
  ])('englishWordOfCompanyInCapitals($name, $word) is $expected ($reason)', ({ name, word, expected }) => {
    expect(englishWordOfCompanyInCapitals(prepareName(name, 'org'), word)).toBe(expected);
  });

  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: company('SMART VELVAN LIMITED'),
      candidate: org('Selvo Medical Academy of Research and Tarvel'),
      match: false,
      reason: 'a five-letter English word of a company’s name is not another body’s initials',
    },
    {
      query: company('VELVAN NICE COMPANY LTD.'),
      candidate: org('Norland Institute of Coastal Ecology'),
      match: false,
      reason: 'an English word second, legal forms after it',
    },
    {
      query: company('QX LINES LIMITED'),
      candidate: org('LIvmar ENtarvo et Selvo'),
      match: false,
      reason: 'nor read through the other name’s two-letter pieces',
    },
    {
      query: company('ACE QUARROW LIMITED FZE'),
      candidate: org('Arvel College of Education'),
      match: false,
      reason: 'a three-letter English word read for its capitals, beside company legal forms',
    },
    {
      query: company('VELVAN PET S.A.'),
      candidate: org('Pelvar Educational Trust'),
      match: false,
      reason: 'the same word second, before "S.A."',
    },
    {
      query: company('QIDG VELV LIMITED'),
      candidate: company('Quarrow Industrial Dance and Geology Limited'),
      match: true,
      reason: 'a code whose letters no table reads as a word is still read as initials',
    },
    {
      query: company('QIDG VELV LIMITED'),
      candidate: org('Quarrow Institute of Dance and Geology'),
      match: false,
      reason:
        'since rules 1.208.0 a company’s initials beside its code and its legal form do not stand for an institute’s name (1.167.0 wrote this row as a match)',
    },
    {
      query: company('QIDG VELVAN LIMITED'),
      candidate: org('Quarrow Institute of Dance and Geology'),
      match: false,
      reason: 'since rules 1.176.0 beside a company name’s own word of six letters the initials name another body',
    },
    {
      query: org('SMART QRAV'),
      candidate: org('Selvo Medical Academy of Research and Tarvel'),
      match: true,
      reason:
        'without a legal form, beside a code of its own, the capitals still let the word be a code (beside a word of five letters or more not since rules 1.169.0)',
    },
    {
      query: org('GIN SB QRK'),
      candidate: org('Geological Institute of Norland'),
      match: true,
      reason: 'a registry body’s code beside a legal form of no company is still read',
    },
    {
      query: company('SMART VELVAN LIMITED'),
      candidate: company('Smart Velvan Ltd'),
      match: true,
      reason: 'the same company written otherwise still matches',
    },
  ])('$query.name vs $candidate.name: $match ($reason)', (row) => {
    check(sut, row);
  });
});
