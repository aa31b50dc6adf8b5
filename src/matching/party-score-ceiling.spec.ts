import { describe, expect, it } from 'vitest';
import { NameComparisons, partyScoreCeiling, prepareParty, scoreParties, scorePartiesAtLeast } from './name-matcher';
import type { IndexEntry, MatchQuery } from './types';

interface Row {
  reason: string;
  query: MatchQuery;
  /** The listed entry, under the query's name (the ceiling is reached) and under `otherName`. */
  listed: Omit<IndexEntry, 'names' | 'entityId'>;
  otherName: string;
  ceiling: number;
}

const rows: Row[] = [
  {
    reason: 'nothing but names: a name comparison scores at most 1',
    query: { name: 'Dorvan Kellick Tashmere', schema: 'Person' },
    listed: { schema: 'Person' },
    otherName: 'Dorvan Pellick Rashmere',
    ceiling: 1,
  },
  {
    reason: 'dates of birth that conflict multiply any name score by 0.6',
    query: { name: 'Dorvan Kellick Tashmere', schema: 'Person', birthDates: ['1961-04-02'] },
    listed: { schema: 'Person', birthDates: ['1975'] },
    otherName: 'Dorvan Kellik Tashmer',
    ceiling: 0.6,
  },
  {
    reason: 'a shared country then adds 0.02 to the conflict of dates',
    query: { name: 'Dorvan Kellick Tashmere', schema: 'Person', birthDates: ['1961'], countries: ['QX'] },
    listed: { schema: 'Person', birthDates: ['1975'], countries: ['qx'] },
    otherName: 'Kellick Dorvan',
    ceiling: 0.62,
  },
  {
    reason: 'a shared identifier lifts to 0.95 before the conflict of dates multiplies',
    query: { name: 'Dorvan Kellick Tashmere', schema: 'Person', birthDates: ['1961'], identifiers: ['QX-4471'] },
    listed: { schema: 'Person', birthDates: ['1980-01-01'], identifiers: ['qx 4471'] },
    otherName: 'Marel Ostvan',
    ceiling: 0.6,
  },
  {
    reason: 'dates of birth that agree cannot lift above 1',
    query: { name: 'Dorvan Kellick Tashmere', schema: 'Person', birthDates: ['1961'] },
    listed: { schema: 'Person', birthDates: ['1961-04-02'] },
    otherName: 'Dorvan Tashmere',
    ceiling: 1,
  },
  {
    reason: 'an organisation of another country: only the same name escapes the 0.65 cap, 1 - 0.05',
    query: { name: 'Brackvale Optics Works', schema: 'Organization', countries: ['qx'] },
    listed: { schema: 'Organization', countries: ['qz'] },
    otherName: 'Brackvale Optical Plant',
    ceiling: 0.95,
  },
];

describe(partyScoreCeiling.name, () => {
  const sut = partyScoreCeiling;
  const parties = (row: Row, name: string) => ({
    query: prepareParty(row.query),
    candidate: prepareParty({ ...row.listed, entityId: 'listed-1', names: [name] }),
  });

  it.each(rows)('is $ceiling when $reason', (row) => {
    const { query, candidate } = parties(row, row.query.name);

    expect(sut(query, candidate)).toBe(row.ceiling);
  });

  it.each(rows)('is reached by the same name and never passed by another ($reason)', (row) => {
    const same = parties(row, row.query.name);
    const other = parties(row, row.otherName);

    expect(scoreParties(same.query, same.candidate).score).toBe(sut(same.query, same.candidate));
    expect(scoreParties(other.query, other.candidate).score).toBeLessThanOrEqual(sut(other.query, other.candidate));
  });

  it.each(rows)('lets scorePartiesAtLeast skip exactly the thresholds above it ($reason)', (row) => {
    const { query, candidate } = parties(row, row.query.name);
    const full = scoreParties(query, candidate);

    expect(scorePartiesAtLeast(query, candidate, row.ceiling + 0.001)).toBeUndefined();
    expect(scorePartiesAtLeast(query, candidate, row.ceiling)).toEqual(full);
  });
});

