import { describe, expect, it } from 'vitest';
import { getReferenceData } from './reference-data';
import {
  indicReadingAgrees,
  latinCyrillicCognateLikeness,
  Likeness,
  nisbaEnding,
  romanisationKey,
  sameWithoutRepeats,
  tokenLikeness,
  vowelFrameForms,
} from './token-similarity';
import { asciiForm, makeTokenInfo } from './tokenise';

/** Every rule applied in turn, as romanisation.yml states them: what `romanisationKey` must give. */
function everyRule(text: string): string {
  return getReferenceData().romanisationRules.reduce((key, rule) => key.replace(rule.pattern, rule.replacement), text);
}

// romanisationKey skips the rules when none matches the word; each row goes through one rule or none.
describe(romanisationKey.name, () => {
  it.each<[word: string, path: string]>([
    ['tarlow', 'a word the rules may leave or change: checked against every rule'],
    ['hsiao', 'a Wade-Giles initial'],
    ['qorvel', 'Arabic q before a vowel'],
    ['quenford', 'q before u: the rule for q at the start'],
    ['varrell', 'doubled letters: the rule that refers to its own group'],
    ['tschaikov', 'several rules in a row'],
    ['bnm', 'no vowel, no rule'],
    ['kowalsko', 'rules of later blocks only: the first blocks are skipped'],
    ['eoksandrow', 'rules of the first block and of a later one'],
    ['abdoullah', 'rules of the last block only'],
    ['hsien', 'a rule of one block and one of the next'],
    ['', 'the empty word'],
  ])('%s (%s)', (word) => {
    expect(romanisationKey(word)).toBe(everyRule(word));
  });

  it("gives the key of every rule in turn for words of the rules' letter groups, whichever blocks they reach", () => {
    const pieces = ['q', 'a', 'eo', 'eu', 'ph', 't', 'ch', 'hs', 'ts', 'ung', 'ieh', 'sch', 'iy', 'y', 'kh', 'ks'];
    const more = ['tch', 'ow', 'eff', 'w', 'ie', 'abd', 'ul', 'ou', 'ee', 'aa', 'll', 'o', 'n', 'ih', 'ien', 'j'];
    const words = pieces.flatMap((first) => more.flatMap((second) => [first + second, second + first + 'r']));
    for (const word of words) {
      expect(romanisationKey(word), word).toBe(everyRule(word));
    }
  });

  it('gives the word itself when no rule matches it', () => {
    const rules = getReferenceData().romanisationRules;
    const untouched = 'bnm';
    expect(rules.some((rule) => new RegExp(rule.pattern.source).test(untouched))).toBe(false);
    expect(romanisationKey(untouched)).toBe(untouched);
  });
});

describe(sameWithoutRepeats.name, () => {
  const collapsed = (text: string) => text.replace(/(.)\1+/g, '$1');

  it.each<[left: string, right: string, why: string]>([
    ['pettrov', 'petrov', 'a doubled letter on one side'],
    ['wallmart', 'walmart', 'doubled inside'],
    ['aaab', 'ab', 'a run of three'],
    ['petrov', 'petrova', 'a letter more'],
    ['abba', 'aba', 'runs either side of another letter'],
    ['ab', 'ba', 'other order'],
    ['', '', 'empty words'],
    ['a', '', 'one empty'],
    ['a\n\nb', 'a\nb', 'a run of line terminators is kept as written'],
    ['a\u2028\u2028', 'a\u2028\u2028', 'the same line terminators'],
  ])('%j / %j (%s): as the pattern says', (left, right) => {
    expect(sameWithoutRepeats(left, right)).toBe(collapsed(left) === collapsed(right));
  });

  it('agrees with the pattern on every pair of short words over three letters', () => {
    const words = [''];
    for (let length = 1; length <= 4; length++) {
      for (const word of words.filter((word) => word.length === length - 1)) {
        for (const letter of ['a', 'b', '\n']) {
          words.push(word + letter);
        }
      }
    }
    for (const left of words) {
      for (const right of words) {
        expect(sameWithoutRepeats(left, right), `${JSON.stringify(left)} / ${JSON.stringify(right)}`).toBe(
          collapsed(left) === collapsed(right),
        );
      }
    }
  });
});

