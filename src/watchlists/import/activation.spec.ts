import { describe, expect, it } from 'vitest';
import { checkDelisting, endedOnOf } from './activation';

describe(checkDelisting.name, () => {
  const sut = checkDelisting;
  const guard = { maxShare: 0.05, allowMassDelisting: false };

  it.each([
    [7379, 4379, guard, true, 'the first 3,000 OFAC rows over the full list: 59% delisted'],
    [7379, 368, guard, false, '368 of 7,379 is 4.99%, within the share'],
    [7379, 369, guard, true, '369 of 7,379 is 5.0004%, past it'],
    [17, 3, guard, false, 'a few entries of a small list are always allowed'],
    [200, 11, guard, true, '11 of 200 (5.5%) is past both the share and the always-allowed count'],
    [0, 0, guard, false, 'a first version delists nothing'],
    [7379, 4379, { maxShare: 0.05, allowMassDelisting: true }, false, 'the operator allowed it'],
    [7379, 4379, { maxShare: 0.6, allowMassDelisting: false }, false, 'a per-call share of 60%'],
  ])('with %i active entries and %i delisted (%j) refuses: %s (%s)', (active, delisted, rule, refused, _reason) => {
    const check = (): void => sut('list', active, { delisted, entryCount: active - delisted, added: 0 }, rule);

    if (refused) {
      expect(check).toThrow(expect.objectContaining({ code: 'WATCHLIST_MASS_DELISTING' }));
    } else {
      expect(check).not.toThrow();
    }
  });

  it('names the counts and how to go ahead', () => {
    expect(() => sut('us-ofac-sdn', 7379, { delisted: 4379, entryCount: 3000, added: 0 }, guard)).toThrow(
      expect.objectContaining({
        message: expect.stringContaining('--allow-mass-delisting (REST: allowMassDelisting=true)'),
        details: expect.objectContaining({ delisted: 4379, activeEntries: 7379, entryCount: 3000 }),
      }),
    );
  });
});

describe(endedOnOf.name, () => {
  it.each([
    ['2026-02-13T10:00:00Z', 'FILE', '2026-11-30T08:00:00Z', '2026-02-13', 'the issue date the file states'],
    ['2026-02-13', 'OPERATOR', '2026-11-30T08:00:00Z', '2026-02-13', 'the date the operator states'],
    ['2026-02-13T10:00:00Z', 'FILE_DATE', '2026-11-30T08:00:00Z', '2026-11-30', 'not a file modification date'],
    [null, null, '2026-11-30T08:00:00Z', '2026-11-30', 'no date at all'],
  ])('ends listings of a version issued %s (%s) on %s', (issuedAt, source, fallback, expected, _reason) => {
    expect(endedOnOf(issuedAt, source, fallback)).toBe(expected);
  });
});
