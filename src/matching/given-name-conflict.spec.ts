import { describe, expect, it } from 'vitest';
import { givenNameConflict } from './given-name-conflict';

describe(givenNameConflict.name, () => {
  it.each<[reason: string, query: string, matched: string, full: string, expected: [string, string] | null]>([
    [
      'a given name the alias lacks, another in the full name',
      'VESKARD, Quillan Tarrow Bennick',
      'VESKARD, Tarrow Bennick',
      'VESKARD, Oswin Tarrow Bennick',
      ['quillan', 'oswin'],
    ],
    [
      'an honorific in place of a given name',
      'Sheikh Tarrow VESKARD',
      'Oswin Tarrow VESKARD',
      'Oswin Tarrow VESKARD',
      ['sheikh', 'oswin'],
    ],
    ['the query a subset of the names', 'Tarrow VESKARD', 'VESKARD, Oswin Tarrow', 'VESKARD, Oswin Tarrow', null],
    [
      'a given name more, none other in the candidate',
      'Quillan Tarrow VESKARD',
      'VESKARD, Tarrow',
      'VESKARD, Tarrow',
      null,
    ],
    [
      'an honorific beside an alias that lacks only it',
      'Sheikh Tarrow VESKARD',
      'Tarrow VESKARD',
      'Oswin Tarrow VESKARD',
      null,
    ],
    ['the alias matched whole', 'Sheikh Tarrow Veskard', 'Sheikh Tarrow Veskard', 'VESKARD, Tarrow Oswin', null],
    ['a spelling of the alias', 'VESKARDE, Tarrow Oswin', 'VESKARD, Tarrow Oswin', 'VESKARD, Tarrow Oswin', null],
    ['another order and case', 'tarrow oswin veskard', 'VESKARD, Oswin Tarrow', 'VESKARD, Oswin Tarrow', null],
  ])('%s: "%s" / "%s" of "%s"', (_reason, query, matched, full, expected) => {
    expect(givenNameConflict(query, matched, full)).toEqual(expected);
  });
});
