import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../common/project-root';
import { collect } from './parsers/parse-events.testing';
import { parserFor } from './parsers/parser-registry';
import { toEntityRow } from './watchlist-entity';
import { addressTownsOf, type WatchlistAddress } from './watchlist-record';

const at = (...cities: string[]): { addresses: WatchlistAddress[] } => ({
  addresses: cities.map((city) => ({ full: city, city })),
});

describe(`${addressTownsOf.name}: a list entry's towns from its structured addresses (rules 1.145.0)`, () => {
  it.each([
    { cities: ['Harbourville'], towns: ['Harbourville'], reason: 'a city field as it is' },
    {
      cities: ['Harbourville 117420'],
      towns: ['Harbourville'],
      reason: 'a postal code after the town is no part of it',
    },
    {
      cities: ['Pellby, Tarvel Region CP 22400'],
      towns: ['Pellby'],
      reason: 'OFAC writes city, state and postal code in one field: the text before the first comma',
    },
    { cities: ['Quarrow EC3N 1DY'], towns: ['Quarrow'], reason: 'cut before the first word with a digit' },
    { cities: ['018987', '-0-'], towns: [], reason: 'a field of no letters is no town' },
    { cities: ['Pellby', 'Pellby 1022', 'Harbourville'], towns: ['Pellby', 'Harbourville'], reason: 'each town once' },
  ])('$reason', ({ cities, towns, reason }) => {
    expect(addressTownsOf(at(...cities)), reason).toEqual(towns);
  });

  it('an address kept as text only gives none', () => {
    expect(addressTownsOf({ addresses: [{ full: '1 Main St, Harbourville, Norland' }] })).toEqual([]);
  });
});

/**
 * The sample lists `npm start` imports (seed/watchlists.json), parsed from the real files: how many entries get a
 * town, and that the entity row carries them as `city`.
 */
describe('the sample lists: entries with an address town (rules 1.145.0)', () => {
  const seed = JSON.parse(readFileSync(join(findProjectRoot(), 'seed', 'watchlists.json'), 'utf8')) as {
    lists: { format: string; path: string }[];
  };
  // [entries with a town, entries] per format, the sample files of test/fixtures/watchlists.
  const expected: Record<string, [number, number]> = {
    'un-xml': [286, 1003],
    'ofac-sdn': [3937, 7379],
    'ofac-cons': [388, 442],
    'csl-csv': [0, 115],
    'bis-dpl': [414, 417],
    'uk-sanctions-jsonl': [0, 6349],
    'ca-nro': [0, 127],
    'jp-meti-eul': [0, 835],
  };

  it.each(seed.lists)(
    '$format',
    async ({ format, path }) => {
      const result = await collect(parserFor(format), join(findProjectRoot(), path));
      const withTown = result.entries.filter((entry) => toEntityRow(entry).content.city.length > 0);
      for (const entry of withTown) {
        expect(toEntityRow(entry).content.city).toEqual(addressTownsOf(entry));
      }
      expect([withTown.length, result.entries.length]).toEqual(expected[format]);
    },
    120_000,
  );
});
