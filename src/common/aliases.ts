import { EMPTY_TEXT_REASON, textListProblem } from './text-input';
import { nameLengthReason } from './name-length';

/** Since rules 1.226.0 one limit on every route that takes a party's other names (screen, partnerRisk, assessPartnership; cases since 1.232.0). */
export const MAX_ALIASES = 20;

/** What a refusal of aliases beside an id says: an id is taken as it is, so its other names would be read by nothing. */
export const ALIASES_BESIDE_ID_REASON = 'are read with a name only: an id is taken as it is';

/**
 * Why aliases given to a route are refused, in the screen's sentences: `at` is the position of the value at fault
 * (null for the list), or null when every value is taken. Each alias is a name: 1 to `MAX_NAME_LENGTH` characters.
 */
export function aliasesProblem(values: readonly unknown[]): { at: number | null; reason: string } | null {
  return textListProblem(values, MAX_ALIASES, (value) =>
    value.trim().length === 0 ? EMPTY_TEXT_REASON : nameLengthReason(value.length),
  );
}
