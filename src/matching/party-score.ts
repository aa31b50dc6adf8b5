// Party scoring apart from the names: schemas, prepared parties, identifiers, dates and countries (partyScore, its ceiling).
import { type PreparedName, modeOfSchema, queryNameVariants, prepareName, isComparable, Kind } from './normalise';
import { separateIdentifiers } from './identifier-names';
import { Likeness } from './token-similarity';
import type { MatchFeature, MatchQuery, IndexEntry } from './types';
import { type NameComparison } from './matcher-shared';

/** Different dates of birth: the same name is then most likely another person. */
const BIRTH_DATE_CONFLICT_FACTOR = 0.6;

// ---------------------------------------------------------------------------------------------
// Entity-level scoring.

const SCHEMA_FAMILY: Record<string, string> = {
  person: 'person',
  organization: 'org',
  company: 'org',
  publicbody: 'org',
  legalentity: 'legal',
  vessel: 'object',
  airplane: 'object',
  aircraft: 'object',
  cryptowallet: 'object',
  security: 'object',
  vehicle: 'object',
  asset: 'object',
  thing: 'any',
  '': 'any',
};

/** Person vs Vessel never match; Organization/Company/LegalEntity are compatible; LegalEntity also with Person. */
export function schemasCompatible(left: string | undefined, right: string | undefined): boolean {
  const a = SCHEMA_FAMILY[(left ?? '').toLowerCase()] ?? 'org';
  const b = SCHEMA_FAMILY[(right ?? '').toLowerCase()] ?? 'org';
  if (a === 'any' || b === 'any' || a === b) {
    return true;
  }
  if (a === 'legal' || b === 'legal') {
    const other = a === 'legal' ? b : a;
    return other === 'person' || other === 'org';
  }
  return false;
}

export interface ScoredEntity {
  score: number;
  match: boolean;
  queryName: string;
  matchedName: string;
  features: MatchFeature[];
}

/** Something with names to compare: a query or an indexed entry, names already prepared. */
export interface PreparedParty {
  schema: string;
  names: PreparedName[];
  countries: string[];
  birthDates: string[];
  identifiers: string[];
  /**
   * A list entry: its acronym-only names are matched as written and never expanded against a query
   * (the entry's full name decides). A query, or either side of a pair of strings, is not listed.
   */
  listed?: boolean;
  /**
   * Per name, whether it is an earlier name of the party again word for word (the same words, kinds
   * and tags, written differently: "AL-NOOR TRADING" and "Al Noor Trading"). Such a name compares
   * exactly as the earlier one, so it is not compared again.
   */
  repeated?: readonly boolean[];
}

export function prepareParty(party: MatchQuery | IndexEntry): PreparedParty {
  const isQuery = 'name' in party;
  const schema = party.schema ?? 'LegalEntity';
  const mode = modeOfSchema(schema);
  const separated = separateIdentifiers(isQuery ? [party.name, ...(party.aliases ?? [])] : party.names);
  return {
    schema,
    names: separated.names.flatMap(queryNameVariants).map((name) => prepareName(name, mode)),
    countries: (party.countries ?? []).map((country) => country.toLowerCase()),
    birthDates: party.birthDates ?? [],
    identifiers: [...(party.identifiers ?? []), ...separated.identifiers]
      .map(normaliseIdentifier)
      .filter((id) => id.length > 0),
    listed: !isQuery,
    repeated: undefined,
  };
}

