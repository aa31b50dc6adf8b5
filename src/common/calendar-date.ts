const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * True for an ISO 8601 calendar date (`2024-02-29`) or, with `allowTime`, a date-time
 * (`2024-02-29T13:45:00Z`), when the day exists in its month and the time on a clock: `Date.parse`
 * alone takes 2024-02-31 for 2 March.
 */
export function isCalendarDate(text: string, { allowTime = false }: { allowTime?: boolean } = {}): boolean {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) {
    return false;
  }
  const [, year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match;
  if (hour !== undefined && !allowTime) {
    return false;
  }
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12 || Number(day) < 1 || Number(day) > daysInMonth(Number(year), monthNumber)) {
    return false;
  }
  if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59)) {
    return false;
  }
  return offsetHours === undefined || (Number(offsetHours) <= 23 && Number(offsetMinutes) <= 59);
}