describe(`${scorePartiesAtLeast.name} stopping comparisons early`, () => {
  const sut = scorePartiesAtLeast;

  it.each([
    {
      query: 'Brackvale Optics Works',
      listed: 'Brackvale Optical Plant',
      schema: 'Organization',
      reason: 'one shared word',
    },
    {
      query: 'BOW',
      listed: 'Brackvale Optics Works',
      schema: 'Organization',
      reason: 'an acronym alone may lift to 0.75',
    },
    { query: 'BVOW', listed: 'BVOW Institute', schema: 'Organization', reason: 'an acronym written in the other: 0.8' },
    {
      query: 'Tarvel Marsh Institute',
      listed: 'Quenford Marsh Institute',
      schema: 'Organization',
      reason: 'class words',
    },
    {
      query: 'Dorvan Kellick',
      listed: 'Dorvan Kellik Tashmere',
      schema: 'Person',
      reason: 'a spelling and an extra name',
    },
    { query: 'Dorvan Kellick', listed: 'Marel Ostvan', schema: 'Person', reason: 'nothing shared' },
  ])('gives the full answer or nothing at every threshold: $query / $listed ($reason)', ({ query, listed, schema }) => {
    const queryParty = prepareParty({ name: query, schema });
    const candidate = prepareParty({ entityId: 'listed-1', schema, names: [listed, `${listed} Group`] });
    const full = scoreParties(queryParty, candidate);

    for (const threshold of [0.05, 0.3, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 1]) {
      expect(sut(queryParty, candidate, threshold)).toEqual(full.score >= threshold ? full : undefined);
    }
  });
});

describe(NameComparisons.name, () => {
  it.each([
    {
      query: { name: 'Dorvan Kellick Tashmere', schema: 'Person', birthDates: ['1961-04-02'] },
      first: { schema: 'Person', birthDates: ['1975'] },
      second: { schema: 'Person', birthDates: ['1961'] },
      names: ['Dorvan Kellik Tashmere', 'Kellick Dorvan'],
      reason: 'the first twin stops early on its conflicting date, the second needs the full comparison',
    },
    {
      query: { name: 'Dorvan Kellick Tashmere', schema: 'Person', birthDates: ['1961-04-02'] },
      first: { schema: 'Person', birthDates: ['1961'] },
      second: { schema: 'Person', birthDates: ['1975'] },
      names: ['Dorvan Kellik Tashmere', 'Kellick Dorvan'],
      reason: 'a full comparison is reused where the twin alone would stop early',
    },
    {
      query: { name: 'Dorvan Kellick', schema: 'Person', countries: ['nl'] },
      first: { schema: 'Person', countries: ['be'] },
      second: { schema: 'Person', countries: ['nl'] },
      names: ['Dorvan'],
      reason:
        'a comparison stopped early for one twin is not the answer for the other, whose full one is capped (one word for a fuller name)',
    },
    {
      query: { name: 'Brackvale Optics Works', schema: 'Organization', countries: ['nl'] },
      first: { schema: 'Organization', countries: ['be'] },
      second: { schema: 'Organization', countries: ['nl'] },
      names: ['Brackvale Optical Plant', 'BOW'],
      reason: 'an organisation of another country is capped, its twin of the same country is not',
    },
    {
      query: { name: 'BOW', schema: 'Organization' },
      first: { schema: 'Organization' },
      second: { schema: 'Organization' },
      names: ['Brackvale Optics Works', 'Brackvale Optics Works Group'],
      reason: 'an acronym read against the same names twice',
    },
  ])('gives each twin what it gets compared alone ($reason)', ({ query, first, second, names }) => {
    const queryParty = prepareParty(query);
    const twins = [first, second].map((listed, index) =>
      prepareParty({ ...listed, entityId: `listed-${index}`, names }),
    );

    for (const threshold of Array.from({ length: 20 }, (_, step) => (step + 1) / 20)) {
      const sut = new NameComparisons();
      for (const twin of twins) {
        expect(scorePartiesAtLeast(queryParty, twin, threshold, undefined, undefined, sut)).toEqual(
          scorePartiesAtLeast(queryParty, twin, threshold),
        );
      }
    }
  });
});
