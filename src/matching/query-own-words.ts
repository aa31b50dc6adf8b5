/**
 * Since rules 1.120.0: whether a query holds a body's name with words of its own that decide which body it is.
 * The name matcher scores a query that holds every word of a candidate's name at (or near) 1 whatever else it
 * says ("Quarrow Tidal Institute, Pellby Campus" is the institute), and a screening alert should show it; but two
 * shapes of such a query name another body far more often than the same one (bench/quality-resolution.ts,
 * bench/HISTORY.md "## Resolution", resol7), so the resolution rule does not resolve on them:
 *
 * - the query is the name with field words of its own, nothing else, where the name has no field word
 *   ("Quarrow University of Science and Technology" against "Quarrow University"): a field after a class word
 *   names another body of the place, as "<place> University of Medical Sciences" is not "<place> University";
 * - the name's own words are acronyms the query does not hold, read by the matcher as the initials of words both
 *   names share, while the query has words of its own ("Quarrow Institute for Tidal Forecasting" against
 *   "Quarrow QI Institute", QI read as "Quarrow Institute"): the acronym says which body the name is, and the query
 *   says something else in its place.
 *
 * Field words are the deciding groups of org_words.yml (`decidingGroupOf`), class words the matcher's class tags.
 */
import { wordsWithout as without } from '../common/collections';
import { classSetOf, Kind, nameWords, prepareName, type NameWord } from './normalise';
import { getReferenceData } from './reference-data';
import { decidingGroupOf } from './word-groups';

/** Words that name nothing of their own here: function words, legal forms, particles. */
const IGNORED: ReadonlySet<number> = new Set([Kind.Stop, Kind.Legal, Kind.Particle]);

function words(name: string): NameWord[] {
  return nameWords(name, 'org', IGNORED);
}

/** A field word: a class word of a deciding group ("science", "technology", "medicine"). */
function isFieldWord(word: NameWord): boolean {
  return word.kind === Kind.Class && decidingGroupOf(word.text) !== undefined;
}

/**
 * The query's own field words (lower case, before folding) when `query` holds every word of `matched` and more,
 * its own words are a field phrase after a class word of a university, college or institute (org_words.yml
 * field_complement_classes, opened by a word of field_complement_openers: "of"), every one a field word
 * (a deciding group's class word, or a word of field_complement_words), and `matched` has no field word; null
 * otherwise. The mirror of the matcher's `fieldComplement` (rules 1.51.0), which reads such a phrase after a
 * namesake's university as the same body for screening.
 */
export function ownFieldWords(query: string, matched: string): string[] | null {
  if (query === matched) {
    return null;
  }
  const prepared = prepareName(query, 'org');
  const queryWords = words(query);
  const matchedWords = words(matched);
  const onlyQuery = without(queryWords, matchedWords);
  if (onlyQuery.length === 0 || without(matchedWords, queryWords).length > 0) {
    return null;
  }
  const reference = getReferenceData();
  const isField = (word: NameWord) =>
    isFieldWord(word) || (word.kind === Kind.Class && reference.fieldComplementWords.has(word.text));
  if (!onlyQuery.every(isField) || matchedWords.some(isField)) {
    return null;
  }
  // The phrase opens right after the class word: "<class word> of <field words>".
  const first = prepared.tokens.findIndex((token) => token.text === onlyQuery[0].text);
  if (
    first < 2 ||
    !reference.fieldComplementOpeners.has(prepared.tokens[first - 1].text) ||
    prepared.kinds[first - 2] !== Kind.Class ||
    !classSetOf(prepared.tags[first - 2]).some((group) => reference.fieldComplementClasses.has(group))
  ) {
    return null;
  }
  return onlyQuery.map((word) => word.orig.toLowerCase());
}

