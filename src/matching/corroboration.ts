import { separateIdentifiers } from './identifier-names';
import { normaliseIdentifier } from './name-matcher';
import type { IndexEntry } from './types';

/**
 * The features of a party score that can agree (value 1) besides the names: `partyScore` in
 * name-matcher.ts gives `identifier`, `birth_date` and `country` a value of 1 when both sides share one.
 */
export const CORROBORATING_FEATURES: ReadonlySet<string> = new Set(['country', 'birth_date', 'identifier']);

type Facts = Pick<IndexEntry, 'names' | 'countries' | 'birthDates' | 'identifiers'>;

/**
 * Whether one of `features` could agree (value 1) when the matcher scores `a` against `b`, told from
 * the raw records without preparing their names (the cost of a score). It over-approximates
 * `partyScore`, so a `false` is exact: no score of the pair can have one of those features agree.
 * A shared country (compared lower-cased, as `prepareParty` does), a date of birth of one side
 * agreeing with one of the other at the precision both give (the matcher also needs a person's
 * schema), a shared identifier (the registration codes among the later names included, separated and
 * normalised as `prepareParty` does). A feature not in `CORROBORATING_FEATURES` might agree: `true`.
 */
export function mayCorroborate(a: Facts, b: Facts, features: readonly string[]): boolean {
  if (features.some((feature) => !CORROBORATING_FEATURES.has(feature))) {
    return true;
  }
  const by = new Set(features);
  const [aCountries, bCountries] = [a.countries ?? [], b.countries ?? []];
  if (by.has('country') && aCountries.length > 0 && bCountries.length > 0) {
    const theirs = new Set(bCountries.map((country) => country.toLowerCase()));
    if (aCountries.some((country) => theirs.has(country.toLowerCase()))) {
      return true;
    }
  }
  if (
    by.has('birth_date') &&
    (a.birthDates ?? []).some((date) =>
      (b.birthDates ?? []).some((other) => {
        const length = Math.min(date.length, other.length);
        return date.slice(0, length) === other.slice(0, length);
      }),
    )
  ) {
    return true;
  }
  if (by.has('identifier')) {
    const theirs = new Set(identifiersOf(b));
    if (theirs.size > 0 && identifiersOf(a).some((identifier) => theirs.has(identifier))) {
      return true;
    }
  }
  return false;
}

/** A record's identifiers as the matcher compares them: its own and the registration codes among its later names. */
function identifiersOf(facts: Facts): string[] {
  return [...(facts.identifiers ?? []), ...separateIdentifiers(facts.names).identifiers]
    .map(normaliseIdentifier)
    .filter((identifier) => identifier.length > 0);
}
