import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../common/graph-model';
import { FTM_RELATIONSHIP_TYPES, WATCHLIST_FORMATS } from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { fixture } from './parse-events.testing';
import { importUnits, parserFor, versionFiles, WATCHLIST_PARSERS } from './parser-registry';

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

describe('versionFiles', () => {
  it('counts the OFAC side files found beside the main file as part of the version', () => {
    const files = versionFiles('ofac-sdn', fixture('ofac', 'sdn.csv'));

    expect(files).toEqual(['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv'].map((name) => fixture('ofac', name)));
  });

  it('leaves out side files that are not there (the consolidated set has no comments file here)', () => {
    expect(versionFiles('ofac-cons', fixture('ofac', 'cons_prim.csv'))).toEqual(
      ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv'].map((name) => fixture('ofac', name)),
    );
  });

  it('adds the mapping of a csv import, and nothing beside a single-file format', () => {
    expect(versionFiles('csv', 'list.csv', 'mapping.yml')).toEqual(['list.csv', 'mapping.yml']);
    expect(versionFiles('un-xml', fixture('un', 'UN_consolidated.xml'))).toEqual([
      fixture('un', 'UN_consolidated.xml'),
    ]);
  });
});

describe('importUnits', () => {
  const collect = async (format: Parameters<typeof importUnits>[0], path: string) => {
    const units = [];
    for await (const unit of importUnits(format, path)) {
      units.push(unit);
    }
    return units;
  };

  it('expands an FtM delta folder and its index into every delta, in order, with its version', async () => {
    const folder = fixture('ftm', 't2-deltas');

    const fromFolder = await collect('ftm-delta', folder);
    const fromIndex = await collect('ftm-delta', fixture('ftm', 't2-deltas', 'delta.json'));

    expect(fromFolder.map((unit) => unit.deltaVersion)).toEqual([
      '20240527134702-zbn',
      '20240527194702-wnk',
      '20240528014702-pfh',
      '20240528074703-npf',
      '20240528134729-3iv',
    ]);
    expect(fromIndex).toEqual(fromFolder);
  });

  it('takes a single delta file, or a file of any other format, as one version with no delta version', async () => {
    const delta = fixture('ftm', 't2-deltas', '20240527134702-zbn.entities.delta.json');

    expect(await collect('ftm-delta', delta)).toEqual([{ path: delta, deltaVersion: null }]);
    expect(await collect('ofac-sdn', 'sdn.csv')).toEqual([{ path: 'sdn.csv', deltaVersion: null }]);
  });
});
