import { describe, expect, it } from 'vitest';
import { OfacConsParser } from './ofac-cons.parser';
import { describeParse, entryById, expectEveryEntryRead, fixture } from './parse-events.testing';

describe(OfacConsParser.name, () => {
  const sut = new OfacConsParser();

  describeParse('on the real consolidated set', sut, fixture('ofac', 'cons_prim.csv'), (result) => {
    it('reads all 442 entries (79 persons) despite the DOS end-of-file mark', () => {
      expectEveryEntryRead(result, 442);
      expect(result.entries.filter((entry) => entry.schema === 'Person')).toHaveLength(79);
      expect(result.metadata).toMatchObject({
        listId: 'us-ofac-cons',
        files: ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv'],
      });
    });

    it('joins the 1,073 aliases (141 fka) and 522 addresses of the side files', () => {
      const aliases = result.entries.flatMap((entry) => entry.aliases.filter((alias) => alias.quality === 'strong'));
      expect(aliases).toHaveLength(1073);
      expect(aliases.filter((alias) => alias.type === 'fka')).toHaveLength(141);
      expect(result.entries.reduce((sum, entry) => sum + entry.addresses.length, 0)).toBe(522);
    });

    it('reads the year of birth and aliases of entry 9639', () => {
      const entry = entryById(result.entries, '9639');
      expect(entry.name).toBe('HANIYA, Ismail Abdul Salah');
      expect(entry.programmes).toEqual(['NS-PLC']);
      expect(entry.birthDates).toEqual(['1962']);
      expect(entry.birthPlaces).toEqual(['Shati']);
      expect(entry.aliases.map((alias) => alias.name)).toEqual(['HANIYA, Ismail', 'HANIYYA, Ismaeel']);
    });
  });
});
