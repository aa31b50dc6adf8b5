import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { prepareName } from './normalise';
import { check, org, type Row } from './organisation-rows.testing';
import { englishWordReadForCapitals } from './parent-bodies';

/**
 * caps9 (since rules 1.169.0): in a name written in capitals, a word of English (english_words.tsv) that the acronym
 * reading reads as initials for the capitals alone (a word of kind name in a name `capitalsCodes` reads as codes, or a
 * short word read as an acronym for its capitals) is not read as another body's initials when its name keeps a word of
 * its own that the other name lacks and that is no code: a Latin name word of one letter (a person's initial) or of
 * five letters or more. Beside a code of two to four letters (a registry parent's "QRU", "QRAA") or when every word is
 * read, it is still read. Made-up names; "TIDE", "FAN", "ASH", "NEON", "AIM" and "CAM" are words of the shipped English
 * table, "VELVAN", "QIDG", "QRU", "QRAA", "QRA" of no table.
 */
describe('an English word in capitals beside a word of its own is no initials (since rules 1.169.0)', () => {
  it.each([
    { name: 'TIDE VELVAN', word: 0, expected: true, reason: 'a word of kind name in a name read as codes' },
    { name: 'VELVAN FAN', word: 1, expected: true, reason: 'a short word read as an acronym for its capitals' },
    { name: 'QIDG VELVAN', word: 0, expected: false, reason: 'a word of no table' },
    { name: 'Tide Velvan', word: 0, expected: false, reason: 'not written in capitals' },
    {
      name: 'TIDE VELVAN QUARROW MARSH',
      word: 0,
      expected: false,
      reason: 'four words: no name of codes, the word is not read as initials at all',
    },
  ])('englishWordReadForCapitals($name, $word) is $expected ($reason)', ({ name, word, expected }) => {
    expect(englishWordReadForCapitals(prepareName(name, 'org'), word)).toBe(expected);
  });

  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('TIDE VELVAN'),
      candidate: org('Tarvel Institute of Dune Ecology'),
      match: false,
      reason: 'a four-letter English word beside a six-letter word of its own is that word, not initials',
    },
    {
      query: org('VELVAN FAN'),
      candidate: org('Federal Agency of Norland'),
      match: false,
      reason: 'a three-letter English word read for its capitals, the own word first',
    },
    {
      query: org('Q. ASH'),
      candidate: org('Arvel Selvo Hawala'),
      match: false,
      reason: 'beside a one-letter initial (a person written as an entity)',
    },
    {
      query: org('QRAA NEON'),
      candidate: org('Norland Earth Orbit Network'),
      match: true,
      reason: 'beside a parent’s code of four letters the English word is the unit’s code',
    },
    {
      query: org('QRU AIM'),
      candidate: org('Arvel Ice and Marshes'),
      match: true,
      reason: 'beside a three-letter code read for its capitals, the same',
    },
    {
      query: org('TIDE QIDG'),
      candidate: org('Tarvel Institute of Dune Ecology'),
      match: true,
      reason: 'beside a four-letter word of one vowel (read as an acronym) the word is still read',
    },
    {
      query: org('QRA CAM'),
      candidate: org('Quarrow Rivers Academy Center for Advanced Materials'),
      match: true,
      reason: 'every word of the name read as initials of the other: a row of codes',
    },
    {
      query: org('TIDE VELVAN'),
      candidate: org('Tide Velvan'),
      match: true,
      reason: 'the same name written otherwise still matches (the word is compared as a word)',
    },
  ])('$query.name vs $candidate.name: $match ($reason)', (row) => {
    check(sut, row);
  });
});
