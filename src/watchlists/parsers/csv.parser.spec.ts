import { describe, expect, it } from 'vitest';
import { CsvParser } from './csv.parser';
import { collect, firstEvent, fixture } from './parse-events.testing';

describe(CsvParser.name, () => {
  const sut = new CsvParser();
  const csl = fixture('csl', 'csl.csv');

  it('reads the CSL sample through the example YAML mapping: 115 entries, 161 aliases', async () => {
    const result = await collect(sut, csl, { mapping: fixture('csv', 'csl.mapping.yaml') });
    expect(result.metadata).toMatchObject({ format: 'csv', listId: 'csl-by-mapping' });
    expect(result.entries).toHaveLength(115);
    expect(new Set(result.entries.map((entry) => entry.entryId)).size).toBe(115);
    expect(result.entries.reduce((sum, entry) => sum + entry.aliases.length, 0)).toBe(161);
    expect(result.entries.filter((entry) => entry.schema === 'Person')).toHaveLength(20);
    const entry = result.entries.find((candidate) => candidate.name === '200G PSA HOLDINGS LLC');
    expect(entry).toMatchObject({
      programmes: ['Specially Designated Nationals (SDN) - Treasury Department', 'SDNTK'],
      addresses: [{ full: '80 SW 8th Street Suite 2000, Miami, FL, 33130, US', country: { code: 'us', raw: 'US' } }],
      sourceUrl: 'http://bit.ly/1MLgpye',
    });
  });

  it('rejects the rows without an id when the mapping takes a column the rows leave empty (JSON mapping)', async () => {
    const result = await collect(sut, csl, {
      mapping: fixture('csv', 'csl-entity-number.mapping.json'),
      listId: 'csl-sdn',
    });
    expect(result.entries).toHaveLength(68);
    expect(result.rejected).toHaveLength(47);
    expect(result.rejected[0]).toEqual({
      file: 'csl.csv',
      line: 2,
      record: 1,
      code: 'WATCHLIST_RECORD_INVALID',
      reason: 'the row has no id',
    });
    expect(result.entries.find((entry) => entry.entryId === '20264')).toMatchObject({
      listId: 'csl-sdn',
      schema: 'Organization',
    });
  });

  it('fails before any event when the header lacks a column the mapping names', async () => {
    await expect(
      firstEvent(sut, fixture('bis', 'dpl.txt'), { mapping: { id: 'Name', name: 'Full_Name', delimiter: '\t' } }),
    ).rejects.toMatchObject({
      code: 'WATCHLIST_FORMAT_MISMATCH',
      message: expect.stringContaining('lacks the column(s) Full_Name'),
    });
  });

  it('fails with the bad key when the mapping is invalid', async () => {
    await expect(
      firstEvent(sut, csl, { mapping: { id: 'source', name: 'name', colour: 'x' } as never }),
    ).rejects.toMatchObject({
      code: 'WATCHLIST_MAPPING_INVALID',
      message: expect.stringContaining('unknown key(s) colour'),
    });
  });

  it('fails when no mapping is given', async () => {
    await expect(firstEvent(sut, csl)).rejects.toMatchObject({ code: 'WATCHLIST_MAPPING_INVALID' });
  });
});
