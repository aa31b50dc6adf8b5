import { textLengthReason } from './text-input';

/**
 * The longest name any route takes for a party: screen (GraphQL, REST, the CLI's files), partnerRisk and
 * assessPartnership, a case's parties, the graph's searchEntities and the yente-compatible search. Real legal names
 * run long: measured on the lists `npm start` loads (48,232 names), the longest is 324 characters (an entry written
 * with its other names in brackets) and the longest single legal name 199 (a Russian state science body's
 * transliteration); in ROR (49,406 names) 207 and 202 (a Québec ministry, a Russian state university's full legal
 * name). 1,000 takes every one with room, as the screen always did.
 */
export const MAX_NAME_LENGTH = 1_000;

/** Why a name of `length` characters is refused, or null when it is taken: one sentence on every route. */
export function nameLengthReason(length: number): string | null {
  return textLengthReason(length, MAX_NAME_LENGTH);
}
