import { Readable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../common/project-root';
import { addRorRelationships, emptyRelationships, toRorEntityRow } from '../reference-graph';
import type { RorOrganisation } from '../reference-record';
import { parseRorFile, parseRorStream } from './ror.parser';

const ROR_FILE = join(findProjectRoot(), 'seed', 'reference', 'ror-v2-records.json.gz');

describe('parseRorFile', () => {
  it('reads every record, name and relationship of the real v2 dump (gzipped copy) with exact counts', async () => {
    const records: RorOrganisation[] = [];
    for await (const record of parseRorFile(ROR_FILE)) {
      records.push(record);
    }
    const ids = new Set(records.map((record) => record.rorId));
    const count = <T>(items: T[], key: (item: T) => string): Record<string, number> =>
      items.reduce<Record<string, number>>(
        (tally, item) => ({ ...tally, [key(item)]: (tally[key(item)] ?? 0) + 1 }),
        {},
      );
    const relationships = records.flatMap((record) => record.relationships);
    const dangling = relationships.filter((relationship) => !ids.has(relationship.rorId));
    const edges = emptyRelationships();
    records.forEach((record) => addRorRelationships(record, edges));

    expect(records).toHaveLength(14_994);
    expect(records.reduce((total, record) => total + record.names.length, 0)).toBe(50_085);
    expect(records.flatMap((record) => record.names).filter((name) => name.types.includes('acronym'))).toHaveLength(
      10_611,
    );
    expect(count(records, (record) => record.status)).toEqual({ active: 14_751, inactive: 225, withdrawn: 18 });
    expect(count(relationships, (relationship) => relationship.type)).toEqual({
      child: 16_758,
      parent: 10_801,
      related: 6_900,
      predecessor: 241,
      successor: 176,
    });
    expect(dangling).toHaveLength(10_043);
    expect(new Set(dangling.map((relationship) => relationship.rorId)).size).toBe(8_240);
    // parent and child stated from both ends are one PART_OF; successor/predecessor likewise.
    // 17,650 distinct pairs, less one record that names itself as its own parent (a self-loop is dropped).
    expect(edges.get('PART_OF')!.size).toBe(17_649);
    expect(edges.get('AFFILIATED_WITH')!.size).toBe(6_900);
    expect(edges.get('SUCCESSOR_OF')!.size).toBe(300);
    const externals = count(
      records.flatMap((record) => Object.keys(record.externalIds)),
      (type) => type,
    );
    expect(externals).toEqual({ isni: 8_516, wikidata: 8_475, grid: 8_249, fundref: 7_201 });
    expect(
      records.reduce((latest, record) => (record.lastModified! > latest ? record.lastModified! : latest), ''),
    ).toBe('2026-06-23');
  });

  it('keeps a record with names in every language, acronyms marked, types, country, city and external ids', async () => {
    let found: RorOrganisation | undefined;
    for await (const record of parseRorFile(ROR_FILE)) {
      if (record.rorId === '000025p04') {
        found = record;
        break;
      }
    }
    expect(found).toMatchObject({
      name: 'Thailand Science Research and Innovation',
      types: ['funder', 'government'],
      countries: ['th'],
      cities: ['Bangkok'],
      externalIds: { fundref: ['501100017170'] },
      relationships: [{ type: 'predecessor', rorId: '03gd1bh37', label: 'Thailand Research Fund' }],
    });
    const row = toRorEntityRow(found!);
    expect(row).toMatchObject({
      id: 'ror:000025p04',
      kind: 'Funder',
      funder: true,
      acronyms: ['TSRI'],
      aliases: ['TSRI', 'สำนักงานคณะกรรมการส่งเสริมวิทยาศาสตร์ วิจัยและนวัตกรรม'],
    });
    expect(row.identifierValues).toEqual(
      expect.arrayContaining(['000025p04', 'httpsrororg000025p04', '501100017170', '1013039501100017170']),
    );
  });

  it.each([
    ['a truncated array', '[{"id": "https://ror.org/000025p04", "names": [{"value": "A"', /ends inside the array/],
    ['an object instead of an array', '{"id": 1}', /expected "\["/],
    ['a record without a ROR id', '[{"names": [{"value": "A", "types": ["ror_display"]}]}]', /no ROR id/],
    ['a record that is not JSON', '[{"id": nope}]', /not JSON/],
  ])('refuses %s, saying where', async (_case, text, message) => {
    const read = async (): Promise<void> => {
      for await (const record of parseRorStream(Readable.from([text]), 'bad.json')) {
        expect(record).toBeDefined();
      }
    };
    await expect(read()).rejects.toThrow(message);
  });

  it('splits records across arbitrary chunk boundaries, braces and quotes inside strings included', async () => {
    const text =
      '[{"id":"https://ror.org/0aaaaaa01","names":[{"value":"A {\\"B\\"} [C]","types":["ror_display"]}]},\n' +
      '{"id":"https://ror.org/0aaaaaa02","names":[{"value":"D","types":["ror_display"]}],"status":"inactive"}]';
    const chunks = text.match(/.{1,7}/gs)!;
    const records: RorOrganisation[] = [];
    for await (const record of parseRorStream(Readable.from(chunks), 'chunks.json')) {
      records.push(record);
    }
    expect(records.map((record) => [record.rorId, record.name, record.status])).toEqual([
      ['0aaaaaa01', 'A {"B"} [C]', 'active'],
      ['0aaaaaa02', 'D', 'inactive'],
    ]);
  });
});
