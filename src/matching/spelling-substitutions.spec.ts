import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, NameMatcher } from './name-matcher';
import { isShortLearnedSpelling, Likeness, spellingSubstitutions, tokenLikeness } from './token-similarity';
import { makeTokenInfo } from './tokenise';
import type { MatchQuery } from './types';

/**
 * Since rules 1.168.0: two spellings of one person's name word that differ by one or two letter-group substitutions
 * the lists' own aliases make (spelling_substitutions.tsv, learned by bench/build-spelling-substitutions.ts). One
 * row per case with its reason. Every name here is made up, never taken from an evaluation set.
 */
describe(spellingSubstitutions.name, () => {
  it.each<[left: string, right: string, substitutions: string[], reason: string]>([
    ['dalverkau', 'delverkov', ['a>e', 'au>ov'], 'each run of edits between two agreeing letters is one substitution'],
    ['delverkov', 'dalverkau', ['a>e', 'au>ov'], 'the same substitutions whichever word is asked first'],
    ['quarow', 'quarrow', ['>r'], 'a letter one word lacks is a substitution with an empty group'],
    ['quarrow', 'quarrow', [], 'one word: none'],
    [
      'hquarow',
      'quarrow',
      ['>h', '>r'],
      "a letter lacked at the start is a run of its own, closed at the words' start",
    ],
    ['aquarow', 'quarrowe', ['>a', '>r', '>e'], 'three runs are three substitutions, the first and last at the ends'],
    ['', 'quar', ['>quar'], 'against no letters the whole word is one substitution'],
    [
      'quarrowtarvelinstitutedalverkauselkauquarrowtarvel',
      'quarrowtarvelinstitutedelverkovselkauquarrowtarvel',
      ['a>e', 'au>ov'],
      'words longer than the least-edit cells kept between calls (since speed12): the cells grow, the same answer',
    ],
  ])('%s / %s: %j (%s)', (left, right, substitutions) => {
    expect(spellingSubstitutions(left, right)).toEqual(substitutions);
  });
});

describe("tokenLikeness of persons' words by learned spelling substitutions (since rules 1.168.0)", () => {
  it.each<[left: string, right: string, how: Likeness, reason: string]>([
    ['talverkau', 'telverkov', Likeness.Romanisation, 'two learned substitutions (a/e, au/ov): one surname'],
    ['telverkov', 'talverkau', Likeness.Romanisation, 'the same, asked the other way round'],
    ['talvorkau', 'telvurkov', Likeness.None, 'three substitutions, each learned, are too many: another name'],
    ['talverkau', 'talvermin', Likeness.None, 'a substitution the lists do not make between spellings of one name'],
    ['malverkau', 'nalverkov', Likeness.None, 'another first letter: another name'],
    ['selverkau', 'salverkov', Likeness.Romanisation, 'two words of nine letters: long enough'],
    ['babette', 'babita', Likeness.None, 'two listed given names are two names, though spelt by learned substitutions'],
    ['breanne', 'briana', Likeness.None, 'two listed given names are two names, though spelt by learned substitutions'],
    ['aarika', 'aarykeh', Likeness.None, "a listed given name's respelling is left to the listed-name rules"],
    [
      'selbojkin',
      'salbozhkin',
      Likeness.Romanisation,
      'since rules 1.175.0: "j" and "zh", two transliteration systems\' letter, learned from two persons\' aliases',
    ],
    [
      'vornacka',
      'varnatska',
      Likeness.Romanisation,
      'since rules 1.175.0: "c" and "ts", two transliteration systems\' letter, learned from two persons\' aliases',
    ],
    [
      'telchmanova',
      'telkhmanava',
      Likeness.Romanisation,
      'since rules 1.175.0: "ch" and "kh", two transliteration systems\' letter, learned from two persons\' aliases',
    ],
  ])('%s / %s: %s (%s)', (left, right, how) => {
    expect(tokenLikeness(makeTokenInfo(left), makeTokenInfo(right), true).how).toBe(how);
  });

  it.each<[left: string, right: string, short: boolean, reason: string]>([
    ['selkau', 'salkov', true, 'since rules 1.170.0: two words of six letters, two learned substitutions'],
    ['belau', 'balov', true, 'since rules 1.170.0: two words of five letters, two learned substitutions'],
    ['delverkau', 'dalverkov', false, "words of seven letters or more keep a long word's likeness (0.8)"],
    ['delbax', 'dilbah', true, 'since rules 1.175.0: Somali "x" for "h", learned from two persons\' aliases'],
    ['velq', 'velk', true, 'since rules 1.175.0: two words of four letters, one learned substitution (k/q)'],
  ])('%s / %s: a short learned spelling %s (%s)', (left, right, short) => {
    const likeness = tokenLikeness(makeTokenInfo(left), makeTokenInfo(right), true);
    expect(likeness.how).toBe(Likeness.Romanisation);
    expect(isShortLearnedSpelling(likeness)).toBe(short);
  });

  it.each<[left: string, right: string, reason: string]>([
    ['belk', 'balq', 'since rules 1.175.0: two substitutions in a word of four letters: another name'],
    ['dal', 'del', 'since rules 1.175.0: a word of three letters is too short to read by substitutions'],
    ['nalq', 'malk', 'since rules 1.175.0: a four-letter word with another first letter: another name'],
    [
      'dalm',
      'delm',
      'since rules 1.175.0: a lone vowel changed in a four-letter word is left to the short-word vowel rules (1.78.0)',
    ],
    ['melau', 'nalov', 'since rules 1.170.0: a short word with another first letter: another name'],
    ['belkiau', 'balkov', 'since rules 1.170.0: three substitutions in a short word: another name'],
  ])('%s / %s: not alike by substitutions (%s)', (left, right) => {
    expect(tokenLikeness(makeTokenInfo(left), makeTokenInfo(right), true).how).not.toBe(Likeness.Romanisation);
  });

  it('reads no organisation word by substitutions', () => {
    expect(tokenLikeness(makeTokenInfo('talverkau'), makeTokenInfo('telverkov'), false).how).not.toBe(
      Likeness.Romanisation,
    );
  });
});

