import { describe, expect, it } from 'vitest';
import { collect, collectBeforeAll, fixture, type CollectedEvents } from './parse-events.testing';
import { ukDate } from './uk-sanctions-designation';
import { UkSanctionsJsonlParser } from './uk-sanctions-jsonl.parser';
import { reportDate, UkSanctionsParser } from './uk-sanctions.parser';

function aliasCounts(result: CollectedEvents): { aka: number; weak: number; originalScript: number } {
  const aliases = result.entries.flatMap((entry) => entry.aliases);
  return {
    aka: aliases.filter((alias) => alias.type === 'aka' && alias.quality === 'strong').length,
    weak: aliases.filter((alias) => alias.quality === 'weak').length,
    originalScript: aliases.filter((alias) => alias.type === 'original-script').length,
  };
}

describe(UkSanctionsJsonlParser.name, () => {
  const sut = new UkSanctionsJsonlParser();
  const result = collectBeforeAll(sut, fixture('uk', 'uksl-records.jsonl'));

  it('reads all 6,349 designations of the real processed list: 4,036 people, 1,647 entities, 666 ships', () => {
    expect(result.metadata).toMatchObject({ format: 'uk-sanctions-jsonl', listId: 'uk-sanctions', issuedAt: null });
    expect(result.entries).toHaveLength(6349);
    expect(result.rejected).toEqual([]);
    const bySchema = Object.fromEntries(
      ['Person', 'Organization', 'Vessel'].map((schema) => [
        schema,
        result.entries.filter((entry) => entry.schema === schema).length,
      ]),
    );
    expect(bySchema).toEqual({ Person: 4036, Organization: 1647, Vessel: 666 });
  });

  it('keeps 13,206 other names: 8,734 strong and 613 weak aliases, 3,859 names in their own script', () => {
    expect(result.entries.reduce((sum, entry) => sum + entry.aliases.length, 0)).toBe(13206);
    expect(aliasCounts(result)).toEqual({ aka: 8734, weak: 613, originalScript: 3859 });
  });

  it('makes the 31 regimes the programmes and the 1,005 UN reference numbers identifiers', () => {
    expect(new Set(result.entries.flatMap((entry) => entry.programmes)).size).toBe(31);
    const unReferences = result.entries.flatMap((entry) =>
      entry.identifiers.filter((identifier) => identifier.type === 'UN Reference Number'),
    );
    expect(unReferences).toHaveLength(1005);
  });

  it('reads a person as given names then family name, with the designation date and the name in Arabic script', () => {
    const entry = result.entries.find((candidate) => candidate.entryId === 'INU0281');
    expect(entry).toMatchObject({
      schema: 'Person',
      name: 'FEREIDOUN ABBASI-DAVANI',
      listedFrom: '2023-10-18',
      identifiers: expect.arrayContaining([{ type: 'UN Reference Number', value: 'IRi.001' }]),
    });
    expect(entry?.aliases).toContainEqual({ name: 'فریدون عباسی دوانی', quality: 'strong', type: 'original-script' });
  });

  it("takes a ship's IMO number from its free text, since the processed copy has no ship details", () => {
    const imo = result.entries.flatMap((entry) =>
      entry.identifiers.filter((identifier) => identifier.type === 'IMO Number').map(() => entry.entryId),
    );
    expect(imo).toEqual(['LIB0079']);
  });

  it('reads the countries of the addresses, mapped to ISO codes', () => {
    const entry = result.entries.find((candidate) => candidate.entryId === 'AFG0001');
    expect(entry?.countries.map((country) => country.code)).toEqual(['af', 'ae', 'ir']);
  });
});

describe(UkSanctionsParser.name, () => {
  const sut = new UkSanctionsParser();

  describe.each([
    ['official CSV', 'UK-Sanctions-List.csv', '2026-02-13'],
    ['official XML', 'UK-Sanctions-List.xml', '2026-08-22'],
  ])('on the %s built from six real records', (_shape, file, issuedAt) => {
    const result = collectBeforeAll(sut, fixture('uk', file));

    it(`gathers the designations and takes ${issuedAt} as the issue date`, () => {
      expect(result.metadata).toMatchObject({ format: 'uk-sanctions', listId: 'uk-sanctions', issuedAt });
      expect(result.entries.map((entry) => entry.entryId)).toEqual([
        'AFG0001',
        'DPR0138',
        'DPR0157',
        'INU0281',
        'LIB0079',
        'RUS1354',
      ]);
      expect(result.entries.map((entry) => entry.schema)).toEqual([
        'Organization',
        'Organization',
        'Organization',
        'Person',
        'Vessel',
        'Organization',
      ]);
      expect(result.rejected).toEqual([]);
    });

    it('reads the same names, addresses and programmes as the processed copy of those records', async () => {
      const processed = await collect(new UkSanctionsJsonlParser(), fixture('uk', 'uksl-records.jsonl'));
      const same = processed.entries.filter((entry) => result.entries.some((read) => read.entryId === entry.entryId));
      const shape = (entries: typeof result.entries): unknown =>
        entries.map((entry) => ({
          name: entry.name,
          aliases: entry.aliases,
          programmes: entry.programmes,
          addresses: entry.addresses.map((address) => address.full),
          listedFrom: entry.listedFrom,
        }));
      expect(shape(result.entries)).toEqual(shape(same));
      expect(result.entries.reduce((sum, entry) => sum + entry.aliases.length, 0)).toBe(19);
      expect(result.entries.reduce((sum, entry) => sum + entry.addresses.length, 0)).toBe(19);
    });

    it('links the subsidiary to its listed parent company and keeps registration and IMO numbers as identifiers', () => {
      expect(result.relationships.map((link) => [link.fromEntryId, link.type, link.toEntryId])).toEqual([
        ['DPR0138', 'SUBSIDIARY_OF', 'DPR0157'],
      ]);
      const identifiers = result.entries.flatMap((entry) =>
        entry.identifiers
          .filter((identifier) => ['Business Registration Number', 'IMO Number'].includes(identifier.type))
          .map((identifier) => `${entry.entryId} ${identifier.type}: ${identifier.value}`),
      );
      expect(identifiers).toEqual([
        'LIB0079 IMO Number: 9058713',
        'RUS1354 Business Registration Number: INN: 7713269230',
      ]);
    });
  });
});

describe('UK Sanctions List dates', () => {
  it.each([
    ['Report Date: 13-Feb-2026', '2026-02-13', 'the CSV first line'],
    ['Last Updated,Unique ID', null, 'a header with no report date'],
  ] satisfies Array<[string, string | null, string]>)('reads %s as %s (%s)', (line, expected, _reason) => {
    expect(reportDate(line)).toBe(expected);
  });

  it.each([
    ['25/01/2001', '2001-01-25', 'a full official date'],
    ['dd/mm/1950', '1950', 'a year only'],
    ['dd/08/1955', '1955-08', 'a month and year'],
    ['2026-08-04', '2026-08-04', 'an ISO date of the processed copy'],
  ])('reads %s as %s (%s)', (raw, expected) => {
    expect(ukDate(raw)).toBe(expected);
  });
});