/**
 * The acronyms of `matched` the query lacks and the query's own words (lower case, before folding) when every
 * word of `matched` the query lacks is an acronym, none of them the initials of a run of the query's words that
 * holds a word of the query's own (an acronym may stand for the query's own words: "Quarrow TF Institute" for
 * "Quarrow Institute for Tidal Forecasting"; function words counted or not), and the query has a name or class word of its own; null otherwise.
 */
export function unheldAcronym(query: string, matched: string): [string[], string[]] | null {
  if (query === matched) {
    return null;
  }
  const queryWords = words(query);
  const matchedWords = words(matched);
  const onlyMatched = without(matchedWords, queryWords);
  if (onlyMatched.length === 0 || !onlyMatched.every((word) => word.kind === Kind.Acronym)) {
    return null;
  }
  const onlyQuery = without(queryWords, matchedWords);
  if (!onlyQuery.some((word) => word.kind === Kind.Name || word.kind === Kind.Class)) {
    return null;
  }
  // The runs are read over the query's words and over all its words with function words too ("IOTF" for "Institute
  // of Tidal Forecasting").
  const own = new Set(onlyQuery.map((word) => word.text));
  const allWords = prepareName(query, 'org').tokens.filter((token) => token.text.length > 0);
  if (
    onlyMatched.some(
      (acronym) => initialsOfOwnWords(acronym.text, queryWords, own) || initialsOfOwnWords(acronym.text, allWords, own),
    )
  ) {
    return null;
  }
  return [onlyMatched.map((word) => word.orig), onlyQuery.map((word) => word.orig.toLowerCase())];
}

/** Whether `acronym` is the initials of a run of `queryWords` holding one of `own` (words by their text). */
function initialsOfOwnWords(
  acronym: string,
  queryWords: ReadonlyArray<{ text: string }>,
  own: ReadonlySet<string>,
): boolean {
  const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  for (let start = 0; start + letters.length <= queryWords.length; start++) {
    const run = queryWords.slice(start, start + letters.length);
    if (run.map((word) => word.text.charAt(0)).join('') === letters && run.some((word) => own.has(word.text))) {
      return true;
    }
  }
  return false;
}

/**
 * Since rules 1.138.0: the query's own unit word (lower case, before folding) when the query names a university and a
 * unit of it and the matched name names the university alone: the query holds a class word of a university's unit
 * (org_words.yml university_own_unit_classes: "College", "School", "Faculty") of a class group no class word of
 * `matched` has, and a class word of a university (university_body_classes) whose group a class word of `matched`
 * has too ("State University of Quarrow College at Pellby" against "State University of Quarrow at Pellby", or its
 * label in another language): a college of a university system is not the system's university; null otherwise.
 * Class words are read in any language the matcher translates (class_translations), so a label in another language
 * counts by its class groups. A unit word written right after the university's class word at the name's end is the
 * body's own class phrase, not a unit ("Quarrow Hope University College", the former name of "Quarrow Hope
 * University").
 */
export function ownUnitWord(query: string, matched: string): string | null {
  if (query === matched) {
    return null;
  }
  const reference = getReferenceData();
  if (reference.universityOwnUnitClasses.size === 0) {
    return null;
  }
  const groupsOf = (name: string) => {
    const prepared = prepareName(name, 'org');
    return prepared.tokens.map((token, index) => ({
      orig: token.orig,
      groups: prepared.kinds[index] === Kind.Class ? classSetOf(prepared.tags[index]) : [],
    }));
  };
  const matchedGroups = new Set(groupsOf(matched).flatMap((word) => word.groups));
  const queryWords = groupsOf(query);
  const isUniversity = (groups: number[]) => groups.some((group) => reference.universityBodyClasses.has(group));
  if (!queryWords.some((word) => isUniversity(word.groups) && word.groups.some((group) => matchedGroups.has(group)))) {
    return null;
  }
  const unit = queryWords.find(
    (word, index) =>
      word.groups.some((group) => reference.universityOwnUnitClasses.has(group)) &&
      !word.groups.some((group) => matchedGroups.has(group)) &&
      // Right after the university's class word, ending the name, it is the body's own class phrase ("Quarrow
      // University College"); "Quarrow University School of Tides" names a school.
      !(index > 0 && index === queryWords.length - 1 && isUniversity(queryWords[index - 1].groups)),
  );
  return unit ? unit.orig.toLowerCase() : null;
}

