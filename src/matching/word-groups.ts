// Word groups of organisation names: meaning groups, deciding groups, listed places and their case forms.
import { BoundedMemo } from '../common/collections';
import { getReferenceData, tokenKey } from './reference-data';
import { cognateEnding } from './token-similarity';
import { type TokenInfo } from './tokenise';

/** The group of meaning of an organisation's word (a deciding word's, a country's, a translated word's), or null. */
export function meaningGroupOf(text: string): string | null {
  return meaningGroupKnown.get(text, findMeaningGroup);
}

/**
 * The class of a word read alone: the class trie's first step, as `findPhrases([text], classTrie)` would read it,
 * kept on the word once asked (word-pair rules ask it of a word against every word of every candidate).
 */
export function wordClassOf(token: TokenInfo): number | undefined {
  if (token.wordClass === undefined) {
    token.wordClass = getReferenceData().classTrie.next.get(token.text)?.value ?? null;
  }
  return token.wordClass ?? undefined;
}

/** Whether a word as written is a class word's loanword (org_words.yml class_loanwords), kept on the word once asked. */
export function isClassLoanword(token: TokenInfo): boolean {
  if (token.classLoanword === undefined) {
    token.classLoanword = getReferenceData().classLoanwords.has(tokenKey(token.orig));
  }
  return token.classLoanword;
}

/** A word's `meaningGroupOf`, kept on the word once asked. */
export function wordMeaning(token: TokenInfo): string | null {
  if (token.meaning === undefined) {
    token.meaning = meaningGroupOf(token.text);
  }
  return token.meaning;
}

/**
 * Meaning groups of words already looked up: a word's group does not change, since the reference data is
 * read once per process, and each comparison of an organisation's names asks it for every word of both
 * names (three look-ups each). Emptied when it holds MEANING_GROUPS_KEPT words.
 */
const MEANING_GROUPS_KEPT = 100_000;
const meaningGroupKnown = new BoundedMemo<string, string | null>(MEANING_GROUPS_KEPT);

function findMeaningGroup(text: string): string | null {
  const reference = getReferenceData();
  return (
    decidingGroupOf(text) ??
    reference.countryForms.get(text) ??
    reference.wordMeanings.get(text) ??
    placeOfCaseForm(text) ??
    null
  );
}

/**
 * Whether two meaning groups of places hold two official names of one place (subdivision_official_names.tsv, since
 * rules 1.230.0: a bilingual canton's names, which ISO 3166-2 writes "<French> / <German> / …"): the tables give a
 * name another place bears to that place (a canton's German name is also a German city's, so it is that city's
 * group), yet the two words may name one place.
 */
export function onePlaceOfficially(firstGroup: string, secondGroup: string): boolean {
  return officialPlaceGroupPairs().has(groupPairKey(firstGroup, secondGroup));
}

/** The group pairs of `onePlaceOfficially`, per reference data read (worked out once, on first use). */
const officialPairsOf = new WeakMap<object, Set<string>>();

function officialPlaceGroupPairs(): Set<string> {
  const reference = getReferenceData();
  let pairs = officialPairsOf.get(reference);
  if (pairs === undefined) {
    pairs = new Set<string>();
    for (const names of reference.officialPlaceNames) {
      const groups = [...new Set(names.map(meaningGroupOf).filter((group) => group?.startsWith('place:') === true))];
      for (const first of groups) {
        for (const second of groups) {
          if (first !== null && second !== null && first !== second) {
            pairs.add(groupPairKey(first, second));
          }
        }
      }
    }
    officialPairsOf.set(reference, pairs);
  }
  return pairs;
}

function groupPairKey(first: string, second: string): string {
  return first < second ? `${first}\n${second}` : `${second}\n${first}`;
}

/**
 * The place group of a word in another script that place_names_scripts.tsv lists as a city's name, read by the word
 * as written (since rules 1.230.0), else null: its ASCII form may be another place's name (Delhi's Gurmukhi name reads
 * "dili", the name of Timor's capital), which `wordMeaning` would give.
 */
