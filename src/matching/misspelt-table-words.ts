import { distance } from 'fastest-levenshtein';
import { getReferenceData, type TrieNode } from './reference-data';
import { Script, type TokenInfo } from './tokenise';

/**
 * Misspelt words of the tables (since rules 1.124.0 for deciding and field words, `misspeltKnownWord` in
 * deciding-words.ts; since rules 1.222.0 for legal-form and class words, `tableWordSpelt`): one letter added, dropped
 * or changed, or two side by side swapped, in a word no table knows.
 */

/** Shortest words of which a slip (a letter added, dropped, changed, or two swapped) is read as a misspelling. */
export const MISSPELT_LENGTH = 6;

/**
 * Shortest legal-form or class word a misspelling is read as (`tableWordSpelt`): of six letters, a word one slip away
 * is as often a name ("Behrad"/"berhad", "Schulte"/"schule", "Spector"/"sector": counted over the indexed words).
 */
const TABLE_WORD_MIN = 7;

/** One letter added, dropped or changed, or two letters side by side swapped. */
export function oneSlipApart(left: string, right: string): boolean {
  if (left === right) {
    return false;
  }
  if (left.length === right.length) {
    const differ: number[] = [];
    for (let at = 0; at < left.length && differ.length <= 2; at++) {
      if (left[at] !== right[at]) {
        differ.push(at);
      }
    }
    return (
      differ.length === 1 ||
      (differ.length === 2 &&
        differ[1] === differ[0] + 1 &&
        left[differ[0]] === right[differ[1]] &&
        left[differ[1]] === right[differ[0]])
    );
  }
  return Math.abs(left.length - right.length) === 1 && distance(left, right) === 1;
}

/**
 * Whether a table the matcher reads knows a word as a word of its own: a deciding word, a company word, a country's
 * name or form, a word meaning, a qualifier, a subdivision's word, an address place, a given name or a common English
 * word (SCOWL 10–35). Such a word is that word, never a misspelling of another ("Marina" is no "Marine").
 */
export function knownToTables(text: string): boolean {
  const reference = getReferenceData();
  return [
    reference.decidingGroups,
    reference.orgWordForms,
    reference.orgCountryWords,
    reference.countryForms,
    reference.wordMeanings,
    reference.orgQualifiers,
    reference.subdivisionWords,
    reference.addressPlaces,
    reference.givenNames,
    reference.englishWords,
  ].some((table) => table.has(text));
}

interface TableSpellings {
  /** Every word of a legal form or class phrase (company_words.yml, org_words.yml), in small Latin letters. */
  words: Set<string>;
  /**
   * The tables' own misspellings (since rules 1.229.0): a non-English word that a phrase holds where another phrase,
   * otherwise alike, holds an English word one slip away (org_types.yml's "Public Limitted Company" beside "Public
   * Limited Company"), and that heads no phrase of its own; by the English word it misspells.
   */
  typos: Map<string, string>;
  /** Those of MISSPELT_LENGTH letters or more, by themselves and by each form of them with one letter dropped. */
  byForm: Map<string, string[]>;
}

let tableSpellings: TableSpellings | undefined;

function spellings(): TableSpellings {
  if (!tableSpellings) {
    const words = new Set<string>();
    const byForm = new Map<string, string[]>();
    const put = (form: string, word: string) => {
      const found = byForm.get(form);
      if (!found) {
        byForm.set(form, [word]);
      } else if (!found.includes(word)) {
        found.push(word);
      }
    };
    const reference = getReferenceData();
    const walk = (node: TrieNode<number>) => {
      for (const [word, next] of node.next) {
        if (/^[a-z]+$/.test(word) && !words.has(word)) {
          words.add(word);
          // (A country's word in a phrase, "russian" of "Russian Academy of Sciences", names a place: never read so.)
          // (An English word only, "company", "liability", "association": in other languages a letter added or dropped
          // is as often another word or an inflection, "imprensa" beside "impresa", "akademije" beside "akademie".)
          if (word.length >= TABLE_WORD_MIN && !placeWord(word) && reference.englishWords.has(word)) {
            put(word, word);
            for (let cut = 0; cut < word.length; cut++) {
              put(word.slice(0, cut) + word.slice(cut + 1), word);
            }
          }
        }
        walk(next);
      }
    };
    const placeWord = (word: string) =>
      reference.countryNames.has(word) ||
      reference.orgCountryWords.has(word) ||
      reference.countryForms.has(word) ||
      reference.cityNames.has(word) ||
      reference.subdivisionWords.has(word);
    walk(reference.legalTrie);
    walk(reference.classTrie);
    tableSpellings = { words, byForm, typos: tablesOwnTypos(reference.legalTrie, reference.classTrie, byForm) };
  }
  return tableSpellings;
}