describe(`${NameMatcher.name} persons' names with one word in another learned spelling (since rules 1.168.0, short words since rules 1.170.0, four-letter words since rules 1.175.0)`, () => {
  const sut = new NameMatcher();
  const person = (name: string): MatchQuery => ({ name, schema: 'Person' });

  it.each<[query: string, candidate: string, match: boolean, reason: string]>([
    ['Talverkau, Quarrow', 'Telverkov, Quarrow', true, 'the surname in another learned spelling, the given name one'],
    [
      'Quarrow Ivanovich Talverkau',
      'Quarrow Ivanovich Telverkov',
      true,
      'a long name: the one word that differs is the same surname spelt otherwise, not a changed part',
    ],
    ['Talvorkau, Quarrow', 'Telvurkov, Quarrow', false, 'three substitutions: another surname, one word agrees'],
    ['Talverkau, Quarrow', 'Talvermin, Quarrow', false, 'an ending the lists never spell for another: another name'],
    ['Quarrow Babette', 'Quarrow Babita', false, 'two listed given names stay two names'],
    [
      'Quarrow Selkau',
      'Quarrow Salkov',
      true,
      'since rules 1.170.0: a six-letter surname respelt, the given name exact',
    ],
    [
      'Belau, Quarrow',
      'Balov, Quarrow',
      true,
      'since rules 1.170.0: a five-letter surname respelt, the given name exact',
    ],
    [
      'Quarrow Ivanovich Selkau',
      'Quarrow Ivanovich Salkov',
      true,
      'since rules 1.170.0: a short word respelt in a long name whose other words all agree exactly',
    ],
    [
      'Quarow Selkau',
      'Quarrow Salkov',
      false,
      'since rules 1.170.0: a short word respelt beside a word that agrees only as a spelling variant: two names',
    ],
    [
      'Quarrow Selkau',
      'Quarrow Salkov Trading',
      false,
      'since rules 1.170.0: a short word respelt with a word left over on one side: two names',
    ],
    ['Selkau', 'Salkov', false, 'since rules 1.170.0: a short word respelt, and nothing else to agree: two names'],
    ['Selkau Belau', 'Salkov Balov', false, 'since rules 1.170.0: two short words respelt, none exact: two names'],
    ['Quarrow Velq', 'Quarrow Velk', true, 'since rules 1.175.0: a four-letter surname respelt, the given name exact'],
    [
      'Velq Quarrow Tidal',
      'Velk Quarrow Tidal',
      true,
      'since rules 1.175.0: a four-letter word respelt in a long name whose other words all agree exactly',
    ],
    [
      'Quarow Velq',
      'Quarrow Velk',
      false,
      'since rules 1.175.0: a four-letter word respelt beside a word that agrees only as a spelling variant: two names',
    ],
    ['Velq Zunc', 'Velk Zunk', false, 'since rules 1.175.0: two four-letter words respelt, none exact: two names'],
    ['Quarrow Belk', 'Quarrow Balq', false, 'since rules 1.175.0: two substitutions in a four-letter word: two names'],
    ['Delbax, Quarrow', 'Dilbah, Quarrow', true, 'since rules 1.175.0: a Somali "x" for "h" in a respelt surname'],
    [
      'Quarrow Selbojkin',
      'Quarrow Salbozhkin',
      true,
      'since rules 1.175.0: a surname with "j" for "zh" and a learned vowel substitution',
    ],
  ])('%s ~ %s: %s (%s)', (query, candidate, match) => {
    const result = sut.score(person(query), person(candidate));
    expect(result.score >= MATCH_THRESHOLD, JSON.stringify(result.features)).toBe(match);
  });
});
