/**
 * Since rules 1.183.0: a name made only of class words, field words and topic words ("Institute of Tidal Physics",
 * "Ministry of Tides", "Pedagogical University") names no one body: many bodies bear it, in many places, each with
 * its own parent or place beside it. The matcher finds such a name inside a longer one ("Institute of Tidal Physics,
 * Quarrow Academy of Sciences": the parent after the comma read as a qualifier left over) or in another word order
 * ("Tidal Physics Institute") at a score that resolves, and a longer query ("Pellby State Pedagogical University")
 * inside a body's generic other name ("Pedagogical University"). The resolution reads these two shapes
 * (`resolution-rule.ts`, `genericNameOnly`): the words are the reference data's own classes, no list of names here.
 *
 * A word is generic when it is a class word (symbols.yml, org_types.yml: the index's class words), a field or other
 * deciding word (org_words.yml `deciding`: fields, compass words, "national", "state") or a topic word of
 * org_word_meanings.yml (a meaning, not a place). Function words, legal forms, particles and titles name nothing
 * here; a place, a person's or brand's name, an acronym or a number is an identity word.
 */
import { getReferenceData } from './reference-data';
import { BRACKETED_LAST_WORD, Kind, prepareName, spellsWords, type PreparedName } from './normalise';
import { asciiForm, Script } from './tokenise';
import { wordDecidingGroup } from './word-groups';

/** Words that name nothing of their own here (function words, legal forms, particles, titles); word-for-word.ts too. */
export const KINDS_NAMING_NOTHING: ReadonlySet<number> = new Set([Kind.Stop, Kind.Legal, Kind.Particle, Kind.Title]);
/** Word meanings of org_word_meanings.yml are prefixed so; places are prefixed otherwise. */
const TOPIC_PREFIX = 'meaning:';

interface GenericWord {
  /** The word as written (lower case). */
  orig: string;
  /** What the word is compared by: its field group, topic group or class, or its text. */
  form: string;
  generic: boolean;
  /** Written in the Latin script (or digits). */
  latin: boolean;
}

/**
 * The words of `name` as this file reads them; with `ownAcronymAside`, not the name's own acronym in brackets at its end
 * (`ownBracketedAcronymAt`).
 */
function wordsOf(name: string, ownAcronymAside = false): GenericWord[] {
  const reference = getReferenceData();
  const prepared = prepareName(name, 'org');
  const words: GenericWord[] = [];
  const ownAcronym = ownAcronymAside ? ownBracketedAcronymAt(name, prepared) : -1;
  prepared.tokens.forEach((token, index) => {
    const kind = prepared.kinds[index];
    if (KINDS_NAMING_NOTHING.has(kind) || token.text.length === 0 || index === ownAcronym) {
      return;
    }
    const identity = kind === Kind.Acronym || kind === Kind.Number || kind === Kind.NamedBody;
    const field = wordDecidingGroup(token);
    const meaning = reference.wordMeanings.get(asciiForm(token.text));
    const topic = meaning !== undefined && meaning.startsWith(TOPIC_PREFIX) ? meaning : undefined;
    const classGroup = reference.classTrie.next.get(token.text)?.value;
    const form =
      field !== undefined
        ? `field:${field}`
        : topic !== undefined
          ? topic
          : classGroup !== undefined
            ? `class:${classGroup}`
            : token.text;
    words.push({
      orig: token.orig.toLowerCase(),
      form,
      generic: !identity && (field !== undefined || topic !== undefined || classGroup !== undefined),
      latin: token.script === Script.Latin || token.script === Script.Digits,
    });
  });
  return words;
}

/**
 * Since rules 1.213.0 (resb, probe7's B2): the place of a name's last word when it is written in capitals alone in
 * brackets at the end and spells words before it, from any of them to the last (`spellsWords`: "Quarrow Institut für
 * Tidenkunde und Marschforschung (ITM)", "The Pellby Centre for Tidal Physics (CTP)"): the body's own acronym, as the
 * registry writes it beside its name, not a word the name holds beside another name's words (word-for-word.ts; since
 * rules 1.234.0 also `genericNameOnly`). -1 otherwise.
 */
export function ownBracketedAcronymAt(name: string, prepared: PreparedName): number {
  const last = prepared.tokens.length - 1;
  const written = BRACKETED_LAST_WORD.exec(name)?.[1];
  if (last < 2 || written === undefined || written.toLowerCase() !== prepared.tokens[last].orig.toLowerCase()) {
    return -1;
  }
  const before = prepared.tokens.slice(0, last);
  for (let start = 0; start < last - 1; start++) {
    if (spellsWords(prepared.tokens[last].text, before.slice(start))) {
      return last;
    }
  }
  return -1;
}

