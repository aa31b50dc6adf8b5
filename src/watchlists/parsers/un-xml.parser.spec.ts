import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collect, describeParse, entryById, firstEvent, fixture } from './parse-events.testing';
import { UnXmlParser } from './un-xml.parser';

/** The listed name of a record as the fixture spells it (FIRST_NAME, SECOND_NAME, …), read at test time. */
function fixtureFullName(dataId: string): string {
  const xml = readFileSync(fixture('un', 'UN_consolidated.xml'), 'utf8');
  const start = xml.indexOf(`<DATAID>${dataId}</DATAID>`);
  const record = xml.slice(start, xml.indexOf('</INDIVIDUAL>', start));
  return [...record.matchAll(/<(?:FIRST|SECOND|THIRD|FOURTH)_NAME>([^<]*)</g)]
    .map((match) => match[1].trim())
    .join(' ');
}

describe(UnXmlParser.name, () => {
  const sut = new UnXmlParser();

  describeParse('on the real consolidated list', sut, fixture('un', 'UN_consolidated.xml'), (result) => {
    it('reads 730 individuals and 273 entities', () => {
      expect(result.entries.filter((entry) => entry.schema === 'Person')).toHaveLength(730);
      expect(result.entries.filter((entry) => entry.schema === 'LegalEntity')).toHaveLength(273);
      expect(result.rejected).toEqual([]);
    });

    it("carries the file's dateGenerated as the issue date", () => {
      expect(result.events[0]).toMatchObject({
        kind: 'metadata',
        metadata: { format: 'un-xml', listId: 'un-sc', issuedAt: '2026-02-27T00:00:09.554Z' },
      });
    });

    it('grades aliases: 2,108 good or a.k.a. as strong, 615 low as weak, 18 f.k.a., 378 in original script', () => {
      const aliases = result.entries.flatMap((entry) => entry.aliases);
      expect(aliases.filter((alias) => alias.quality === 'strong' && alias.type === 'aka')).toHaveLength(2108);
      expect(aliases.filter((alias) => alias.quality === 'weak')).toHaveLength(615);
      expect(aliases.filter((alias) => alias.type === 'fka')).toHaveLength(18);
      expect(aliases.filter((alias) => alias.type === 'original-script')).toHaveLength(378);
    });

    it('keeps the 743 addresses that name a place', () => {
      expect(result.entries.reduce((sum, entry) => sum + entry.addresses.length, 0)).toBe(743);
    });

    it('reads the DOB, places of birth, nationality and national ID of individual 6908010 (CDi.019)', () => {
      const entry = entryById(result.entries, '6908010');
      expect(entry.name).toBe(fixtureFullName('6908010'));
      expect(entry.listedFrom).toBe('2012-11-30');
      expect(entry.programmes).toEqual(['DRC']);
      expect(entry.gender).toBe('male');
      expect(entry.birthDates).toEqual(['1978-04-01', '1978']);
      expect(entry.birthPlaces).toEqual([
        'Bibwe, Democratic Republic of the Congo',
        'Lusamambo, Lubero territory, Democratic Republic of the Congo',
      ]);
      expect(entry.nationalities).toEqual([{ code: 'cd', raw: 'Democratic Republic of the Congo' }]);
      expect(entry.positions).toEqual(['Brigadier General']);
      expect(entry.identifiers).toEqual([
        { type: 'UN Reference Number', value: 'CDi.019' },
        { type: 'National Identification Number', value: '1-78-09-44621-80', note: 'FARDC ID' },
      ]);
    });

    it('expands a BETWEEN birth date to its years and keeps alias notes (Bosco Ntaganda, CDi.030)', () => {
      const entry = entryById(result.entries, '6908021');
      expect(entry.birthDates).toEqual(['1973', '1974']);
      expect(entry.aliases).toContainEqual({ name: 'Bosco Ntaganda', quality: 'strong', type: 'aka' });
      expect(entry.aliases).toContainEqual({ name: 'Tango Romeo', quality: 'weak', type: 'aka', note: 'Call sign' });
    });

    it('reads entity aliases as a.k.a. and f.k.a. (ADF, CDe.001)', () => {
      const entry = entryById(result.entries, '6908402');
      expect(entry.name).toBe('ADF');
      expect(entry.aliases.map((alias) => `${alias.type}:${alias.name}`)).toEqual([
        'aka:Allied Democratic Forces',
        'fka:Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda',
        'fka:ADF/NALU',
        'fka:NALU',
      ]);
      expect(entry.countries).toEqual([{ code: 'cd', raw: 'Democratic Republic of the Congo' }]);
    });
  });

  describe('on bad input', () => {
    it('fails as malformed with a line when the XML is truncated, after the records before the cut', async () => {
      const seen: string[] = [];
      const run = async (): Promise<void> => {
        for await (const event of sut.parse(fixture('bad', 'un-truncated.xml'))) {
          seen.push(event.kind);
        }
      };
      await expect(run()).rejects.toMatchObject({
        code: 'WATCHLIST_FILE_MALFORMED',
        file: 'un-truncated.xml',
        line: expect.any(Number),
        message: expect.stringContaining('Malformed or truncated XML'),
      });
      expect(seen.filter((kind) => kind === 'entry').length).toBeGreaterThan(0);
      expect(seen).not.toContain('end');
    });

    it('fails before any event when the root is not CONSOLIDATED_LIST', async () => {
      const stream = Readable.from(['<?xml version="1.0"?>\n<sdnList><sdnEntry/></sdnList>']);
      await expect(firstEvent(sut, { stream, fileName: 'sdn.xml' })).rejects.toMatchObject({
        code: 'WATCHLIST_FORMAT_MISMATCH',
        message: expect.stringContaining('root element is <sdnList>'),
      });
    });

    it('fails on a text field over the size limit', async () => {
      const huge = `<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>${'A'.repeat(300_000)}</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`;
      const run = collect(sut, { stream: Readable.from([huge]), fileName: 'huge.xml' }, { maxFieldChars: 100_000 });
      await expect(run).rejects.toMatchObject({ code: 'WATCHLIST_FIELD_TOO_LARGE', file: 'huge.xml' });
    });

    it('rejects a record without DATAID by its line and reads the others', async () => {
      const xml = [
        '<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS>',
        '<INDIVIDUAL><FIRST_NAME>NO ID</FIRST_NAME></INDIVIDUAL>',
        '<INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME>HAS ID</FIRST_NAME></INDIVIDUAL>',
        '</INDIVIDUALS></CONSOLIDATED_LIST>',
      ].join('\n');
      const result = await collect(sut, { stream: Readable.from([xml]), fileName: 'two.xml' });
      expect(result.rejected).toEqual([
        {
          file: 'two.xml',
          line: 2,
          record: 1,
          code: 'WATCHLIST_RECORD_INVALID',
          reason: 'INDIVIDUAL has no numeric DATAID',
        },
      ]);
      expect(result.entries.map((entry) => entry.name)).toEqual(['HAS ID']);
    });
  });
});
