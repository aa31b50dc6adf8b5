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
