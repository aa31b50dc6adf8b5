import { describe, expect, it } from 'vitest';
import { checkFunding, fundingRows } from './funding-record';

describe(fundingRows.name, () => {
  it('records one FUNDS row per funder that resolved, keyed so the same funding is one relationship', () => {
    const funding = [{ amount: 125_000, currency: 'GBP', validFrom: '2026-01-01' }, { programme: ' Grant X ' }];

    const sut = fundingRows('ror:partner', ['ror:funder', null], funding);
    const again = fundingRows('ror:partner', ['ror:funder', null], funding);

    expect(sut).toEqual([
      expect.objectContaining({
        funderId: 'ror:funder',
        fundedId: 'ror:partner',
        amount: 125_000,
        currency: 'GBP',
        validFrom: '2026-01-01',
        validTo: null,
        programme: null,
      }),
    ]);
    expect(again[0].key).toBe(sut[0].key);
  });

  it('records nothing when the partner did not resolve', () => {
    expect(fundingRows(null, ['ror:funder'], [{ amount: 1 }])).toEqual([]);
  });
});

describe(checkFunding.name, () => {
  it.each([
    { reason: 'more fundings than funders', funding: [{}, {}], funders: 1, field: 'funding' },
    { reason: 'a negative amount', funding: [{ amount: -1 }], funders: 1, field: 'funding[0].amount' },
    {
      reason: 'a currency that is not ISO 4217',
      funding: [{ currency: 'pounds' }],
      funders: 1,
      field: 'funding[0].currency',
    },
    {
      reason: 'a start that is not a date',
      funding: [{ validFrom: '2026' }],
      funders: 1,
      field: 'funding[0].validFrom',
    },
    {
      reason: 'an end before the start',
      funding: [{ validFrom: '2026-02-01', validTo: '2026-01-01' }],
      funders: 1,
      field: 'funding[0].validTo',
    },
  ])('refuses $reason, naming the field', ({ funding, funders, field }) => {
    expect(() => checkFunding(funding, funders)).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ field }) }),
    );
  });
});