/**
 * Since rules 1.138.0: the query's own words (lower case, before folding) when the query is the matched name with
 * words of its own that are all numbers ("Quarrow First Normal University", "Quarrow University 2") or class words
 * of a jurisdiction (org_words.yml own_jurisdiction_classes: "Federal"), and the matched name has no number and no
 * word of those groups: "<place> First Normal University" is not "<place> Normal University", a federal university
 * of a state not the state's university. Counted on the registry's names (bench/HISTORY.md, resol12): a name with a
 * number of its own names another record than the name without it 299 times, the same record 20; a jurisdiction
 * word 9 and 2. Null otherwise.
 */
export function ownNumberOrJurisdiction(query: string, matched: string): string[] | null {
  if (query === matched) {
    return null;
  }
  const reference = getReferenceData();
  const queryPrepared = prepareName(query, 'org');
  const matchedPrepared = prepareName(matched, 'org');
  const jurisdiction = (prepared: typeof queryPrepared, index: number) =>
    prepared.kinds[index] === Kind.Class &&
    classSetOf(prepared.tags[index]).some((group) => reference.ownJurisdictionClasses.has(group));
  if (
    matchedPrepared.tokens.some(
      (token, index) => matchedPrepared.kinds[index] === Kind.Number || jurisdiction(matchedPrepared, index),
    )
  ) {
    return null;
  }
  const queryWords = words(query);
  const matchedWords = words(matched);
  const onlyQuery = without(queryWords, matchedWords);
  if (onlyQuery.length === 0 || without(matchedWords, queryWords).length > 0) {
    return null;
  }
  const own = onlyQuery.every((word) => {
    const index = queryPrepared.tokens.findIndex((token) => token.text === word.text);
    return word.kind === Kind.Number || (index >= 0 && jurisdiction(queryPrepared, index));
  });
  return own ? onlyQuery.map((word) => word.orig.toLowerCase()) : null;
}

/**
 * Since rules 1.144.0: the query's own acronym, as written, when the query is the matched name with one word of its
 * own, an acronym written in capitals ("Quarrow Tidal Institute QTX", "QTX University of Pellby"), that is not the
 * initials of a run of the query's words (function words counted or not: "Quarrow Tidal Institute (QTI)" spells its
 * own name); null otherwise, and null when the query is written in capitals throughout (every word reads as an
 * acronym there). Such an acronym names a body: the body's own ("Quarrow Tidal Institute QTX" when the institute is
 * QTX), its parent's ("PQU Quarrow Tidal Institute", a unit of the university PQU), or another body of that name
 * (a school, campus or centre of the body, or a body the query names after it). The resolver asks whether a name of the
 * body or of its parent writes it (`acronymWritten`): counted on the resolution bench's dev answers (bench/HISTORY.md,
 * "## Resolution", resol13), every right answer of this shape has it written there, every wrong one not.
 */
