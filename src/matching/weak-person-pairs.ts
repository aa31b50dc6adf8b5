/**
 * Since rules 1.187.0 (issue 9, common names): two shapes of a person's name pairing that agree on words without
 * naming one person. Both read only the aligned word pairs (a loop over two or three pairs, a Set look-up per word);
 * the words left over are read lazily, last. name-matcher.ts runs them only for a person's name scoring above the cap.
 *
 * - `kunyaWordAlone`: a word written right after a kunya's particle ("Abu Maryam", "Umm Ansom"; romanisation.yml
 *   kunya_particles) names the bearer's child. Paired with the other name's first name word (a given name), and no
 *   other word of the two names written the same, the names share a child's name and words spelt otherwise:
 *   "Maryam Tarvelli" is not "Abu Maryam al-Tarvel".
 * - `variantsOnlyAgainstMore`: a query of two name words that agrees with the other name only through spellings
 *   (spelling, romanisation, sound-alike, known variant: no word written the same), or through one common name word
 *   written the same (name_frequency.yml, the lists' generic or frequent names) and a spelling of the other, against
 *   a name with a name word more ("Tarvel Quarrowi" / "QUARROW, Tarvelle Ansom Brade", "Ahmed Quarrowi" / "QUARROW,
 *   Ahmed Tarvel"), or, through spellings only, against a name read as a body's (an entry its list types as no
 *   person: "Tarvell Quarrowe" / "TARVELLE AL-QUARROWI"). Since rules 1.188.0 also one rare word written the same and
 *   only a loose spelling of the other (`looseSpelling`: another first consonant, or the nisba "-i") against a name
 *   with a name word more ("Ansom Tavrell" / "Ansom Navrell Brade").
 * - `crossedSpellings` (since rules 1.194.0): two words of the query, each only spelt like a word of the other name,
 *   that stand there in the other order, when they are the syllables of one hyphen-joined given name on one side
 *   ("Dreom-kheol" / "Khol Drom") or, in a query of two words, one of the two only sounds alike ("Tarvel Nikwar" /
 *   "Niquar Tarvell").
 */
import type { AlignedPair, WeightSource } from './matcher-shared';
import { isCommonNameWord } from './person-weights';
import { COMPOUND_PART, Kind, isCompoundSyllable, type PreparedName } from './normalise';
import { getReferenceData } from './reference-data';
import { Likeness, nisbaEnding, romanisedKey, tokenLikeness } from './token-similarity';
import { Script, type TokenInfo } from './tokenise';

/** The likenesses that write a word the same: in one script, or read across scripts. */
const WRITTEN_SAME: ReadonlySet<Likeness> = new Set([Likeness.Exact, Likeness.Transliteration]);

/** Whether the word at `index` stands right after a kunya's particle ("Abu", "Umm", "أبو") of the name. */
function afterKunyaParticle(name: PreparedName, index: number): boolean {
  const before = index - 1;
  return (
    before >= 0 && name.kinds[before] === Kind.Particle && getReferenceData().kunyaParticles.has(name.tags[before])
  );
}

/** Whether the word at `index` is the name's first name word (only titles before it). */
function firstNameWord(name: PreparedName, index: number): boolean {
  for (let before = 0; before < index; before++) {
    const kind = name.kinds[before];
    if (kind === Kind.Name || kind === Kind.Particle || kind === Kind.Initial) {
      return false;
    }
  }
  return true;
}

/**
 * A pair of one word each whose word is a kunya's on one side and the first name word on the other, and no other pair
 * writes its words the same.
 */
export function kunyaWordAlone(query: PreparedName, candidate: PreparedName, pairs: readonly AlignedPair[]): boolean {
  let kunyaPair: AlignedPair | undefined;
  for (const pair of pairs) {
    if (pair.query.length !== 1 || pair.candidate.length !== 1) {
      continue;
    }
    const inQuery = afterKunyaParticle(query, pair.query[0]);
    const inCandidate = afterKunyaParticle(candidate, pair.candidate[0]);
    // The other word a given name written first ("Maryam Tarvelli"), not a word after other name words or a particle
    // the table does not hold ("Yahia Abou el Hammam": "Abou" is read as a name word).
    if (
      inQuery !== inCandidate &&
      (inQuery ? firstNameWord(candidate, pair.candidate[0]) : firstNameWord(query, pair.query[0]))
    ) {
      kunyaPair = pair;
      break;
    }
  }
  if (kunyaPair === undefined) {
    return false;
  }
  return !pairs.some((pair) => pair !== kunyaPair && WRITTEN_SAME.has(pair.how));
}

