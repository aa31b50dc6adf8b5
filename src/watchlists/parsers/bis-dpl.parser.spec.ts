import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BisDplParser } from './bis-dpl.parser';
import { collect, describeParse, expectEveryEntryRead, fixture } from './parse-events.testing';

describe(BisDplParser.name, () => {
  const sut = new BisDplParser();

  describeParse('on the real list', sut, fixture('bis', 'dpl.txt'), (result) => {
    it('groups the 546 address rows into 417 denial orders with 543 distinct addresses', () => {
      expectEveryEntryRead(result, 417);
      expect(result.entries.reduce((sum, entry) => sum + entry.addresses.length, 0)).toBe(543);
    });

    it('keeps both addresses of one order under one entry', () => {
      const entry = result.entries.find((candidate) => candidate.name === 'ABDULAH AL NASSER');
      expect(entry?.addresses.map((address) => address.full)).toEqual([
        '605 TRAIL LAKE DRIVE, RICHARDSON, TX, 75081, US',
        '908 AUDELIA ROAD, SUIE 200, PMB #245, RICHARDSON, TX, 75081, US',
      ]);
      expect(entry?.listedFrom).toBe('2002-03-04');
      expect(entry?.countries).toEqual([{ code: 'us', raw: 'US' }]);
      expect(entry?.properties.expirationDate).toEqual(['2056-06-29']);
    });

    it('gives the same ids on every run, so versions can be compared', async () => {
      const again = await collect(sut, fixture('bis', 'dpl.txt'));
      expect(again.entries.map((entry) => entry.entryId)).toEqual(result.entries.map((entry) => entry.entryId));
    });
  });

  describe('on bad input', () => {
    it('rejects the row with a field over the limit by its line and reads the rest', async () => {
      const result = await collect(sut, fixture('bad', 'dpl-huge-field.txt'), { maxFieldChars: 4096 });
      expect(result.rejected).toEqual([
        {
          file: 'dpl-huge-field.txt',
          line: 4,
          record: 3,
          code: 'WATCHLIST_FIELD_TOO_LARGE',
          reason: 'field 2 is longer than 4096 characters',
        },
      ]);
      expect(result.counts?.entries).toBeGreaterThan(0);
    });

    it('rejects a 2 MB field under the default 1 MiB limit without holding it', async () => {
      const header =
        '"Name"\t"Street_Address"\t"City"\t"State"\t"Country"\t"Postal_Code"\t"Effective_Date"\t"Expiration_Date"\t"Standard_Order"\t"Last_Update"\t"Action"\t"FR_Citation"\n';
      const row = (street: string): string =>
        `"A PERSON"\t"${street}"\t""\t""\t"US"\t""\t"01/02/2003"\t""\t"Y"\t""\t""\t""\n`;
      const chunks = [
        header,
        row('1 MAIN ST').replace('A PERSON', 'FIRST'),
        '"HUGE"\t"',
        ...Array.from({ length: 32 }, () => 'X'.repeat(65_536)),
        '"\t""\t""\t"US"\t""\t"01/02/2003"\t""\t"Y"\t""\t""\t""\n',
        row('2 MAIN ST'),
      ];
      const result = await collect(sut, { stream: Readable.from(chunks), fileName: 'huge.txt' });
      expect(result.rejected).toMatchObject([{ line: 3, code: 'WATCHLIST_FIELD_TOO_LARGE' }]);
      expect(result.entries.map((entry) => entry.name)).toEqual(['FIRST', 'A PERSON']);
    });
  });
});
