import { describe, expect, it } from 'vitest';
import { asciiForm, tokeniseRaw } from './tokenise';

/**
 * A token as one string: its form, then ! acronym, . dotted, & letters joined by an ampersand, ~ elided, - joined
 * by a hyphen to the next.
 */
function show(raw: string): string {
  return tokeniseRaw(raw)
    .map(
      (token) =>
        token.orig +
        (token.acronym ? '!' : '') +
        (token.dotted ? '.' : '') +
        (token.joined ? '&' : '') +
        (token.elided ? '~' : '') +
        (token.hyphenNext ? '-' : ''),
    )
    .join(' ');
}

// The tokeniser skips a step when the text cannot hold what the step acts on (plain text skips NFKC and the
// control and quote replacements, a text without inner capitals the camelCase split, one without a dot the
// dotted initials…). Each row goes through a skipped or a taken step; the tokens are those the tokeniser gave
// before it skipped anything.
describe(tokeniseRaw.name, () => {
  it.each<[raw: string, tokens: string, path: string]>([
    ['Quenford Tarlow', 'quenford tarlow', 'plain ASCII, capitals only after spaces: every guard skips'],
    ['TARLOW, Quenford', 'tarlow! quenford', 'capitals inside a word: camelCase and mixed-acronym passes run'],
    ['QuenfordTech Holding', 'quenford tech holding', 'camelCase split'],
    ['ZaAS Varnel GmbH', 'zaas! varnel gmbh!', 'mixed acronyms kept whole'],
    ['Varnel Co., Ltd.', 'varnel co ltd', 'dots that are no dotted initials'],
    ['J.-C. Tarlow', 'jc!. tarlow', 'dotted initials'],
    ['Dr. Q.T. Tarlow Institute', 'dr qt!. tarlow institute', 'a title with a dot before dotted initials: set apart'],
    [
      'Tarlow im. Q.T. Quenforda',
      'tarlow im qt!. quenforda',
      'Latin "im." (named after) before dotted initials: set apart',
    ],
    ['RD&E Brannock & Sons', 'rde!& brannock and sons', 'ampersand acronym and "&" as "and"'],
    ['Brannock A & T College', 'brannock a& and t& college', 'single capitals around a spaced ampersand: initials'],
    [
      'BRANNOCK A&T COLLEGE',
      'brannock at& college',
      'letters joined by an ampersand in capitals: joined, not read as a word',
    ],
    ["d'Ombrelle l'Institut", 'd~ ombrelle l~ institut', 'elided articles'],
    ["Brannock's Mill", 'brannock mill', 'possessive dropped'],
    ['Mi-kyung Tarlow', 'mi- kyung tarlow', 'hyphenated word'],
    ['Тарлов Кенфорд', 'тарлов кенфорд', 'plain Cyrillic: NFKC skipped'],
    ['ТАРЛОВ, Кенфорд', 'тарлов! кенфорд', 'Cyrillic capitals: acronym read'],
    ['كنفورد ترلو', 'كنفورد ترلو', 'plain Arabic letters: NFKC skipped'],
    ['أَحمد ترلو', 'أَحمد ترلو', 'Arabic with a vowel mark: NFKC runs'],
    ['昆福大学', '昆 福 大 学', 'Chinese characters one token each'],
    ['ＱＵＥＮＦＯＲＤ Ltd', 'quenford! ltd', 'full-width letters: NFKC runs'],
    ['Quenford\u200bTarlow', 'quenford tarlow', 'a format character becomes a space'],
    ['Tar`low', 'tarlow', 'a backquote is an apostrophe'],
    ['ÉCOLE Varnel', 'école! varnel', 'Latin capital beyond ASCII'],
    ['C2DH Varnel', 'c2dh! varnel', 'digit acronym'],
    ['Varnel VIII Fund', 'varnel viii! fund', 'short capitals in a mixed-case name'],
    ['  Quenford   Tarlow ', 'quenford tarlow', 'plain text: split at runs of spaces, none at the ends'],
    ['IM2NP Varnel', 'im2np! varnel', 'digit acronym ending in a capital: the pattern runs'],
    ['AHL2 Varnel', 'ahl2 varnel', 'ends in a digit: no digit acronym, the pattern is not run'],
    ['ТАРЛОВ кенфорд', 'тарлов! кенфорд', 'small Cyrillic letters make a plain text mixed-case'],
    ['ТАРЛОВ КЕНФОРД', 'тарлов кенфорд', 'Cyrillic capitals only: not mixed-case'],
    ['Тарлов-Кенфорд', 'тарлов- кенфорд', 'plain text with a hyphen: split into pieces'],
    ["O'Tarlow Кенфорд", 'otarlow кенфорд', 'plain word with an apostrophe: one piece'],
    ['Varnel, Тарлов', 'varnel тарлов', 'plain text with a comma: split into pieces'],
    ['昆福大学 Varnel', '昆 福 大 学 varnel', 'plain word of ideographs: one piece, then one token per character'],
    ['Quenford\u00a0Tarlow\tVarnel', 'quenford tarlow varnel', 'other white space: not plain, split by the pattern'],
  ])('%s → %s (%s)', (raw, tokens) => {
    expect(show(raw)).toBe(tokens);
  });
});

describe(asciiForm.name, () => {
  it.each<[orig: string, text: string, path: string]>([
    ['tarlow', 'tarlow', 'small ASCII letters are their own form'],
    ['twenty', '20', 'a number word without a digit'],
    ['21st', '21', 'an ordinal'],
    ['ol9a', 'olga', 'a digit in disguise'],
    ['тарлов', 'tarlov', 'transliterated'],
    ['Tarlow', 'tarlow', 'capitals lowered'],
    ['constructor', 'constructor', 'a word named like an inherited object property is no number word'],
    ['Ταρβέλου', 'tarvelou', 'Greek ου read "ou" (ELOT 743), not "oy"'],
    ['Ευταρβία', 'eftarvia', 'Greek ευ read "ef" before a voiceless consonant'],
    ['Αυγαρία', 'avgaria', 'Greek αυ read "av" before a voiced one'],
    ['Ταρβαΰλη', 'tarvayli', 'an upsilon with a diaeresis is no diphthong'],
    ['เพียงเลา', 'phianglao', 'Thai preposed vowels read after their consonant, เ-ีย "ia" and เ-า "ao" (RTGS)'],
    ['แกรงหมอก', 'kraengmok', 'a preposed vowel read after a cluster (กร); ห leading a sonorant silent'],
    ['เอกไทย', 'ekthai', 'อ carrying a vowel silent; ไ-ย read "ai"'],
    ['ไทยtarlow', 'thaitarlow', 'Latin letters in a Thai word as they are'],
  ])('%s → %s (%s)', (orig, text) => {
    expect(asciiForm(orig)).toBe(text);
  });
});
