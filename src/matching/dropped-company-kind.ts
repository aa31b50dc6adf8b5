// A company's kind word that one name writes and the other leaves out (since rules 1.228.0).
import { type PreparedName, Kind, classSetOf } from './normalise';
import { type AlignedPair } from './matcher-shared';
import { getReferenceData } from './reference-data';
import { Likeness } from './token-similarity';

/**
 * Share of its extra weight a left-out company kind word is charged: "Co." or "Corporation" says only that the body is
 * a company, which the shorter name does not deny (a legal form left out is not charged at all); a quarter keeps the
 * name written whole a little ahead of it.
 */
export const DROPPED_COMPANY_KIND_SHARE = 0.25;

/** Words the two names must share word for word beside it: one name word alone ("Quarrow" / "Quarrow Co.") is the one-word brand rule's. */
const SHARED_WORDS_MIN = 2;

/** Kinds of word that name the body (a word of a name made only of class words is read as a name word). */
const IDENTITY_KINDS: ReadonlySet<number> = new Set<number>([Kind.Name, Kind.NamedBody, Kind.Acronym]);

/**
 * The company kind words (company_words.yml dropped_company_kind_classes: "Co.", "Company", "Corporation") that `name`
 * (the `side` of the comparison) writes and `other` leaves out, with that side, or undefined: "Quarrow Shipping Co" /
 * "Quarrow Shipping", "Quarrow Aircraft Corporation" / "Quarrow Aircraft". Every other word of both names is aligned,
 * each pair written the same (a spelling or a translation is not word for word), at least two words of them, one
 * naming the body (a name word, a named body's or an acronym; not class words alone, "Shipping Company" / "Shipping");
 * nothing is left over on the other side, which writes no legal form (against "LLC" or "Ltd." the kind word may be
 * another form of company). Not a group or a holding (company_kind_classes' other words): "Quarrow Group"
 * is as often the parent of "Quarrow" as the same company.
 */
export function droppedCompanyKindWords(
  name: PreparedName,
  unmatched: readonly number[],
  other: PreparedName,
  otherUnmatched: readonly number[],
  pairs: readonly AlignedPair[],
  side: 'query' | 'candidate',
): { side: 'query' | 'candidate'; indices: number[] } | undefined {
  if (name.mode !== 'org' || other.mode !== 'org' || unmatched.length !== 1 || otherUnmatched.length !== 0) {
    return undefined;
  }
  // "Quarrow Exchange Company" / "Quarrow Exchange LLC": the other name writes its company's form as a legal form, and
  // the kind word may be another form of company (a different legal form is another body), not a word left out.
  if (Array.from(other.kinds).includes(Kind.Legal)) {
    return undefined;
  }
  const { droppedCompanyKindClasses, classTrie } = getReferenceData();
  const [index] = unmatched;
  // A class word, or one read as a name word in a name made only of class words ("United Aircraft Corporation"):
  // looked up by its text, since a name word's tag means something else.
  const kind = name.kinds[index];
  const classSet =
    kind === Kind.Class
      ? name.tags[index]
      : kind === Kind.Name
        ? classTrie.next.get(name.tokens[index].text)?.value
        : undefined;
  if (classSet === undefined || !classSetOf(classSet).some((group) => droppedCompanyKindClasses.has(group))) {
    return undefined;
  }
  let shared = 0;
  let identity = false;
  for (const pair of pairs) {
    if (pair.how !== Likeness.Exact || pair.query.length !== pair.candidate.length) {
      return undefined;
    }
    shared += pair.query.length;
    const ownSide = side === 'query' ? pair.query : pair.candidate;
    identity ||= ownSide.some((at) => IDENTITY_KINDS.has(name.kinds[at]));
  }
  return shared >= SHARED_WORDS_MIN && identity ? { side, indices: [index] } : undefined;
}
