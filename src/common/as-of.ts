import { isCalendarDate } from './calendar-date';

/**
 * The one reading of `asOf` on every route that takes one (screen, partnerRisk, assessPartnership, runCase, riskPaths,
 * paths; GraphQL, REST and the CLI's screening files alike): a calendar date, or an ISO 8601 date-time whose date as
 * written is kept (the time and offset only say when on that day). Relationships are compared by date.
 */
export const AS_OF_DESCRIPTION =
  'A date (YYYY-MM-DD), or an ISO 8601 date-time whose date is kept (2024-06-30T12:00:00Z reads 2024-06-30); default today.';

/** The longest `asOf` any route reads: a date-time with nine decimals of a second and an offset. */
export const MAX_AS_OF_LENGTH = 35;

/** The date `text` stands for (YYYY-MM-DD), or null when it is no date or date-time that exists. */
export function asOfDate(text: string): string | null {
  return text.length <= MAX_AS_OF_LENGTH && isCalendarDate(text, { allowTime: true }) ? text.slice(0, 10) : null;
}

/** Why `text` is refused as `asOf`: one sentence on every route (the field is named by the route's error). */
export function asOfReason(text: string): string {
  return `"${text.slice(0, 40)}" is not a date that exists: give YYYY-MM-DD, or an ISO 8601 date-time such as 2024-06-30T12:00:00Z (its date is kept)`;
}
