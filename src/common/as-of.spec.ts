import { describe, expect, it } from 'vitest';
import { checkAsOf } from '../graph/graph-arguments';
import { prepareScreening } from '../screening/screening.service';
import { asOfDate, asOfReason } from './as-of';

describe(asOfDate.name, () => {
  it.each<[reason: string, given: string, date: string | null]>([
    ['a date is itself', '2024-06-30', '2024-06-30'],
    ['a date-time in UTC keeps its date', '2024-06-30T12:00:00Z', '2024-06-30'],
    ['a date-time with an offset keeps its date as written', '2024-06-30T23:30:00-05:00', '2024-06-30'],
    ['a date-time with nine decimals of a second and an offset', '2024-06-30T23:30:00.123456789+05:30', '2024-06-30'],
    ['a leap day that exists', '2024-02-29', '2024-02-29'],
    ['a day that does not exist is refused', '2026-02-31', null],
    ['a time that is on no clock is refused', '2024-06-30T25:00:00Z', null],
    ['words are refused', 'yesterday', null],
    ['a date in another order is refused', '30/06/2024', null],
  ])('%s: %s', (_reason, given, date) => {
    expect(asOfDate(given)).toBe(date);
  });
});

describe('one reading of asOf on every route (rules 1.219.0)', () => {
  it.each([
    ['2024-06-30', '2024-06-30'],
    ['2024-06-30T12:00:00Z', '2024-06-30'],
  ])('screen and the graph read %s as %s alike', (given, date) => {
    expect(prepareScreening({ name: 'Quarrow Tidal Institute', asOf: given }, '').walk.asOf).toBe(date);
    expect(checkAsOf(given)).toBe(date);
  });

  it.each(['2026-02-31', 'yesterday', '2024-06-30T12:00:00Z and more'])(
    'screen and the graph refuse %s in one sentence',
    (given) => {
      expect(() => prepareScreening({ name: 'Quarrow Tidal Institute', asOf: given }, '')).toThrow(
        `asOf: ${asOfReason(given)}`,
      );
      expect(() => checkAsOf(given)).toThrow(`asOf: ${asOfReason(given)}`);
    },
  );
});
