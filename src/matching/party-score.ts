// Party-level scoring pieces that do not compare names: schemas, prepared parties, identifiers, dates.
import { type PreparedName, modeOfSchema, queryNameVariants, prepareName, isComparable, Kind } from './normalise';
import { separateIdentifiers } from './identifier-names';
import { Likeness } from './token-similarity';
import type { MatchFeature, MatchQuery, IndexEntry } from './types';
import { type NameComparison } from './matcher-shared';

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