const allGeneric = (words: readonly GenericWord[]) => words.length > 0 && words.every((word) => word.generic);

/** What `genericNameOnly` found: which side is the generic name, and the query's own words for a longer query. */
export type GenericNameShape = { shape: 'generic query' } | { shape: 'longer query'; ownWords: string[] };

/**
 * The shape when the query's name or the matched name is a generic name the other does not write word for word:
 * - "generic query": every word of the query is generic, and the query's words (function words aside, a field or
 *   topic word by its group, a class word by its class) are not the matched name's words in the same order: the
 *   matched name drops a parent or a place, adds one, or orders the words otherwise (since rules 1.223.0 in any order
 *   when either name holds a word of another script than Latin: a translation's order is its language's);
 * - "longer query": every word of the matched name is generic, and the query holds each of them and words of its
 *   own, one at least an identity word (a place, a name): the query names a body the generic name does not.
 * Null otherwise (a generic query that is the matched name word for word is a body's own name, left to the other
 * rules: a namesake elsewhere is told apart by the country only). Since rules 1.234.0 a name's own acronym in brackets
 * at its end (`ownBracketedAcronymAt`) is set aside: the query's in both shapes, the matched name's in the first.
 */
export function genericNameOnly(query: string, matched: string): GenericNameShape | null {
  if (query === matched) {
    return null;
  }
  // Since rules 1.234.0 (probe8's L4): the query's own acronym in brackets after its words ("Tidal Physics Institute
  // (TPI)") is the initials of those words, as generic as they are, not a word naming a body of its own.
  const queryWords = wordsOf(query, true);
  const matchedWords = wordsOf(matched);
  if (allGeneric(queryWords)) {
    // Since rules 1.223.0 (probe8's B5): a name read through words of another script (an Arabic-script name's words
    // read by their meanings: "صنعت نفت", industry and petroleum) is a translation, whose word order is its
    // language's, not a reordering of the other name: its words are compared in any order.
    const translated = [...queryWords, ...matchedWords].some((word) => !word.latin);
    const forms = (words: readonly GenericWord[]) => {
      const all = words.map((word) => word.form);
      return translated ? all.sort() : all;
    };
    const queryForms = forms(queryWords);
    // (Since rules 1.234.0, the matched name's own bracketed acronym aside as well: "Tidal Physics Institute" is the
    // name "Tidal Physics Institute (TPI)" word for word.)
    const matchedForms = forms(wordsOf(matched, true));
    const same =
      queryForms.length === matchedForms.length && queryForms.every((form, index) => form === matchedForms[index]);
    return same ? null : { shape: 'generic query' };
  }
  if (!allGeneric(matchedWords)) {
    return null;
  }
  const queryForms = new Set(queryWords.map((word) => word.form));
  const matchedForms = new Set(matchedWords.map((word) => word.form));
  if (![...matchedForms].every((form) => queryForms.has(form))) {
    return null;
  }
  const own = queryWords.filter((word) => !matchedForms.has(word.form));
  return own.some((word) => !word.generic) ? { shape: 'longer query', ownWords: own.map((word) => word.orig) } : null;
}

/**
 * Since rules 1.196.0: whether `name` is a generic name, every word of it generic (a class, field or topic word: see
 * above): "Institute of Tidal Physics", "Tide Survey Department". Such a name written with a parent names one of the
 * many bodies that bear it (`CandidateIndex.writtenWithParentMatch`).
 */
export function genericName(name: string): boolean {
  return allGeneric(wordsOf(name));
}

/**
 * Since rules 1.223.0 (probe8's B6): whether `query` is a generic name (every word generic) and `matched` holds the same
 * words, each written with the same letters (accents kept: "Federal" is not "Fédéral", a translation), in another
 * order: "Institute of Tidal Physics" against "Tidal Physics Institute". Function words, legal forms, particles and
 * titles aside.
 */
export function sameGenericWordsReordered(query: string, matched: string): boolean {
  const queryWords = wordsOf(query);
  const matchedWords = wordsOf(matched);
  if (!allGeneric(queryWords) || queryWords.length !== matchedWords.length) {
    return false;
  }
  const queryOrder = queryWords.map((word) => word.orig);
  const matchedOrder = matchedWords.map((word) => word.orig);
  return (
    queryOrder.join(' ') !== matchedOrder.join(' ') &&
    [...queryOrder].sort().join(' ') === [...matchedOrder].sort().join(' ')
  );
}
