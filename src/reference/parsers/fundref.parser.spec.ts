import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../common/project-root';
import { funderEntityId, funderRelationships, toFunderEntityRows } from '../reference-graph';
import type { FunderRecord, RegistryHeader } from '../reference-record';
import { parseFundrefFile } from './fundref.parser';

const FUNDREF_FILE = join(findProjectRoot(), 'seed', 'reference', 'fundref-registry-2018.rdf.gz');

async function readAll(path: string): Promise<{ funders: FunderRecord[]; header: RegistryHeader | null }> {
  const funders: FunderRecord[] = [];
  let header: RegistryHeader | null = null;
  for await (const funder of parseFundrefFile(path, (read) => (header = read))) {
    funders.push(funder);
  }
  return { funders, header };
}

describe('parseFundrefFile', () => {
  it('reads every funder, label, acronym and parent of the real 2018 registry with exact counts', async () => {
    const { funders, header } = await readAll(FUNDREF_FILE);
    const names = funders.flatMap((funder) => funder.names);
    expect(header).toEqual({ issuedAt: '2018-07-09' });
    expect(funders).toHaveLength(18_067);
    expect(names.filter((name) => name.types.includes('label'))).toHaveLength(18_067);
    expect(names.filter((name) => !name.types.includes('label'))).toHaveLength(20_939);
    expect(names.filter((name) => name.types.includes('acronym'))).toHaveLength(10_039);
    expect(funders.reduce((total, funder) => total + funder.broader.length, 0)).toBe(2_858);
    expect(funders.reduce((total, funder) => total + funder.replacedBy.length, 0)).toBe(600);
    expect(funders.filter((funder) => funder.deprecated)).toHaveLength(71);
    expect(new Set(funders.map((funder) => funder.countryGeonamesId).filter(Boolean)).size).toBe(132);
    const ids = new Set(funders.map((funder) => funder.funderId));
    expect(funders.flatMap((funder) => funder.broader).every((parent) => ids.has(parent))).toBe(true);

    const rows = toFunderEntityRows(funders, funderEntityId, () => null);
    const edges = funderRelationships(funders, funderEntityId);
    expect(rows).toHaveLength(18_067);
    expect(edges.get('PART_OF')!.size).toBe(2_858);
  });

  it('keeps a funder with its acronym marked, parent, body type and GeoNames country', async () => {
    const { funders } = await readAll(FUNDREF_FILE);
    const council = funders.find((funder) => funder.funderId === '501100004543');
    expect(council).toMatchObject({ name: 'China Scholarship Council', bodyType: 'gov', deprecated: false });
    expect(council?.countryGeonamesId).toBe('1814991');
    const office = funders.find((funder) => funder.funderId === '100006132');
    expect(office?.broader).toEqual(['100000015']);
    const energy = funders.find((funder) => funder.funderId === '100000015');
    expect(energy?.names).toEqual(expect.arrayContaining([{ value: 'DOE', lang: 'en', types: ['acronym'] }]));
  });

  it('merges funders the crosswalk maps to one ROR record into one entity with both ids', () => {
    const funder = (funderId: string, name: string, deprecated = false): FunderRecord => ({
      funderId,
      name,
      names: [{ value: name, lang: 'en', types: ['label'] }],
      broader: [],
      replacedBy: [],
      countryGeonamesId: '1814991',
      bodyType: 'gov',
      bodySubType: null,
      deprecated,
      modified: null,
    });
    const rows = toFunderEntityRows(
      [funder('200', 'Old Name', true), funder('100', 'New Name'), funder('300', 'Alone')],
      (id) => (id === '300' ? funderEntityId(id) : 'ror:0test0001'),
      (geonamesId) => (geonamesId === '1814991' ? 'cn' : null),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        id: 'ror:0test0001',
        ror: '0test0001',
        name: 'New Name',
        aliases: ['Old Name'],
        funderIds: ['100', '200'],
        country: ['cn'],
        status: 'active',
      }),
      expect.objectContaining({ id: 'fundref:300', ror: null, name: 'Alone', funderIds: ['300'] }),
    ]);
  });

  it('refuses a file that is not RDF/XML, with the line', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'fundref-'));
    const path = join(directory, 'broken.rdf');
    writeFileSync(path, '<rdf:RDF>\n<skos:Concept rdf:about="http://dx.doi.org/10.13039/1">\n</rdf:RDF>');
    await expect(readAll(path)).rejects.toThrow(/not RDF\/XML.*line/);
  });
});
