import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../common/graph-model';
import { FTM_RELATIONSHIP_TYPES, WATCHLIST_FORMATS } from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { parserFor, WATCHLIST_PARSERS } from './parser-registry';

describe('parserFor', () => {
  const sut = parserFor;

  it.each(WATCHLIST_FORMATS.map((format) => [format]))('returns the %s parser', (format) => {
    expect(sut(format).format).toBe(format);
  });

  it('fails with WATCHLIST_FORMAT_UNKNOWN and the known formats for any other name', () => {
    expect(() => sut('xlsx')).toThrow(WatchlistError);
    expect(() => sut('xlsx')).toThrow(/Unknown format "xlsx"; formats: ofac-sdn, ofac-cons/);
    try {
      sut('xlsx');
    } catch (error) {
      expect(error).toMatchObject({ code: 'WATCHLIST_FORMAT_UNKNOWN' });
    }
  });

  it('registers a parser for every format and nothing else', () => {
    expect(Object.keys(WATCHLIST_PARSERS).sort()).toEqual([...WATCHLIST_FORMATS].sort());
  });

  it('maps FtM relationship schemata only to relationship types of the graph model', () => {
    for (const type of Object.values(FTM_RELATIONSHIP_TYPES)) {
      expect(RELATIONSHIP_TYPES).toContain(type);
    }
  });
});