export function ownAcronym(query: string, matched: string): string | null {
  if (query === matched || !/\p{Ll}/u.test(query)) {
    return null;
  }
  const queryWords = words(query);
  const matchedWords = words(matched);
  const onlyQuery = without(queryWords, matchedWords);
  if (onlyQuery.length !== 1 || onlyQuery[0].kind !== Kind.Acronym || without(matchedWords, queryWords).length > 0) {
    return null;
  }
  const acronym = onlyQuery[0];
  // As the query writes it: in capitals (the matcher's words are lower case).
  const written = query
    .split(/[^\p{L}\p{N}.]+/u)
    .find(
      (word) =>
        acronymKey(word).replace(/[^\p{L}\p{N}]/gu, '') === acronymKey(acronym.orig).replace(/[^\p{L}\p{N}]/gu, ''),
    );
  if (!written || written.replace(/[^\p{L}\p{N}]/gu, '').length < 2 || written !== written.toUpperCase()) {
    return null;
  }
  // The initials of any run of the query's other words, function words counted or not.
  const others = queryWords.filter((word) => word !== acronym);
  const allWords = prepareName(query, 'org').tokens.filter(
    (token) => token.text.length > 0 && token.text !== acronym.text,
  );
  const anyWord = (run: ReadonlyArray<{ text: string }>) => new Set(run.map((word) => word.text));
  if (
    initialsOfOwnWords(acronym.text, others, anyWord(others)) ||
    initialsOfOwnWords(acronym.text, allWords, anyWord(allWords))
  ) {
    return null;
  }
  return written;
}

/** Words that name nothing of their own beside a name: function words, legal forms, particles, the matcher's qualifiers. */
const BESIDE_IGNORED: ReadonlySet<number> = new Set([Kind.Stop, Kind.Legal, Kind.Particle, Kind.Qualifier]);

/**
 * Since rules 1.160.0: the first acronym of the query's own words, as written (in capitals, two letters or more), when
 * the query is the matched name with words of its own (function words, legal forms, particles and the matcher's
 * qualifiers aside), one of them an acronym; null otherwise, and null when the query is written in capitals throughout
 * (every word reads as an acronym there). `ownAcronym` (1.144.0) reads one word of the query's own that does not spell
 * the query's initials; this reads any such acronym, beside other words of the query's own ("QTX Army Tidal
 * Institute") or spelling the query's own initials ("Centre de Marées Quarrow - CMQ"): an acronym the query writes
 * names a body, and the resolver asks whether a name of the body or of its parent writes it (`acronymWritten`).
 * Counted on the resolution bench's dev answers at rules 1.159.0 (bench/HISTORY.md, "## Resolution", resol16): of the
 * RESOLVED answers of this shape whose acronym no name of the body or of its parent writes, 0 were right and 2 wrong
 * (a unit of a national army against a university's centre of the same generic name; a centre's acronym spelling its
 * own name against another school's centre of that name).
 */
export function ownAcronymBeside(query: string, matched: string): string | null {
  const beside = wordsBeside(query, matched);
  if (!beside || beside.onlyQuery.length === 0 || beside.onlyMatched.length > 0) {
    return null;
  }
  return acronymsInCapitals(query, beside.onlyQuery)[0] ?? null;
}

/**
 * The words of the query and of the matched name as read beside a name (`BESIDE_IGNORED` aside), with the words each
 * holds that the other does not, for the readings of an acronym beside a name (`ownAcronymBeside`,
 * `acronymOfMatchedWords`); null when the query is the matched name or is written in capitals throughout (every word
 * reads as an acronym there).
 */
function wordsBeside(
  query: string,
  matched: string,
): { queryWords: NameWord[]; onlyQuery: NameWord[]; onlyMatched: NameWord[] } | null {
  if (query === matched || !/\p{Ll}/u.test(query)) {
    return null;
  }
  const queryWords = nameWords(query, 'org', BESIDE_IGNORED);
  const matchedWords = nameWords(matched, 'org', BESIDE_IGNORED);
  return {
    queryWords,
    onlyQuery: without(queryWords, matchedWords),
    onlyMatched: without(matchedWords, queryWords),
  };
}

/** The letters of an acronym as written, without its dots or other signs. */
function acronymLetters(word: string): string {
  return acronymKey(word).replace(/[^\p{L}\p{N}]/gu, '');
}

/** The query's own acronyms among `own`, as the query writes them, where written in capitals, two letters or more. */
function acronymsInCapitals(query: string, own: readonly NameWord[]): string[] {
  const found: string[] = [];
  for (const acronym of own.filter((word) => word.kind === Kind.Acronym)) {
    const written = query
      .split(/[^\p{L}\p{N}.]+/u)
      .find((word) => acronymLetters(word) === acronymLetters(acronym.orig) && acronymLetters(word).length >= 2);
    if (written && written === written.toUpperCase()) {
      found.push(written);
    }
  }
  return found;
}

