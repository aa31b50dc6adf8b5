import { describe, expect, it } from 'vitest';
import { CslCsvParser } from './csl-csv.parser';
import { describeParse, expectEveryEntryRead, fixture } from './parse-events.testing';

describe(CslCsvParser.name, () => {
  const sut = new CslCsvParser();

  describeParse('on the real sample', sut, fixture('csl', 'csl.csv'), (result) => {
    it('reads 115 rows as 115 entries with distinct ids', () => {
      expectEveryEntryRead(result, 115);
      expect(result.metadata).toMatchObject({ format: 'csl-csv', listId: 'us-csl' });
    });

    it("keeps each row's source list as its programme (22 Entity List rows)", () => {
      const entityList = result.entries.filter(
        (entry) => entry.programmes[0] === 'Entity List (EL) - Bureau of Industry and Security',
      );
      expect(entityList).toHaveLength(22);
      expect(new Set(result.entries.map((entry) => entry.programmes[0])).size).toBe(9);
    });

    it('splits alt_names on ";" into 161 aliases', () => {
      expect(result.entries.reduce((sum, entry) => sum + entry.aliases.length, 0)).toBe(161);
      const entry = result.entries.find((candidate) => candidate.name === '54th Research Institute of China');
      expect(entry?.aliases.map((alias) => alias.name)).toEqual([
        'China Electronics Technology Group Corp. (CETC) 54th Research Institute',
        'Communication, Telemetry and Telecontrol Research Institute (CTI)',
        'and Shijiazhuang Communication Observation and Control Technology Institute.',
      ]);
      expect(entry?.listedFrom).toBe('2001-05-14');
    });

    it('ids SDN rows by their entity number and reads their ids column', () => {
      const entry = result.entries.find((candidate) => candidate.entryId === 'sdn-20264');
      expect(entry?.name).toBe('200G PSA HOLDINGS LLC');
      expect(entry?.schema).toBe('LegalEntity');
      expect(entry?.properties.programs).toEqual(['SDNTK']);
      expect(entry?.identifiers).toEqual([{ type: 'Tax ID No.', value: '80-0890696', country: 'us' }]);
      expect(entry?.countries).toEqual([{ code: 'us', raw: 'US' }]);
    });
  });
});