// Since rules 1.18.0: what an organisation's word in an Indic script must share with another word before a loose
// reading (same sound code, same folded skeleton) may align them. Made-up words.
describe(indicReadingAgrees.name, () => {
  it.each<[left: string, right: string, agrees: boolean, reason: string]>([
    ['tarvela', 'तरवेला', true, 'consonants and the written vowels agree (the inherent vowel unwritten)'],
    ['kolmar', 'கொல்மர்', true, 'Tamil: consonants agree, o and a written as in the Latin word'],
    ['palmora', 'ബെൽമോറ', false, 'p against b: voiced and voiceless kept apart'],
    ['golmar', 'கொல்மர்', false, 'g against k: Tamil writes no voicing, the rule gives such a pair up'],
    ['tarvila', 'तरवोला', false, 'a written vowel of another class (i against o) after the same consonant'],
    ['तरवेला', 'طرويلا', false, 'against an abjad no loose reading at all, whatever the consonants'],
    ['तमरेला', 'তমরেলা', true, 'two Indic blocks: the transliterations agree'],
    ['tarvela', 'tarvila', true, "no Indic word: not this rule's to decide"],
  ])('%s / %s: %s (%s)', (left, right, agrees) => {
    expect(indicReadingAgrees(makeTokenInfo(left), makeTokenInfo(right))).toBe(agrees);
  });
});

describe(nisbaEnding.name, () => {
  it.each<[left: string, right: string, nisba: boolean, reason: string]>([
    ['darvani', 'dorvan', true, 'a consonant, then i, against a word ending in a consonant'],
    ['kalvany', 'kelvan', true, 'the suffix written y'],
    ['tarvei', 'tarvej', false, 'a vowel before the i, and j: a spelling of one ending'],
    ['darvani', 'darvana', false, 'both end in a vowel'],
  ])('%s / %s: %s (%s)', (left, right, nisba) => {
    expect(nisbaEnding(left, right)).toBe(nisba);
  });
});

describe(`${vowelFrameForms.name}: a diphthong read as a long vowel (rules 1.88.0)`, () => {
  it.each<[left: string, right: string, one: boolean, reason: string]>([
    ['quzair', 'qozer', true, 'ai as the long vowel e, o for u'],
    ['tawrakat', 'torakat', true, 'aw as the long vowel o'],
    ['quzeyrin', 'quzerin', true, 'ey as e inside the word'],
    ['quzair', 'quzar', false, 'ay is the long vowel e, never a'],
    ['tawrakat', 'turakat', false, 'aw is the long vowel o, never u'],
    ['tawrakat', 'tarakat', false, 'a diphthong against a short a'],
    ['aymara', 'emara', false, 'too few consonants once the diphthong is a vowel: the first frame decides'],
  ])('%s / %s: %s (%s)', (left, right, one) => {
    expect(vowelFrameForms(left, right)).toBe(one);
    expect(vowelFrameForms(right, left)).toBe(one);
  });
});

describe("tokenLikeness of persons' words that sound alike (rules 1.32.0)", () => {
  it.each<[left: string, right: string, how: number, reason: string]>([
    ['darvani', 'dorvan', Likeness.None, 'a nisba "-i" makes another name, though the sound codes agree'],
    ['kelvani', 'kalvan', Likeness.None, 'the same with another first vowel'],
    ['gaoying', 'caoying', Likeness.None, 'pinyin: one syllable after another onset is another character'],
    ['tarsami', 'tarsam', Likeness.Typo, 'one letter more is still a spelling variant, read before the sound'],
    [
      'xiaoteng',
      'hsiaoteng',
      Likeness.Romanisation,
      'a romanisation variant of one onset (Wade-Giles hs) is no other onset',
    ],
  ])('%s / %s: %s (%s)', (left, right, how) => {
    expect(tokenLikeness(makeTokenInfo(left), makeTokenInfo(right), true).how).toBe(how);
  });
});

// Since rules 1.63.0 (org_words.yml cognate_spellings): words of the tables' kind, each with the reason it is or is not
// one word across the two scripts.
describe(latinCyrillicCognateLikeness.name, () => {
  it.each<[latin: string, cyrillic: string, one: boolean, reason: string]>([
    ['psychoanalysis', 'психоанализа', true, 'ch is х and y is и: a long shared beginning'],
    ['multidisciplinary', 'мултидисциплинарна', true, 'c before i is ц'],
    ['architecture', 'архитектурно', true, 'ch is х, a hard c is к'],
    ['communication', 'комуникационни', true, '"ti" before a vowel is ци, a doubled m written once'],
    ['physiology', 'фізіології', true, 'endings of one group after long stems one letter apart (s read z)'],
    ['technical', 'технических', true, 'endings of one group (-ical, -ических) after one stem'],
    ['biological', 'биолошка', true, 'Serbian -лошк- is -logic-'],
    ['philology', 'философии', false, 'stems two letters apart'],
    ['persia', 'первый', false, 'short stems one letter apart'],
    ['brescia', 'брестский', false, "a city and another city's adjective: short stems one letter apart"],
    ['psychology', 'психоанализа', false, 'a shared beginning too short for the longer words'],
  ])('%s / %s: %s (%s)', (latin, cyrillic, one) => {
    const likeness = latinCyrillicCognateLikeness(latin, asciiForm(cyrillic));
    expect(likeness.how === Likeness.Cognate).toBe(one);
  });
});
