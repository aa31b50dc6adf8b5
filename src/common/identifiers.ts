import { countReason, EMPTY_TEXT_REASON, textLengthReason } from './text-input';

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
  const tooMany = countReason(values.length, MAX_IDENTIFIERS);
  if (tooMany !== null) {
    return { at: null, reason: tooMany };
  }
  for (const [at, value] of values.entries()) {
    if (typeof value !== 'string') {
      return { at, reason: 'must be text' };
    }
    const tooLong = textLengthReason(value.length, MAX_IDENTIFIER_LENGTH);
    if (tooLong !== null) {
      return { at, reason: tooLong };
    }
    if (value.trim().length === 0) {
      return { at, reason: EMPTY_TEXT_REASON };
    }
  }
  return null;
}