/**
 * The tables' own misspellings (`TableSpellings.typos`): each phrase's non-English word for which the tables hold the
 * same phrase with an English legal-form or class word of TABLE_WORD_MIN letters or more in its place, one slip away
 * ("limitted", "compnay" of rigour's legal forms). A word that heads a phrase of its own ("limted", a legal form) is
 * read as that phrase already and is left out.
 */
function tablesOwnTypos(
  legalTrie: TrieNode<number>,
  classTrie: TrieNode<number>,
  byForm: Map<string, string[]>,
): Map<string, string> {
  const reference = getReferenceData();
  const typos = new Map<string, string>();
  for (const trie of [legalTrie, classTrie]) {
    const phrases: string[][] = [];
    const walk = (node: TrieNode<number>, path: string[]) => {
      for (const [word, next] of node.next) {
        if (next.value !== undefined) {
          phrases.push([...path, word]);
        }
        walk(next, [...path, word]);
      }
    };
    walk(trie, []);
    const written = new Set(phrases.map((phrase) => phrase.join(' ')));
    for (const phrase of phrases) {
      phrase.forEach((word, at) => {
        if (
          !/^[a-z]+$/.test(word) ||
          reference.englishWords.has(word) ||
          legalTrie.next.get(word)?.value !== undefined ||
          classTrie.next.get(word)?.value !== undefined
        ) {
          return;
        }
        const near = new Set<string>(byForm.get(word) ?? []);
        for (let cut = 0; cut < word.length; cut++) {
          for (const other of byForm.get(word.slice(0, cut) + word.slice(cut + 1)) ?? []) {
            near.add(other);
          }
        }
        const english = [...near].filter(
          (other) =>
            oneSlipApart(other, word) &&
            !oneLetterChanged(other, word) &&
            written.has([...phrase.slice(0, at), other, ...phrase.slice(at + 1)].join(' ')),
        );
        if (english.length === 1) {
          typos.set(word, english[0]);
        }
      });
    }
  }
  return typos;
}

/**
 * The English legal-form or class word (a word of a phrase of company_words.yml or org_words.yml) that an organisation's word
 * misspells by one slip, when it is the only such word (since rules 1.222.0): "Cmpany" is "company", "Liabiliity"
 * "liability", "Associaton" "association". As `misspeltKnownWord` reads a deciding word: both of MISSPELT_LENGTH
 * letters or more, in small Latin letters, the first and the last letters alike, and the word itself no word of the
 * tables (`knownToTables`, nor a legal-form or class word). Else undefined: the word is read as written.
 *
 * Counted over the tables' 4,210 words (typo2, rules 1.222.0): of 6 letters or more, 26 lie one slip from a common
 * given name, surname, city or country name ("sector"/"hector"), 4 of 7 letters or more; with the first and the
 * last letters alike and the tables' words kept as written, none of those is read as a table word.
 */
export function tableWordSpelt(token: TokenInfo): string | undefined {
  const text = token.text;
  if (
    token.script !== Script.Latin ||
    token.isSyllable ||
    text.length < MISSPELT_LENGTH - 1 ||
    !/^[a-z]+$/.test(text) ||
    token.orig.toLowerCase() !== text
  ) {
    return undefined;
  }
  const { words, byForm, typos } = spellings();
  if (words.has(text)) {
    return typos.get(text);
  }
  if (englishWordForm(text)) {
    return undefined;
  }
  const found = new Set<string>(byForm.get(text) ?? []);
  for (let cut = 0; cut < text.length; cut++) {
    for (const word of byForm.get(text.slice(0, cut) + text.slice(cut + 1)) ?? []) {
      found.add(word);
    }
  }
  const slips = (lastLetter: (word: string) => boolean) =>
    [...found].filter(
      (word) =>
        word.length >= TABLE_WORD_MIN &&
        text.length >= MISSPELT_LENGTH &&
        word[0] === text[0] &&
        lastLetter(word) &&
        oneSlipApart(word, text) &&
        (!oneLetterChanged(word, text) || vowelWrittenAsConsonant(word, text)) &&
        !glideAddedOrDropped(word, text) &&
        !pluralOfAnotherLanguage(word, text),
    );
  // The last letter kept first; the last two swapped only when no word keeps it ("Sciencse" is "science", one letter
  // added, before "sciences").
  const kept = slips((word) => word[word.length - 1] === text[text.length - 1]);
  const spelt = kept.length > 0 ? kept : slips((word) => lastTwoSwapped(word, text));
  return spelt.length === 1 && !knownToTables(text) ? spelt[0] : undefined;
}

