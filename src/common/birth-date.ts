import { refusedCharacterReason } from './control-characters';

/**
 * A date of birth as every input takes it (screening, `partnerRisk`, `assessPartnership`'s parties, a case's parties):
 * YYYY, YYYY-MM or YYYY-MM-DD with a month 01–12 and a day 01–31, the precision the lists give. One check for all, so
 * that a date a case stores is one its monitoring and runs can screen.
 */
const BIRTH_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** How many dates of birth one party may be given. */
export const MAX_BIRTH_DATES = 10;

export function isBirthDate(value: string): boolean {
  return BIRTH_DATE.test(value);
}

/**
 * Why a date of birth given to a route is refused, or null when it is taken (read trimmed): since rules 1.226.0 one
 * sentence for each fault on every route (screen, partnerRisk, assessPartnership, a case's parties), which gave three
 * for an empty date ("is empty or only spaces", "must have 1 to 100 characters", `"" is not YYYY…`).
 */
export function birthDateProblem(value: unknown): string | null {
  if (typeof value !== 'string') {
    return 'must be text';
  }
  const refused = refusedCharacterReason(value);
  if (refused !== null) {
    return refused;
  }
  const trimmed = value.trim();
  if (trimmed.length === 0) {
    return 'is empty or only spaces';
  }
  return isBirthDate(trimmed) ? null : `"${trimmed.slice(0, 40)}" is not YYYY, YYYY-MM or YYYY-MM-DD`;
}