/**
 * Since rules 1.172.0: the query's own acronym, as written (in capitals, two letters or more), when the query holds
 * words of the matched name and an acronym the matched name does not write, whose letters are the initials of words
 * of the matched name the query lacks, in the matched name's order ("CT Harbour Research" against "Centre for
 * Harbour and Tidal Research": "CT" read as "Centre … Tidal"); null otherwise, and null when the query is written in
 * capitals throughout (every word reads as an acronym there). The matcher reads the acronym so and scores the pair
 * near 1 (0.959 here), but the query names its body by the acronym, not by those words: the resolver asks whether a name of the
 * body or of its parent writes it (`acronymWritten`), as for `ownAcronym` and `initialsAcronym`. Counted on the
 * resolution bench's dev answers at rules 1.168.0 (bench/HISTORY.md, "## Resolution", res12).
 */
export function acronymOfMatchedWords(query: string, matched: string): string | null {
  const beside = wordsBeside(query, matched);
  // The query shares a word with the name besides the acronym: the acronym alone is `initialsAcronym`'s shape.
  if (!beside || beside.onlyMatched.length === 0 || beside.onlyQuery.length === beside.queryWords.length) {
    return null;
  }
  const { onlyQuery, onlyMatched } = beside;
  return (
    acronymsInCapitals(query, onlyQuery).find((written) => initialsInOrder(acronymLetters(written), onlyMatched)) ??
    null
  );
}

/** Whether `acronym`'s letters are the initials of some of `words`, one letter a word, in their order. */
function initialsInOrder(acronym: string, words: readonly NameWord[]): boolean {
  let at = 0;
  for (const word of words) {
    if (at < acronym.length && letters0(word) === acronym[at]) {
      at++;
    }
  }
  return at === acronym.length;
}

function letters0(word: NameWord): string {
  return acronymKey(word.orig).charAt(0);
}

/**
 * Since rules 1.144.0: the query's acronym, as written, when the query is an acronym alone (legal forms and a place in
 * brackets after it aside: "QTX Ltd. (Pellby)") and the matched name does not write it: the matcher read it as the
 * initials of the matched name's words ("Quarrow Tidal Exchange"). The resolver asks whether a name of the body or
 * of its parent writes it (`acronymWritten`): a real body named by an acronym is another body than one whose words
 * happen to have those initials, unless that body writes it too. Null otherwise, and for a query in capitals
 * throughout with more than the acronym.
 */
export function initialsAcronym(query: string, matched: string): string | null {
  const bare = query.replace(/\s*\([^()]*\)\s*$/u, '');
  const queryWords = words(bare);
  if (queryWords.length !== 1 || queryWords[0].kind !== Kind.Acronym) {
    return null;
  }
  const acronym = queryWords[0];
  if (words(matched).some((word) => word.text === acronym.text)) {
    return null;
  }
  const letters = (word: string) => acronymKey(word).replace(/[^\p{L}\p{N}]/gu, '');
  const written = bare.split(/[^\p{L}\p{N}.]+/u).find((word) => letters(word) === letters(acronym.orig));
  return written && letters(written).length >= 2 && written === written.toUpperCase() ? written : null;
}

/** Letters and digits of a word, lower case, marks and dots aside ("P.S.L." and "psl" are one word). */
function acronymKey(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[.·]/g, '').toLowerCase();
}

/**
 * Since rules 1.144.0: whether one of `names` (a body's names and its parent's) writes `acronym` as a word of its
 * own, marks, dots and case aside ("QTX", "Q.T.X.", "Quarrow Tidal Institute (QTX)").
 */