/**
 * One letter written for another ("Mehsud"/"mehdud", "Behrad"/"berhad", "Espacial"/"especial"): as often another word,
 * a name or another language's spelling as a slip of the hand, so not read as a table word (counted over the indexed
 * words, typo2). A letter dropped or added, or two swapped, is.
 */
function oneLetterChanged(left: string, right: string): boolean {
  if (left.length !== right.length) {
    return false;
  }
  let differ = 0;
  for (let at = 0; at < left.length; at++) {
    if (left[at] !== right[at]) {
      differ++;
    }
  }
  return differ === 1;
}

/** Letters read as vowels where one letter is written for another (`vowelWrittenAsConsonant`). */
const VOWELS = new Set('aeiouy');

/**
 * One letter changed where the table word has a vowel and the word a consonant ("Ltmited", "Compnny"; since rules
 * 1.229.0): a slip of the hand that leaves a cluster no spelling writes. A vowel for another vowel ("Diamand",
 * "Espacial", "Profissional") or a consonant for another ("Produccion", "Fabrikation", "Instituce") is another
 * language's spelling or a name as often, and is not so read; nor a consonant written as a vowel ("Produits",
 * "Hospitais"). Counted over the indexed words (typo3): a letter changed of any kind would read 21 words of 114 names
 * as an English table word of 7 letters or more, 16 of them another language's words; a vowel written as a consonant
 * none.
 */
function vowelWrittenAsConsonant(word: string, text: string): boolean {
  let at = 0;
  while (at < word.length && word[at] === text[at]) {
    at++;
  }
  return VOWELS.has(word[at]) && !VOWELS.has(text[at]);
}

/** Letters a romanisation adds or leaves out ("Islamia"/"Islamiya", "Islamiyah"/"Islamiya", "Jamiat"/"Jamiyat"). */
const GLIDES = new Set('hyw');

/**
 * One of GLIDES added or dropped: another romanisation of the word, whose reading as written the matcher already
 * aligns (a transliteration variant), not a slip; read as the table word it would take a name's own word ("Jemaah
 * Islamiyah") for a class word.
 */
function glideAddedOrDropped(left: string, right: string): boolean {
  const [longer, shorter] = left.length > right.length ? [left, right] : [right, left];
  if (longer.length !== shorter.length + 1) {
    return false;
  }
  let at = 0;
  while (at < shorter.length && longer[at] === shorter[at]) {
    at++;
  }
  return GLIDES.has(longer[at]);
}

/**
 * A plural table word with one letter more before its final "s" ("Productos", "Clinicas", "Industriels",
 * "Industriens"; since rules 1.231.0): another language's plural or case ending (-os, -as, -es, -ls, -ns) on the same
 * stem, which the matcher already aligns as a stem or a spelling, not a slip of the hand; read as the English table
 * word it would take a name's own word in another language for a class word and lose the words beside it. Counted
 * over the indexed words (lead, rules 1.230.0): 8 words were so read, every one another language's word.
 */
function pluralOfAnotherLanguage(word: string, text: string): boolean {
  return (
    word.endsWith('s') &&
    text.endsWith('s') &&
    text.length === word.length + 1 &&
    text.slice(0, -2) === word.slice(0, -1)
  );
}

/**
 * The last two letters swapped ("Commercila", "Internationla", "Limitde"; since rules 1.229.0): a slip of the hand
 * that changes the last letter. Counted over the indexed words (typo3): no word of the index is so read.
 */
function lastTwoSwapped(word: string, text: string): boolean {
  const end = word.length - 2;
  return (
    word.length === text.length &&
    word.slice(0, end) === text.slice(0, end) &&
    word[end] === text[end + 1] &&
    word[end + 1] === text[end]
  );
}

/**
 * English endings of a word's regular forms: after a final "e" the plural, the past and the agent noun ("exchangers");
 * after another letter the plural only. Not "-ing", "-ed" or "-er" after another letter: there English doubles a
 * consonant, and the word written without the double is the slip ("Shiping" is "shipping", not "ship" and "-ing":
 * taken, it left 5 exactness queries' "SHIPING" an extra word).
 */
const AFTER_E = ['s', 'd', 'r', 'rs'];
const AFTER_OTHER = ['s'];

/**
 * A regular English form of a common English word (SCOWL 10–35, english_words.tsv), which the word table leaves out
 * (since rules 1.229.0): "exchangers" is exchange's agent noun, no misspelling of "exchanges".
 */
function englishWordForm(text: string): boolean {
  const english = getReferenceData().englishWords;
  return [...AFTER_E, ...AFTER_OTHER].some((ending) => {
    if (!text.endsWith(ending)) {
      return false;
    }
    const stem = text.slice(0, text.length - ending.length);
    return (stem.endsWith('e') ? AFTER_E : AFTER_OTHER).includes(ending) && english.has(stem);
  });
}