export function normaliseIdentifier(identifier: string): string {
  return identifier
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Highest score for organisations of conflicting countries whose names are not the same. */
export const COUNTRY_CONFLICT_CAP = 0.65;

/** The same name after normalisation: every word aligned exactly (or as a transliteration), none left over. */
export function exactNames(comparison: NameComparison): boolean {
  return (
    comparison.unmatchedQuery.length === 0 &&
    comparison.unmatchedCandidate.length === 0 &&
    comparison.pairs.every(
      (pair) => pair.sim >= 1 && (pair.how === Likeness.Exact || pair.how === Likeness.Transliteration),
    )
  );
}

/** A full name has a comparable word that is not written as an acronym. */
export function isFullName(name: PreparedName): boolean {
  for (let index = 0; index < name.tokens.length; index++) {
    const kind = name.kinds[index];
    if (isComparable(kind) && kind !== Kind.Acronym) {
      return true;
    }
  }
  return false;
}

export function hasFullName(party: PreparedParty): boolean {
  return party.names.some(isFullName);
}

/** Dates agree when equal at the precision both give ("1952" agrees with "1952-10-07"). */
export function datesAgree(left: string, right: string): boolean {
  const length = Math.min(left.length, right.length);
  return left.slice(0, length) === right.slice(0, length);
}

/**
 * The highest score `scorePartiesAtLeast` can give the pair, whatever their names: the party score of a
 * name comparison of 1 with the same names on both sides. Exact, since a name comparison scores at most
 * 1, `partyScore` never falls as the name score rises (each step is a max, a min with 1, an addition,
 * a subtraction floored at 0 or a product with a positive factor, then rounding), and the same names
 * only lift the one cap (an organisation of another country) that a different name would meet.
 */
export function partyScoreCeiling(query: PreparedParty, candidate: PreparedParty): number {
  return partyScore(query, candidate, 1, () => true);
}

/**
 * The score of the best name comparison (`nameScore`; `sameNames` tells whether its names are the
 * same after normalisation) after identifiers, dates of birth and countries; with `features`, also
 * appends the reason for each of those adjustments.
 */
export function partyScore(
  query: PreparedParty,
  candidate: PreparedParty,
  nameScore: number,
  sameNames: () => boolean,
  features?: MatchFeature[],
): number {
  let score = nameScore;
  if (query.identifiers.length > 0 && candidate.identifiers.length > 0) {
    const shared = query.identifiers.find((id) => candidate.identifiers.includes(id));
    if (shared) {
      score = Math.max(score, 0.95);
      features?.push({ name: 'identifier', value: 1, reason: `Identifier ${shared} is on both records.` });
    } else {
      features?.push({ name: 'identifier', value: 0, reason: 'No identifier in common (not counted against).' });
    }
  }
  if (modeOfSchema(query.schema) === 'person' && query.birthDates.length > 0 && candidate.birthDates.length > 0) {
    const agreed = query.birthDates.find((date) => candidate.birthDates.some((other) => datesAgree(date, other)));
    if (agreed) {
      score = Math.min(1, score + 0.05);
      features?.push({ name: 'birth_date', value: 1, reason: `Date of birth ${agreed} agrees.` });
    } else {
      score *= BIRTH_DATE_CONFLICT_FACTOR;
      features?.push({
        name: 'birth_date',
        value: -1,
        reason: `Dates of birth differ (${query.birthDates.join(', ')} vs ${candidate.birthDates.join(', ')}).`,
      });
    }
  }
  if (query.countries.length > 0 && candidate.countries.length > 0) {
    const shared = query.countries.find((country) => candidate.countries.includes(country));
    if (shared) {
      score = Math.min(1, score + 0.02);
      features?.push({ name: 'country', value: 1, reason: `Both are linked to ${shared.toUpperCase()}.` });
    } else {
      score = Math.max(0, score - 0.05);
      const differ = () =>
        `Countries differ (${query.countries.join(', ').toUpperCase()} vs ${candidate.countries.join(', ').toUpperCase()})`;
      if (modeOfSchema(query.schema) === 'org' && score > COUNTRY_CONFLICT_CAP && !sameNames()) {
        // A body of another country matches only on the same name, after normalisation.
        score = COUNTRY_CONFLICT_CAP;
        features?.push({
          name: 'country',
          value: -1,
          reason: `${differ()}: an organisation in another country needs the same name, score at most ${COUNTRY_CONFLICT_CAP}.`,
        });
      } else {
        features?.push({ name: 'country', value: -1, reason: `${differ()}.` });
      }
    }
  }
  return Math.round(score * 1000) / 1000;
}
