import { describe, expect, it } from 'vitest';
import { matchPairs, type NamePairRow } from './match-pairs';

/** Optional country columns of a pairs file (made-up names). */
describe('matchPairs countries', () => {
  it.each<{ row: NamePairRow; match: boolean; reason: string }>([
    {
      row: { schema: 'Organization', name1: 'Quarrow Tide College', name2: 'Quarrow Tide College, Tarvelmar' },
      match: true,
      reason: 'without countries the names alone are compared',
    },
    {
      row: {
        schema: 'Organization',
        name1: 'Quarrow Tide College',
        name2: 'Quarrow Tide College, Tarvelmar',
        country1: 'IN',
        country2: 'AE',
      },
      match: false,
      reason: 'with a country on each side, a body of another country needs the same name',
    },
    {
      row: {
        schema: 'Organization',
        name1: 'Quarrow Tide College',
        name2: 'Quarrow Tide College, Tarvelmar',
        country1: 'IN',
        country2: '',
      },
      match: true,
      reason: 'an empty country column gives that side no country',
    },
  ])('$reason', ({ row, match }) => {
    expect(matchPairs([row])[0].match).toBe(match);
  });
});
