import { describe, expect, it } from 'vitest';
import { toIndexEntry } from './screening-index.service';
import type { IndexSourceRow } from './screening.repository';

const row = (registryStatus: string | null, name: string | null = 'China Scholarship Council'): IndexSourceRow => ({
  id: 'ror:04atp4p48',
  name,
  aliases: ['CSC'],
  schema: null,
  labels: ['Entity', 'Organisation', 'Funder'],
  kind: 'Funder',
  country: ['cn'],
  nationality: [],
  birthDates: [],
  identifierValues: ['04atp4p48'],
  riskCategories: [],
  fromList: false,
  activeListings: [],
  listingCount: 0,
  registryStatus,
});

describe(`${toIndexEntry.name} for reference registry bodies`, () => {
  it.each([
    { status: 'active', indexed: true, reason: 'a body in force is screened, as a graph body on no list' },
    { status: 'inactive', indexed: false, reason: 'an inactive ROR record is not a current body' },
    { status: 'withdrawn', indexed: false, reason: 'a withdrawn ROR record is not a body at all' },
    { status: 'deprecated', indexed: false, reason: 'a deprecated funder is not a current body' },
    { status: null, indexed: true, reason: 'an entity that is no registry body is indexed as before' },
  ])('$reason', ({ status, indexed }) => {
    const sut = toIndexEntry(row(status));

    expect(sut !== null).toBe(indexed);
    if (sut) {
      expect(sut.entry.listIds).toEqual([]);
      expect(sut.details).toMatchObject({ type: 'Organisation', kind: 'Funder', listings: [] });
    }
  });

  it('never indexes a placeholder for a relationship target outside the file (no name)', () => {
    expect(toIndexEntry(row('unresolved', null))).toBeNull();
  });
});
