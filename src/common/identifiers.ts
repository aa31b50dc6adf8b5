import { EMPTY_TEXT_REASON, textLengthReason, textListProblem } from './text-input';

/**
 * The normal form identifiers are stored and compared in: lower case, letters and digits only, so
 * "AB-123 45" equals "ab12345". List entries keep their identifiers in this form (identifierValues)
 * and identity links look them up in it.
 */
export function normaliseIdentifier(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Since rules 1.219.0 one limit on every route that takes identifiers (screen, partnerRisk, assessPartnership, cases). */
export const MAX_IDENTIFIERS = 20;
export const MAX_IDENTIFIER_LENGTH = 200;

/**
 * Why identifiers given to a route are refused, in the screen's sentences: `at` is the position of the value at fault
 * (null for the list), or null when every value is taken.
 */
export function identifiersProblem(values: readonly unknown[]): { at: number | null; reason: string } | null {
  return textListProblem(
    values,
    MAX_IDENTIFIERS,
    (value) =>
      textLengthReason(value.length, MAX_IDENTIFIER_LENGTH) ?? (value.trim().length === 0 ? EMPTY_TEXT_REASON : null),
  );
}