export function acronymWritten(acronym: string, names: readonly string[]): boolean {
  const wanted = acronymKey(acronym).replace(/[^\p{L}\p{N}]/gu, '');
  return names.some((name) =>
    acronymKey(name)
      .split(/[^\p{L}\p{N}]+/u)
      .some((word) => word === wanted),
  );
}

/**
 * Since rules 1.155.0: the letters (lower case) when the query is a company's name of those letters alone, written
 * first, with a legal form or a country after them ("QZW Inc. (Canada)", "QZW (Canada)": the registry's way of naming
 * a company), `matched` is those letters alone (an acronym the body is also called by), and the body's own name
 * `name` does not hold them as a word ("Quarrow Zoological Workshop" abbreviated QZW); null otherwise. A company
 * named by letters is not the society or institute that abbreviates as them: two companies of the resolution
 * bench's dev half were resolved so, and every right answer of the shape was to a body named by the letters
 * themselves (bench/HISTORY.md "## Resolution", resol15).
 */
export function companyLettersAbbreviated(query: string, matched: string, name: string): string | null {
  const aside: ReadonlySet<number> = new Set([Kind.Stop]);
  const asked = nameWords(query, 'org', aside);
  const letters = asked.filter((word) => word.kind !== Kind.Legal && word.kind !== Kind.Qualifier);
  // The letters first, the legal form or country after them ("CIC QZW": a legal form before letters is another shape).
  if (
    letters.length !== 1 ||
    letters.length === asked.length ||
    letters[0].kind !== Kind.Acronym ||
    asked[0] !== letters[0]
  ) {
    return null;
  }
  const written = nameWords(matched, 'org', aside);
  if (written.length !== 1 || written[0].text !== letters[0].text) {
    return null;
  }
  return nameWords(name, 'org', aside).some((word) => word.text === letters[0].text) ? null : letters[0].text;
}

/**
 * Since rules 1.160.0: a deciding word of the query's (a field or compass word, org_words.yml's deciding groups) and one
 * of the body's own name, [query's, name's] (lower case, before folding), when the query was matched through another
 * name of the body (`matched` is not `name`), holds a deciding group that neither `name` nor `matched` has, and `name`
 * holds one of the same kind (field or compass) that the query lacks: "Quarrow Institute for Dental Tide Problems"
 * matched through the body's short name "Quarrow Institute" while its own name is "Institute for Lunar Tide Problems".
 * The matcher compares the query with the matched name only, and the short name holds no field word to decide by; the
 * body's own name does. Null otherwise. Counted on the resolution bench's dev answers at rules 1.159.0 (bench/HISTORY.md,
 * "## Resolution", resol16): every RESOLVED answer of this shape was to another body.
 */
export function fieldOtherThanBody(query: string, matched: string, name: string): [string, string] | null {
  if (matched === name || query === name) {
    return null;
  }
  // The compass groups: the groups of the compass words ("north", "south"…); every other deciding group is a field's.
  const compass = new Set(getReferenceData().compassWords.map((word) => decidingGroupOf(word)));
  const deciding = (text: string) =>
    prepareName(text, 'org')
      .tokens.filter((token) => token.text.length > 0)
      .map((token) => ({ orig: token.orig.toLowerCase(), group: decidingGroupOf(token.text) }))
      .filter((word): word is { orig: string; group: string } => word.group !== undefined);
  const queryWords = deciding(query);
  const nameWords = deciding(name);
  const groupsOf = (words: Array<{ group: string }>) => new Set(words.map((word) => word.group));
  const queryGroups = groupsOf(queryWords);
  const nameGroups = groupsOf(nameWords);
  const matchedGroups = groupsOf(deciding(matched));
  const kindOf = (group: string) => compass.has(group);
  for (const own of queryWords.filter((word) => !nameGroups.has(word.group) && !matchedGroups.has(word.group))) {
    const other = nameWords.find((word) => !queryGroups.has(word.group) && kindOf(word.group) === kindOf(own.group));
    if (other) {
      return [own.orig, other.orig];
    }
  }
  return null;
}