/** The likenesses that make two words of one name one word spelt twice (as deciding-words.ts hasAnotherNameWord). */
const SAME_WORD_AGAIN: ReadonlySet<Likeness> = new Set([
  Likeness.Exact,
  Likeness.Typo,
  Likeness.Romanisation,
  Likeness.Transliteration,
]);

/**
 * A name word of `name` among `unmatched` that is not another spelling of one of its words aligned in `pairs`
 * ("SANTOS, Ahmad (Ahmed)" gives the aligned given name twice; "ABDULLAH X ABDULLAH Y" adds a name, twice).
 */
export function addsNameWord(name: PreparedName, unmatched: readonly number[], pairs: readonly AlignedPair[]): boolean {
  return unmatched.some(
    (index) =>
      name.kinds[index] === Kind.Name &&
      !getReferenceData().patronymicEnding.test(name.tokens[index].text) &&
      !pairs.some((pair) =>
        pair.candidate.some((aligned) =>
          SAME_WORD_AGAIN.has(tokenLikeness(name.tokens[index], name.tokens[aligned], true).how),
        ),
      ),
  );
}

/**
 * A query of exactly two name words, each aligned one for one, none written the same (or one, a common name word),
 * against a name that has a name word more (`otherHasMore`, lazily: `addsNameWord`), or, none written the same,
 * against a name read as a body's (prepared in the organisations' mode: its entry is typed as no person).
 */
export function variantsOnlyAgainstMore(
  query: PreparedName,
  candidate: PreparedName,
  pairs: readonly AlignedPair[],
  weights: WeightSource,
  otherHasMore: () => boolean,
): boolean {
  let names = 0;
  for (let index = 0; index < query.kinds.length; index++) {
    const kind = query.kinds[index];
    if (kind === Kind.Name) {
      names++;
    } else if (kind !== Kind.Particle && kind !== Kind.Stop && kind !== Kind.Title) {
      return false;
    }
  }
  if (names !== 2 || pairs.length !== 2) {
    return false;
  }
  let same = 0;
  let rareSame = false;
  let spelt: AlignedPair | undefined;
  for (const pair of pairs) {
    if (pair.query.length !== 1 || pair.candidate.length !== 1 || query.kinds[pair.query[0]] !== Kind.Name) {
      return false;
    }
    if (WRITTEN_SAME.has(pair.how)) {
      rareSame ||= !isCommonNameWord(query.tokens[pair.query[0]], weights);
      same++;
    } else {
      spelt = pair;
    }
  }
  if (same === 2) {
    return false;
  }
  if (same === 1) {
    // Since rules 1.188.0: a rare word written the same leaves the other word to decide; only a loose spelling of it
    // (another first consonant, the nisba "-i": `looseSpelling`) is too little ("Ansom Tavrell" / "Ansom Navrell
    // Brade", "Ansom Tarveli" / "Ansom Tarvel Brade").
    return (
      (!rareSame ||
        (spelt !== undefined &&
          looseSpelling(query.tokens[spelt.query[0]], candidate.tokens[spelt.candidate[0]], spelt.how))) &&
      otherHasMore()
    );
  }
  return candidate.mode === 'org' || otherHasMore();
}

/** The letters read as vowels in a romanised key: a word may begin with either of two and be one name ("Osmarel" / "Usmarel"). */
const VOWEL = /[aeiouy]/;

/**
 * Since rules 1.188.0: whether two person's words paired as a spelling (a typo's likeness, Latin script) are only
 * loosely one word: one is the other with the nisba "-i" ("Tarveli" / "Tarvel": "of the family" of a name, another
 * name), or their romanised keys begin with two consonants that no romanisation writes for one letter ("Tavrell" /
 * "Navrell"; romanisation.yml initial_alternations lists those that do, "Rovaru" / "Lovaru"). A sound-alike, a changed
 * vowel, a doubled letter or another consonant inside the word ("Tavrell" / "Tavnell") is not loose: each is how
 * spellings of one listed person differ too. Read only for a comparison already of the capped shape; the keys are
 * cached per word (`romanisedKey`), the letters a Set look-up.
 */
export function looseSpelling(left: TokenInfo, right: TokenInfo, how: Likeness): boolean {
  if (how !== Likeness.Typo || left.script !== Script.Latin || right.script !== Script.Latin) {
    return false;
  }
  if (nisbaEnding(left.text, right.text)) {
    return true;
  }
  const first = romanisedKey(left)[0];
  const other = romanisedKey(right)[0];
  return (
    first !== other &&
    !VOWEL.test(first) &&
    !VOWEL.test(other) &&
    !getReferenceData().initialAlternations.has(first + other)
  );
}

