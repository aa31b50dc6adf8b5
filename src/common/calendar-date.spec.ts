import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date';

describe(isCalendarDate.name, () => {
  const sut = isCalendarDate;

  it.each([
    ['2024-02-29', false, true, 'a leap day'],
    ['2023-02-29', false, false, 'no leap day in 2023'],
    ['2024-02-31', false, false, 'February has no 31st (Date.parse takes it for 2 March)'],
    ['2024-04-31', false, false, 'April has 30 days'],
    ['2024-12-31', false, true, 'the last day of the year'],
    ['2024-13-01', false, false, 'no thirteenth month'],
    ['2024-00-10', false, false, 'no month zero'],
    ['2024-01-00', false, false, 'no day zero'],
    ['2024-1-05', false, false, 'the month needs two digits'],
    ['2024-06-30T12:00:00Z', false, false, 'a time where only a date is wanted'],
    ['2024-06-30T12:00:00Z', true, true, 'a date-time in UTC'],
    ['2024-06-30T23:59:59.123+02:00', true, true, 'with fractions and an offset'],
    ['2024-06-30T24:00', true, false, 'hour 24'],
    ['2024-06-30T12:60', true, false, 'minute 60'],
    ['2024-02-30T10:00:00Z', true, false, 'a date-time on a day that does not exist'],
    ['30/06/2024', true, false, 'not ISO 8601'],
    ['', true, false, 'empty'],
  ])('%s (time allowed: %s) is %s: %s', (text, allowTime, expected, _reason) => {
    expect(sut(text, { allowTime })).toBe(expected);
  });
});
