import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { regionNames } from './reference-data';
import {
  readRegionNamesTable,
  REGION_NAMES_FILE,
  type RegionNamesTable,
  writeRegionNamesTable,
} from './region-names-table';

describe(readRegionNamesTable.name, () => {
  const sut = readRegionNamesTable;
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'region-names-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  const rewrite = (change: (table: RegionNamesTable) => void): void => {
    const file = join(directory, REGION_NAMES_FILE);
    const table = JSON.parse(readFileSync(file, 'utf8')) as RegionNamesTable;
    change(table);
    writeFileSync(file, JSON.stringify(table));
  };

  it('gives back exactly what ICU gives now, entry for entry and in the same order', () => {
    writeRegionNamesTable(directory, regionNames());

    const read = sut(directory);

    // Asked of ICU again, not the map that was written: the table must equal ICU's answer today.
    const fromIcu = regionNames();
    expect(read).not.toBeNull();
    expect([...read!]).toEqual([...fromIcu]);
    // Several languages' names of one country ("sweden", "sverige", "suede") are in it.
    expect(fromIcu.get('sverige')).toBe('se');
    expect(fromIcu.get('sweden')).toBe('se');
  });

  it.each<[field: keyof RegionNamesTable, value: string, reason: string]>([
    ['icu', '1.0', 'another ICU has other names'],
    ['cldr', '1.0', 'another CLDR has other names'],
    ['node', 'v0.0.0', 'another Node may ship other ICU data'],
    ['code', 'another', 'other code makes other keys from the same names'],
  ])('is not used when its %s differs (%s), because %s', (field, value) => {
    writeRegionNamesTable(directory, regionNames());
    rewrite((table) => {
      (table as unknown as Record<string, unknown>)[field] = value;
    });

    expect(sut(directory)).toBeNull();
  });

  it('is null without a table (running from src), so the names come from ICU', () => {
    expect(sut(directory)).toBeNull();
  });
});