/** Whether the words at `first` and `second` (either order) are syllables of one hyphen-joined name ("Dreom-kheol"). */
function syllablesOfOneName(name: PreparedName, first: number, second: number): boolean {
  const low = Math.min(first, second);
  const high = Math.max(first, second);
  if (!isCompoundSyllable(name, low)) {
    return false;
  }
  for (let index = low + 1; index <= high; index++) {
    if (name.tags[index] !== COMPOUND_PART || name.kinds[index] !== Kind.Name) {
      return false;
    }
  }
  return true;
}

/**
 * Since rules 1.194.0: two one-for-one pairs of name words, neither written the same (a spelling, a romanisation, a
 * sound-alike), whose words stand in the other order in the two names, when
 * - they are the syllables of one hyphen-joined given name on either side: the syllables of a Korean or Chinese given
 *   name in the other order make another name ("Dreom-kheol" is not "Kheol-dreom"), and each syllable in another
 *   romanisation besides ("Tarvel Dreom-kheol" / "TARVEL, Khol Drom") leaves nothing written as the other name writes it;
 * - or, the query a name of two words, one of the two only sounds alike and differs after its first consonants
 *   ("Tarvel Nikwar" / "Niquar Tarvell"): the words swap places and both are spelt otherwise, one of them loosely
 *   ("Ghavrel" / "Qavrel", one first sound in two spellings, is not loose). A longer name's words are ordered otherwise
 *   by the lists themselves (a family name written before the given names, or among them), so its crossed sound-alike
 *   is left to the score.
 * Words written the same in the other order ("Dreom-kheol" / "Kheol Dreom") and
 * spellings in order ("Dreom-kheol" / "Drom-khol", another romanisation system) are left to the score. A loop over the
 * pairs (two or three for a person's name), no look-up.
 */
export function crossedSpellings(query: PreparedName, candidate: PreparedName, pairs: readonly AlignedPair[]): boolean {
  for (let first = 0; first < pairs.length; first++) {
    const one = pairs[first];
    if (!speltNamePair(query, candidate, one)) {
      continue;
    }
    for (let second = first + 1; second < pairs.length; second++) {
      const other = pairs[second];
      if (
        speltNamePair(query, candidate, other) &&
        (one.query[0] - other.query[0]) * (one.candidate[0] - other.candidate[0]) < 0 &&
        (((looseSoundAlike(query, candidate, one) || looseSoundAlike(query, candidate, other)) &&
          nameWordCount(query) === 2) ||
          syllablesOfOneName(query, one.query[0], other.query[0]) ||
          syllablesOfOneName(candidate, one.candidate[0], other.candidate[0]))
      ) {
        return true;
      }
    }
  }
  return false;
}

/** The name words of a name (particles, titles, initials aside). */
function nameWordCount(name: PreparedName): number {
  let count = 0;
  for (let index = 0; index < name.kinds.length; index++) {
    count += name.kinds[index] === Kind.Name ? 1 : 0;
  }
  return count;
}

/** A word's first consonants ("gh" of "Ghavrel", "q" of "Qavrel"); nothing for a word beginning with a vowel. */
const ONSET = /^[^aeiouy]+/;

/**
 * A pair that only sounds alike and differs after its words' first consonants ("Nikwar" / "Niquar"), not two
 * spellings of one first sound with the rest written the same ("Ghavrel" / "Qavrel": q, gh, g and k write one
 * letter in Arabic and Persian names), doubled letters collapsed.
 */
function looseSoundAlike(query: PreparedName, candidate: PreparedName, pair: AlignedPair): boolean {
  if (pair.how !== Likeness.Phonetic) {
    return false;
  }
  const rest = (token: TokenInfo) => token.text.replace(ONSET, '').replace(/(.)\1+/g, '$1');
  return rest(query.tokens[pair.query[0]]) !== rest(candidate.tokens[pair.candidate[0]]);
}

/** A pair of one name word each whose words are not written the same. */
function speltNamePair(query: PreparedName, candidate: PreparedName, pair: AlignedPair): boolean {
  return (
    pair.query.length === 1 &&
    pair.candidate.length === 1 &&
    !WRITTEN_SAME.has(pair.how) &&
    query.kinds[pair.query[0]] === Kind.Name &&
    candidate.kinds[pair.candidate[0]] === Kind.Name
  );
}