export function writtenPlaceGroup(token: TokenInfo): string | null {
  if (/^[\p{Script=Latin}\p{M}\p{N}'’-]*$/u.test(token.orig)) {
    return null;
  }
  const city = getReferenceData().scriptPlaceNameCities.get(token.orig.normalize('NFC').toLowerCase());
  const group = city === undefined ? null : meaningGroupOf(city);
  return group?.startsWith('place:') === true ? group : null;
}

/** Whether an organisation's word is a listed place or country only as a case form of it ("Tarvelskiej"). */
export function readAsPlaceCaseForm(text: string): boolean {
  const reference = getReferenceData();
  return (
    !reference.countryForms.has(text) &&
    !reference.wordMeanings.has(text) &&
    decidingGroupOf(text) === undefined &&
    placeOfCaseForm(text) !== undefined
  );
}

/** Shortest stem, before a place_case_endings ending, of a listed place's or country's name. */
const PLACE_CASE_MIN_STEM = 4;
/**
 * Shortest stem left before the letters that `stemsOfCaseForm` gives back (since rules 1.86.0; PLACE_CASE_MIN_STEM
 * before): the case form itself keeps PLACE_CASE_MIN_STEM letters before its ending, and a short city's adjective
 * changes its last letters too ("ri" of "Rizhskiy", Riga; "gro" of "Grodzenski", Grodna).
 */
const PLACE_CASE_ALTERNATION_MIN_STEM = 2;
/** Letters a place's listed name may end in that its case form drops ("Warszawa" -> "Warszawski"). */
const PLACE_CASE_LOST_LETTERS = ['', 'a', 'e', 'i', 'o', 'y'];

/**
 * The group of a listed place or country of which `text` is the genitive, locative or adjective (since rules
 * 1.17.0, org_words.yml place_case_endings): the word less one of those endings, with its last vowel given
 * back or not, is a form of that place ("Warszawski" of "Warszawa", "Göteborgs" of "Göteborg"). Only places
 * and countries: a field word's forms are the deciding groups' (lex1), a topic word's its own table's.
 * Since rules 1.73.0 the stem may also give back letters the case form changed (`stemsOfCaseForm`). Since rules
 * 1.86.0 a word with an ending of org_words.yml place_adjective_endings is also read with each other ending of its
 * set ("Śląska" as "Śląskie", the region's listed name), after the case endings, so no earlier reading changes.
 */
function placeOfCaseForm(text: string): string | undefined {
  const reference = getReferenceData();
  for (const ending of reference.placeCaseEndings) {
    if (text.length - ending.length < PLACE_CASE_MIN_STEM || !text.endsWith(ending)) {
      continue;
    }
    const stem = text.slice(0, -ending.length);
    for (const form of stemsOfCaseForm(stem, reference.placeCaseStemAlternations)) {
      for (const letter of PLACE_CASE_LOST_LETTERS) {
        const group = placeOrCountryGroup(form + letter);
        if (group !== undefined) {
          return group;
        }
      }
    }
  }
  // A place whose listed name is itself an adjective (a Polish region's "Śląskie") in another of its forms.
  for (const { ending, others } of reference.placeAdjectiveEndings) {
    if (text.length - ending.length < PLACE_CASE_MIN_STEM || !text.endsWith(ending)) {
      continue;
    }
    const stem = text.slice(0, -ending.length);
    for (const other of others) {
      const group = placeOrCountryGroup(stem + other);
      if (group !== undefined) {
        return group;
      }
    }
  }
  return undefined;
}

/**
 * A case form's stem as written, then with its last letters given back as the place's name writes them (since
 * rules 1.73.0, org_words.yml place_case_stem_alternations: "klajpedz" of "Kłajpedzki", then "klajped" of Kłajpeda).
 */
function stemsOfCaseForm(stem: string, alternations: readonly { from: string; to: string[] }[]): string[] {
  const stems = [stem];
  for (const { from, to } of alternations) {
    if (stem.length - from.length >= PLACE_CASE_ALTERNATION_MIN_STEM && stem.endsWith(from)) {
      stems.push(...to.map((letters) => stem.slice(0, -from.length) + letters));
    }
  }
  return stems;
}

/** The group of a listed country's form or a listed place's name, or undefined. */
function placeOrCountryGroup(form: string): string | undefined {
  const reference = getReferenceData();
  const meaning = reference.wordMeanings.get(form);
  return reference.countryForms.get(form) ?? (meaning?.startsWith('place:') === true ? meaning : undefined);
}

/**
 * Whether an organisation's word, of meaning group `group`, names a country or a place that org_word_meanings.yml
 * lists by hand (`places`; the GeoNames cities' groups, "place:city-…", are left out: a city's name in one language
 * may be another city's in another, "Freiburg" of Fribourg). Two such words of two groups name two places, however
 * alike they are spelled (since rules 1.92.0): "Slovakia" / "Slovenia", "Chungnam" / "Chonnam". A country's group
 * must be its ISO code: a few org_words.yml groups hold one country's forms apart from ICU's names of it
 * ("britain", "turkey", "korea", "saudi"), and such a group and the code's are one country.
 */
export function namesListedPlace(token: TokenInfo, group: string): boolean {
  return (
    (COUNTRY_CODE.test(group) && getReferenceData().countryForms.has(token.text)) ||
    (group.startsWith('place:') && !group.startsWith('place:city-'))
  );
}

/** The groups of org_word_meanings.yml subdivision_places (since rules 1.92.0): a place that is a subdivision. */
export const SUBDIVISION_PLACE = 'place:subdivision-';

/** An ISO 3166 alpha-2 code, the group of a country's forms that ICU names. */
const COUNTRY_CODE = /^[a-z]{2}$/;

/** A word with a Hebrew letter. */
export const HEBREW_LETTERS = /[\u05d0-\u05ea]/u;

let decidingByCognate: Map<string, string> | undefined;

/**
 * The deciding-word group of an organisation word: listed in org_words.yml, or a form of a listed word
 * with an ending of the same cognate group ("Scientifique" of "Scientific", "Agronomique" of "Agronomic").
 */
export function decidingGroupOf(text: string): string | undefined {
  return decidingGroupKnown.get(text, findDecidingGroup);
}

/** A word's `decidingGroupOf`, kept on the word once asked (compared names ask it of their words each time). */
export function wordDecidingGroup(token: TokenInfo): string | undefined {
  if (token.decidingGroup === undefined) {
    token.decidingGroup = decidingGroupOf(token.text) ?? null;
  }
  return token.decidingGroup ?? undefined;
}

/**
 * Deciding groups of words already looked up (null: none), since a word's group does not change: the
 * reference data is read once per process. Emptied when it holds DECIDING_GROUPS_KEPT words.
 */
const DECIDING_GROUPS_KEPT = 100_000;
const decidingGroupKnown = new BoundedMemo<string, string | undefined>(DECIDING_GROUPS_KEPT);

function findDecidingGroup(text: string): string | undefined {
  const groups = getReferenceData().decidingGroups;
  const listed = groups.get(text);
  if (listed !== undefined) {
    return listed;
  }
  if (!decidingByCognate) {
    decidingByCognate = new Map();
    for (const [word, group] of groups) {
      const split = cognateEnding(word);
      if (split && split.stem.length >= 4) {
        decidingByCognate.set(`${split.stem}|${split.group}`, group);
      }
    }
  }
  const split = cognateEnding(text);
  return split ? decidingByCognate.get(`${split.stem}|${split.group}`) : undefined;
}
