import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { prepareName } from './normalise';
import { check, company, org, type Row } from './organisation-rows.testing';
import { englishWordInCapitals, englishWordReadForCapitals } from './parent-bodies';

/**
 * caps7 (rules 1.165.0): in a short name written in capitals, any word no table knows may be a code (`capitalsCodes`),
 * but a word of English (english_words.tsv) of four letters or more is read as that word, never as the initials of
 * another name's words. A three-letter word is read as an acronym for its capitals (rules 1.142.0) and stays one: such
 * words are as often a body's code. Made-up names; "TIDE", "SMART", "NICE", "LINES" and "CAM" are words of the
 * shipped English table, "QUARROW", "VELVAN", "QIDG" and "QMRU" of no table.
 */
describe('an English word in capitals is not read as initials (rules 1.165.0)', () => {
  it.each([
    { name: 'QUARROW TIDE', word: 1, english: true, reason: 'an English word of four letters' },
    { name: 'SMART VELVAN LIMITED', word: 0, english: true, reason: 'an English word of five letters, first' },
    { name: 'QIDG QUARROW', word: 0, english: false, reason: 'a code no table knows' },
    { name: 'QRK CAM', word: 1, english: false, reason: 'an English word of three letters is not one' },
  ])('englishWordInCapitals($name, $word) is $english ($reason)', ({ name, word, english }) => {
    expect(englishWordInCapitals(prepareName(name, 'org'), word)).toBe(english);
  });

  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: company('TIDE QUARROW'),
      candidate: org('Tarvel Institute of Dune Ecology'),
      match: false,
      reason: 'an English word in capitals first is not the initials of another body’s name',
    },
    {
      query: company('QUARROW TIDE'),
      candidate: org('Tarvel Institute of Dune Ecology'),
      match: false,
      reason: 'the same word last',
    },
    {
      query: company('SMART VELVAN LIMITED'),
      candidate: org('Selvo Medical Academy of Research and Tarvel'),
      match: false,
      reason: 'a five-letter English word beside a legal form',
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
      query: org('QIDG TARVEL'),
      candidate: org('Quarrow Institute of Dance and Geology'),
      match: true,
      reason: 'a code whose words no table knows is still read as initials',
    },
    {
      query: org('QMRU SOUTH'),
      candidate: org('Quarrow Medical Research Unit SOUTH'),
      match: true,
      reason: 'a code still reads beside an English word',
    },
    {
      query: org('QRK CAM'),
      candidate: org('Quarrow Rivers Kavim Center for Advanced Materials'),
      match: true,
      reason: 'a three-letter English word beside a code is still a code',
    },
    {
      query: org('TIDE'),
      candidate: org('Tarvel Institute of Dune Ecology'),
      match: true,
      reason: 'an English word alone in its name is an acronym as written',
    },
    {
      query: company('QUARROW TIDE'),
      candidate: company('Quarrow Tide'),
      match: true,
      reason: 'the same name written otherwise still matches',
    },
  ])('$query.name vs $candidate.name: $match ($reason)', (row) => {
    check(sut, row);
  });
});

/**
 * caps7 (rules 1.165.0), a short word: a word of English of two or three letters in a name written in capitals is read
 * as an acronym for its capitals (rules 1.142.0); it stands for the other name's initials only when every other word
 * of its name is aligned with the other name or read as its initials too (a row of codes), not beside a word of its
 * own. "ACE", "PET" and "CAM" are words of the shipped English table; "ARVEL", "PELVAR", "VELVAN" of no table.
 */
describe('a short English word in capitals is read as initials only beside codes (rules 1.165.0)', () => {
  it.each([
    { name: 'ACE QUARROW LIMITED', word: 0, english: true, reason: 'an English word read for its capitals' },
    { name: 'QRK CAM', word: 1, english: true, reason: 'the same, last' },
    { name: 'QRK QUARROW', word: 0, english: false, reason: 'a code of no table' },
    { name: 'ACE', word: 0, english: false, reason: 'alone in its name: an acronym as written' },
  ])('englishWordReadForCapitals($name, $word) is $english ($reason)', ({ name, word, english }) => {
    expect(englishWordReadForCapitals(prepareName(name, 'org'), word)).toBe(english);
  });

  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: company('ACE QUARROW LIMITED'),
      candidate: org('Arvel College of Education'),
      match: false,
      reason: 'a three-letter English word beside a word the other name lacks is no initials',
    },
    {
      query: company('VELVAN PET S.A.'),
      candidate: org('Pelvar Educational Trust'),
      match: false,
      reason: 'the same, the word last before a legal form',
    },
    {
      query: org('QRK CAM'),
      candidate: org('Quarrow Rivers Kavim Center for Advanced Materials'),
      match: true,
      reason: 'beside a code that stands for the other name too it is still read',
    },
    {
      query: org('ACE'),
      candidate: org('Arvel College of Education'),
      match: true,
      reason: 'alone in its name it is an acronym as written',
    },
    {
      query: company('ACE QUARROW LIMITED'),
      candidate: company('Ace Quarrow Ltd'),
      match: true,
      reason: 'the same name written otherwise still matches',
    },
  ])('$query.name vs $candidate.name: $match ($reason)', (row) => {
    check(sut, row);
  });
});
