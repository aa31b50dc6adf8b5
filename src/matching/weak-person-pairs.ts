/**
 * Since rules 1.186.0 (issue 9, common names): two shapes of a person's name pairing that agree on words without
 * naming one person. Both read only the aligned word pairs and the words left over, so they cost a loop over a
 * handful of pairs and a table look-up per word; name-matcher.ts runs them only for a person's name whose score
 * would otherwise reach the cap.
 *
 * - `kunyaWordAlone`: a word written after a kunya's particle ("Abu Maryam", romanisation.yml kunya_particles) names
 *   the bearer's child. Paired with a word of the other name that has no such particle before it, and no other word
 *   of the two names written the same, the names agree on a child's name and a word spelt otherwise: "Maryam
 *   Quarrow" is not "Abu Maryam al-Tarvel".
 * - `variantsOnlyAgainstMore`: a query of two name words none of which the other name writes the same (every pair
 *   only a spelling, romanisation or sound-alike), against a listed name with a name word more, or with one pair
 *   that only sounds alike: "Tarvel Quarrowi" is not "QUARROW, Tarvelle Ansom Brade".
 */
import type { AlignedPair } from './matcher-shared';
import { Kind, type PreparedName } from './normalise';
import { getReferenceData } from './reference-data';
import { Likeness, tokenLikeness } from './token-similarity';

/** The likenesses that write a word the same: in one script, or read across scripts. */
const WRITTEN_SAME: ReadonlySet<Likeness> = new Set([Likeness.Exact, Likeness.Transliteration]);

/** Whether the word at `index` stands right after a kunya's particle ("Abu", "Umm", "أبو") of the name. */
function afterKunyaParticle(name: PreparedName, index: number): boolean {
  const before = index - 1;
  return (
    before >= 0 && name.kinds[before] === Kind.Particle && getReferenceData().kunyaParticles.has(name.tags[before])
  );
}

/**
 * A pair of one word each whose word is a kunya's on one side only (or after another kunya particle), and no other
 * pair writes its words the same.
 */
export function kunyaWordAlone(query: PreparedName, candidate: PreparedName, pairs: readonly AlignedPair[]): boolean {
  let kunyaPair: AlignedPair | undefined;
  for (const pair of pairs) {
    if (pair.query.length !== 1 || pair.candidate.length !== 1) {
      continue;
    }
    if (afterKunyaParticle(query, pair.query[0]) !== afterKunyaParticle(candidate, pair.candidate[0])) {
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
 * A query of exactly two name words, each aligned one for one and none written the same, against a listed name that
 * has a name word more (`otherHasMore`, lazily: `addsNameWord`) or with a pair that only
 * sounds alike.
 */
export function variantsOnlyAgainstMore(
  query: PreparedName,
  candidate: PreparedName,
  pairs: readonly AlignedPair[],
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
  for (const pair of pairs) {
    if (pair.query.length !== 1 || pair.candidate.length !== 1 || query.kinds[pair.query[0]] !== Kind.Name) {
      return false;
    }
    if (WRITTEN_SAME.has(pair.how)) {
      return false;
    }
  }
  return candidate.mode === 'org' || otherHasMore();
}
