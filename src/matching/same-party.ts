import { MATCH_THRESHOLD } from './name-matcher';
import type { MatchResult } from './types';

/**
 * One party listed by several lists: entries of different lists that share a name and agree on a
 * date of birth, a country or an identifier, and conflict on neither date of birth nor country, are one result (the best
 * scored entry, carrying the others in `alsoListedAs`). A list lists a party once, so two entries of
 * one list are never folded; a shared name alone (a namesake) is never enough.
 */
export interface PartyFacts {
  /** Keys of the entry's names (normalised words, any order). */
  nameKeys: ReadonlySet<string>;
  /** Those of `nameKeys` that are names of acronyms only ("HNU"): undefined or empty when none (since rules 1.123.0). */
  acronymKeys?: ReadonlySet<string>;
  /**
   * The key of the entry's own name (its first, as its list or registry writes it), when known (since rules 1.235.0:
   * see `aliasesOnly`).
   */
  ownNameKey?: string;
  listIds: readonly string[];
  schema: string;
  countries: readonly string[];
  birthDates: readonly string[];
  identifiers: readonly string[];
}

/** Dates agree when equal at the precision both give ("1952" agrees with "1952-10-07"). */
function datesAgree(left: string, right: string): boolean {
  const length = Math.min(left.length, right.length);
  return left.slice(0, length) === right.slice(0, length);
}

/** -1 when both sides give the fact and no value agrees, 1 when some value agrees, 0 when one side lacks it. */
function agreement(left: readonly string[], right: readonly string[], same: (a: string, b: string) => boolean): number {
  if (left.length === 0 || right.length === 0) {
    return 0;
  }
  return left.some((a) => right.some((b) => same(a, b))) ? 1 : -1;
}

/** Whether two entries cannot be one party: one list, another schema, or a conflicting date of birth or country. */
function conflict(left: PartyFacts, right: PartyFacts): boolean {
  return (
    left.schema !== right.schema ||
    left.listIds.some((list) => right.listIds.includes(list)) ||
    agreement(left.birthDates, right.birthDates, datesAgree) < 0 ||
    agreement(left.countries, right.countries, (a, b) => a === b) < 0
  );
}

/**
 * Whether two entries share a name. A name of acronyms only ("HNU") is one that bodies whose names disagree both write
 * (Hunan University and Hunan Normal University): when it is all they share and each has names of words too, it counts
 * only if those names agree (`wordNamesAgree`: the matcher matches a name of words of one to one of the other; false
 * when not given) (since rules 1.123.0).
 */
export function shareName(left: PartyFacts, right: PartyFacts, wordNamesAgree?: () => boolean): boolean {
  const acronym = (key: string) => left.acronymKeys?.has(key) === true || right.acronymKeys?.has(key) === true;
  const shared = [...left.nameKeys].filter((key) => right.nameKeys.has(key));
  if (shared.length === 0 || shared.some((key) => !acronym(key))) {
    return shared.length > 0;
  }
  const hasWords = (facts: PartyFacts) => [...facts.nameKeys].some((key) => !acronym(key));
  return !hasWords(left) || !hasWords(right) || wordNamesAgree?.() === true;
}

/**
 * Since rules 1.235.0: whether two entries, one of them a body on no list (a registry's or the curated graph's record),
 * share only names that each holds as another name (an alias), never the own name of either: a list's translated alias
 * ("<Name> Bank" written "Bank of <Country>"), a unit's alias, another body's former name. Such a pair is one party
 * only when the own name of one agrees with a name of the other too (`ownNamesAgree`, `aliasesOnlyAgree`); an entry named by the body's own
 * name (a renamed body through a list's former names), or a body named by the entry's own name, is as before. Two list
 * entries are untouched.
 */
export function aliasesOnly(left: PartyFacts, right: PartyFacts): boolean {
  if (left.ownNameKey === undefined || right.ownNameKey === undefined) {
    return false;
  }
  if (left.listIds.length > 0 && right.listIds.length > 0) {
    return false;
  }
  const own = new Set([left.ownNameKey, right.ownNameKey]);
  return [...left.nameKeys].every((key) => !right.nameKeys.has(key) || !own.has(key));
}

/**
 * Since rules 1.235.0: the one alias-only rule, for two records given by their names (own name first) and a key of a
 * name (two names of one key are one name): the screen's fold (`sameParty`, through the index's `ownNamesAgree`) and
 * the import's registry-name links (`findNameLinks`) both ask it. True when the two share the own name of either, or no
 * name at all (not this rule's business). When they share only names each holds as an alias, true only when the own
 * name of one agrees (`agree`: the matcher at the match threshold) with a name of the other that the two do not share,
 * or a shared name agrees with the own names of both (a Han writing of both own names). The shared alias read again
 * (a translation: "Bank <Name>" against "Bank of <Country>") is no second evidence; a spelling of the own name among
 * the other's names ("Airforce" against "Air Force") is. Each pair is read both ways, either record as the query: the
 * index's scorer does not read a name with an acronym alike both ways ("Second Academy of <ACRONYM>" as the query
 * finds "<the acronym's words> Second Academy", not the other way round), and fold2's first cut (unmerged) read only the
 * party's member as the query, so a unit's record named by its own name lost its list entry.
 */
