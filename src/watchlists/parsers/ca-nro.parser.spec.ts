import { describe, expect, it } from 'vitest';
import { CaNroParser, isSubordinateUnit } from './ca-nro.parser';
import { collectBeforeAll, fixture } from './parse-events.testing';

describe(CaNroParser.name, () => {
  const sut = new CaNroParser();
  const result = collectBeforeAll(sut, fixture('ca-nro', 'named-research-organizations-2024-04-18.html'));

  it("reads the page's 103 organisations and its date, 2024-04-18", () => {
    expect(result.metadata).toMatchObject({ format: 'ca-nro', listId: 'ca-nro', issuedAt: '2024-04-18' });
    const named = result.entries.filter((entry) => !entry.entryId.includes('/'));
    expect(named).toHaveLength(103);
    expect(result.rejected).toEqual([]);
    const countries = named.map((entry) => entry.countries[0]?.code);
    expect([
      countries.filter((code) => code === 'cn').length,
      countries.filter((code) => code === 'ir').length,
    ]).toEqual([85, 12]);
    expect(countries.filter((code) => code === 'ru')).toHaveLength(6);
  });

  it('splits the 253 aliases into 222 names and 27 subordinate units, dropping the 3 that repeat the name', () => {
    expect(result.entries.reduce((sum, entry) => sum + entry.aliases.length, 0)).toBe(222);
    expect(result.relationships).toHaveLength(27);
    expect(result.relationships.every((link) => link.type === 'PART_OF')).toBe(true);
    expect(result.entries).toHaveLength(127);
  });

  it('makes a laboratory named among the aliases its own entry, part of the named university', () => {
    const unit = result.entries.find(
      (entry) => entry.name === 'National Key Laboratory for Parallel and Distributed Processing',
    );
    expect(unit?.countries.map((country) => country.code)).toEqual(['cn']);
    expect(result.relationships).toContainEqual(
      expect.objectContaining({
        fromEntryId: unit?.entryId,
        toEntryId: 'national-university-of-defense-technology',
        type: 'PART_OF',
      }),
    );
    const body = result.entries.find((entry) => entry.entryId === 'national-university-of-defense-technology');
    expect(body?.aliases.map((alias) => alias.name)).toContain('Changsha Institute of Technology');
  });

  it('links a unit the list also names as an organisation instead of repeating it', () => {
    expect(result.relationships).toContainEqual(
      expect.objectContaining({
        fromEntryId: 'peac-institute-of-multiscale-science',
        toEntryId: 'chinese-academy-of-engineering-physics',
      }),
    );
    expect(result.entries.filter((entry) => entry.name === 'Peac Institute of Multiscale Science')).toHaveLength(1);
  });
});

describe(isSubordinateUnit.name, () => {
  it.each([
    [
      'National University of Defense Technology',
      'National Key Laboratory for Parallel and Distributed Processing',
      true,
      'a laboratory under a university',
    ],
    [
      'National University of Defense Technology',
      'Changsha Institute of Technology',
      false,
      "a university's former institute name",
    ],
    [
      'Chinese Academy of Engineering Physics',
      'Southwest Institute of Fluid Physics',
      true,
      'an institute under a research academy',
    ],
    ['Chinese Academy of Engineering Physics', 'China Academy of Engineering Physics', false, 'a spelling of the name'],
    [
      'Hefei National Laboratory for Physical Sciences at Microscale',
      'National Research Center for Microscale',
      false,
      'a centre naming a laboratory',
    ],
    ['Airforce Early Warning Academy', 'Wuhan Radar Institute', false, 'a training academy’s former name'],
    [
      'Chinese Academy of Engineering Physics',
      'CAEP, Beijing Computational Science Research Center, Ninth Academy',
      false,
      'a compound description with commas',
    ],
  ])('%s / %s → %s (%s)', (body, alias, expected) => {
    expect(isSubordinateUnit(body, alias)).toBe(expected);
  });
});