export function aliasesOnlyAgree<Name>(
  left: readonly Name[],
  right: readonly Name[],
  key: (name: Name) => string,
  agree: (query: readonly Name[], candidate: readonly Name[]) => boolean,
): boolean {
  if (left.length === 0 || right.length === 0) {
    return true;
  }
  const rightKeys = new Set(right.map(key));
  const shared = new Set(left.map(key).filter((name) => rightKeys.has(name)));
  if (shared.size === 0 || shared.has(key(left[0])) || shared.has(key(right[0]))) {
    return true;
  }
  const unshared = (names: readonly Name[]) => names.filter((name) => !shared.has(key(name)));
  const either = (own: readonly Name[], others: readonly Name[]) =>
    others.length > 0 && (agree(own, others) || agree(others, own));
  const [leftOwn, rightOwn] = [left.slice(0, 1), right.slice(0, 1)];
  return (
    either(leftOwn, unshared(right)) ||
    either(rightOwn, unshared(left)) ||
    // A shared name that reads as the own name of each (a script or spelling of both own names) is one own name.
    left.some((name) => shared.has(key(name)) && either([name], leftOwn) && either([name], rightOwn))
  );
}

/**
 * Why two entries are one party, or null when they are not (`wordNamesAgree`: see `shareName`; `ownNamesAgree`: the
 * matcher matches the own name of one to a name of words of the other, false when not given; see `aliasesOnly`).
 */
export function sameParty(
  left: PartyFacts,
  right: PartyFacts,
  wordNamesAgree?: () => boolean,
  ownNamesAgree?: () => boolean,
): string | null {
  if (conflict(left, right) || !shareName(left, right, wordNamesAgree)) {
    return null;
  }
  if (aliasesOnly(left, right) && ownNamesAgree?.() !== true) {
    return null;
  }
  // Identifiers are written too differently across lists (passport, national id, with or without
  // issuer) for two unequal sets to mean two parties: an equal one agrees, unequal ones do not conflict.
  const facts: Array<[string, number]> = [
    ['date of birth', agreement(left.birthDates, right.birthDates, datesAgree)],
    ['country', agreement(left.countries, right.countries, (a, b) => a === b)],
    ['identifier', agreement(left.identifiers, right.identifiers, (a, b) => a === b)],
  ];
  const agreeing = facts.filter(([, value]) => value > 0).map(([fact]) => fact);
  return agreeing.length === 0 ? null : `same name, ${agreeing.join(', ')} agree${agreeing.length === 1 ? 's' : ''}`;
}

/** Facts a result's features show agreeing with the query: used to rank results of equal score. */
export function evidence(result: MatchResult): number {
  return result.features.filter(
    (feature) =>
      (feature.name === 'birth_date' || feature.name === 'country' || feature.name === 'identifier') &&
      feature.value > 0,
  ).length;
}

/** Best first: score, then facts agreeing with the query, then more lists, then entity id (stable). */
export function compareResults(left: MatchResult, right: MatchResult): number {
  return (
    right.score - left.score ||
    evidence(right) - evidence(left) ||
    right.listIds.length - left.listIds.length ||
    (left.entityId < right.entityId ? -1 : left.entityId > right.entityId ? 1 : 0)
  );
}

/**
 * Folds ranked results into parties (see `sameParty`) and returns the first `limit` parties. A result
 * joins the first party that one of its members is the same party as and none of them conflicts with.
 * `facts` is asked for only when there is a party to compare with (the caller keeps what it works out):
 * a query with one result asks for none.
 */
export function groupParties(
  ranked: MatchResult[],
  facts: (result: MatchResult) => PartyFacts,
  limit: number,
  wordNamesAgree?: (left: MatchResult, right: MatchResult) => boolean,
  ownNamesAgree?: (left: MatchResult, right: MatchResult) => boolean,
) {
  const groups: Array<{ head: MatchResult; members: MatchResult[] }> = [];
  for (const result of ranked) {
    const own = groups.length > 0 ? facts(result) : undefined;
    let reason: string | null = null;
    const group = groups.find(({ members }) => {
      if (own === undefined || members.some((member) => conflict(facts(member), own))) {
        return false;
      }
      reason =
        members
          .map((member) =>
            sameParty(
              facts(member),
              own,
              wordNamesAgree && (() => wordNamesAgree(member, result)),
              ownNamesAgree && (() => ownNamesAgree(member, result)),
            ),
          )
          .find((why) => why !== null) ?? null;
      return reason !== null;
    });
    if (group && reason !== null) {
      group.members.push(result);
      group.head.alsoListedAs = [
        ...(group.head.alsoListedAs ?? []),
        {
          entityId: result.entityId,
          listIds: result.listIds,
          matchedName: result.matchedName,
          queryName: result.queryName,
          score: result.score,
          features: result.features,
          reason,
          ...(result.towns ? { towns: result.towns } : {}),
        },
      ];
      group.head.listIds = [...new Set([...group.head.listIds, ...result.listIds])];
    } else if (groups.length < limit) {
      groups.push({ head: { ...result }, members: [result] });
    }
  }
  return groups.map((group) => group.head);
}

/**
 * The results as one entry each again (a party's folded entries after it, with their own lists): for
 * callers that weigh entries themselves, such as resolution, which links one listed party by its own rule.
 */
export function unfoldParties(results: readonly MatchResult[]): MatchResult[] {
  return results.flatMap((result) => {
    const folded = result.alsoListedAs ?? [];
    if (folded.length === 0) {
      return [result];
    }
    const others = new Set(folded.flatMap((entry) => entry.listIds));
    const { alsoListedAs: _folded, ...head } = result;
    return [
      { ...head, listIds: result.listIds.filter((list) => !others.has(list)) },
      ...folded.map((entry) => ({
        entityId: entry.entityId,
        score: entry.score,
        match: entry.score >= MATCH_THRESHOLD,
        matchedName: entry.matchedName,
        queryName: entry.queryName,
        features: entry.features,
        listIds: entry.listIds,
        ...(entry.towns ? { towns: entry.towns } : {}),
      })),
    ];
  });
}
