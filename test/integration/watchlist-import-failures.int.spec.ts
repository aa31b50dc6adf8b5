import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFtmFile } from '../../bench/import-generator';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { WatchlistsService } from '../../src/watchlists/watchlists.service';
import { ImportContext } from '../helpers/import-context';
import { importerWith } from '../helpers/wrapped-importer';

const FIXTURES = join(__dirname, '..', 'fixtures', 'watchlists');
const fixture = (...parts: string[]): string => join(FIXTURES, ...parts);

interface ListState {
  activeVersion: string | null;
  entryCount: number | null;
  visibleEntries: number;
  spotEntry: unknown;
  pendingChanges: number;
}

describe(`${WatchlistImportService.name} with bad input`, () => {
  const imports = new ImportContext('watchlist-failure-test-');
  const { newListId, listOf, visibleEntries, visibleEntryIds } = imports;
  let context: INestApplicationContext;
  let sut: WatchlistImportService;
  let watchlists: WatchlistsService;
  let neo4j: Neo4jService;
  let scratch: string;

  /** What readers of the list see: its active version, its visible entries and one entry in full. */
  const stateOf = async (listId: string, spotEntryId: string): Promise<ListState> => {
    const list = await listOf(listId);
    const pending = await neo4j.runStatementText(
      'MATCH (change:PendingEntryChange {listId: $listId}) RETURN count(change) AS count',
      { listId },
    );
    return {
      activeVersion: list?.activeVersion?.id ?? null,
      entryCount: list?.activeVersion?.entryCount ?? null,
      visibleEntries: await visibleEntries(listId),
      spotEntry: await watchlists.entry(`${listId}:${spotEntryId}`),
      pendingChanges: Number(pending[0].count),
    };
  };

  beforeAll(async () => {
    ({ context, importer: sut, watchlists, neo4j, scratch } = await imports.open());
  });

  afterAll(async () => {
    await imports.close();
  });

  const hugeFieldDpl = (): string => {
    const path = join(scratch, `dpl-huge-${randomUUID().slice(0, 6)}.txt`);
    const lines = readFileSync(fixture('bis', 'dpl.txt'), 'utf8').split('\n').slice(0, 20);
    const fields = lines[3].split('\t');
    fields[1] = `"${'X'.repeat(2 * 1024 * 1024)}"`;
    lines[3] = fields.join('\t');
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };

  it.each([
    {
      case: 'truncated XML',
      format: 'un-xml',
      good: fixture('un', 'UN_consolidated.xml'),
      spot: '113458',
      bad: fixture('bad', 'un-truncated.xml'),
      error: { code: 'WATCHLIST_FILE_MALFORMED', file: 'un-truncated.xml', line: 5047 },
    },
    {
      case: 'broken CSV quoting (a quote never closed)',
      format: 'csl-csv',
      good: fixture('csl', 'csl.csv'),
      spot: 'sdn-8124',
      bad: fixture('bad', 'csl-unclosed-quote.csv'),
      error: { code: 'WATCHLIST_FILE_MALFORMED', file: 'csl-unclosed-quote.csv', line: 6 },
    },
    {
      case: 'invalid UTF-8',
      format: 'ftm',
      good: fixture('ftm', 't1.entities.ftm.json'),
      spot: null,
      bad: fixture('bad', 't1-invalid-utf8.ftm.json'),
      error: { code: 'WATCHLIST_FILE_INVALID_ENCODING', file: 't1-invalid-utf8.ftm.json', line: 3 },
    },
    {
      case: 'invalid UTF-8 in a tab-separated list',
      format: 'bis-dpl',
      good: fixture('bis', 'dpl.txt'),
      spot: null,
      bad: fixture('bad', 'dpl-invalid-utf8.txt'),
      error: { code: 'WATCHLIST_FILE_INVALID_ENCODING', file: 'dpl-invalid-utf8.txt', line: 21 },
    },
    {
      case: 'an empty file',
      format: 'csl-csv',
      good: fixture('csl', 'csl.csv'),
      spot: 'sdn-8124',
      bad: fixture('bad', 'empty.csv'),
      error: { code: 'WATCHLIST_FILE_EMPTY', file: 'empty.csv' },
    },
    {
      case: 'a file of blank lines',
      format: 'bis-dpl',
      good: fixture('bis', 'dpl.txt'),
      spot: null,
      bad: fixture('bad', 'blank.txt'),
      error: { code: 'WATCHLIST_FILE_EMPTY', file: 'blank.txt' },
    },
    {
      case: 'a file that is not the named format',
      format: 'bis-dpl',
      good: fixture('bis', 'dpl.txt'),
      spot: null,
      bad: fixture('un', 'UN_consolidated.xml'),
      error: { code: 'WATCHLIST_FORMAT_MISMATCH', file: 'UN_consolidated.xml', line: 1 },
    },
    {
      case: 'an FtM delta given as plain FtM',
      format: 'ftm',
      good: fixture('ftm', 't1.entities.ftm.json'),
      spot: null,
      bad: fixture('ftm', 't2-deltas', '20240528014702-pfh.entities.delta.json'),
      error: { code: 'WATCHLIST_FORMAT_MISMATCH', line: 1 },
    },
  ])('refuses $case with its code and place, and leaves the active version intact', async (example) => {
    const listId = newListId();
    const [good] = await sut.importFile({
      importedBy: 'test:runner',
      format: example.format,
      path: example.good,
      listId,
    });
    const spot = example.spot ?? (await firstEntryId(neo4j, listId));
    const before = await stateOf(listId, spot);

    await expect(
      sut.importFile({ importedBy: 'test:runner', format: example.format, path: example.bad, listId }),
    ).rejects.toMatchObject(example.error);

    expect(before).toMatchObject({ activeVersion: good.version, entryCount: good.entries, pendingChanges: 0 });
    expect(await stateOf(listId, spot)).toEqual(before);
  });

  it('refuses an unknown format before reading anything', async () => {
    const listId = newListId();
    await sut.importFile({ importedBy: 'test:runner', format: 'csl-csv', path: fixture('csl', 'csl.csv'), listId });
    const before = await stateOf(listId, 'sdn-8124');

    await expect(
      sut.importFile({ importedBy: 'test:runner', format: 'xlsx', path: fixture('csl', 'csl.csv'), listId }),
    ).rejects.toMatchObject({
      code: 'WATCHLIST_FORMAT_UNKNOWN',
    });

    expect(await stateOf(listId, 'sdn-8124')).toEqual(before);
  });

  it('refuses a missing file with WATCHLIST_FILE_NOT_FOUND', async () => {
    await expect(
      sut.importFile({
        importedBy: 'test:runner',
        format: 'csl-csv',
        path: join(scratch, 'no-such-file.csv'),
        listId: newListId(),
      }),
    ).rejects.toMatchObject({ code: 'WATCHLIST_FILE_NOT_FOUND' });
  });

  it('skips and counts bad rows with their line numbers, importing the rest', async () => {
    const listId = newListId();

    const [summary] = await sut.importFile({
      importedBy: 'test:runner',
      format: 'ftm',
      path: fixture('bad', 't1-bad-lines.ftm.json'),
      listId,
    });

    expect(summary).toMatchObject({ entries: 6, rejected: 3 });
    expect(summary.rejections.map((rejection) => [rejection.line, rejection.code])).toEqual([
      [3, 'WATCHLIST_RECORD_INVALID'],
      [5, 'WATCHLIST_RECORD_INVALID'],
      [6, 'WATCHLIST_RECORD_INVALID'],
    ]);
    expect((await listOf(listId))?.activeVersion).toMatchObject({
      entryCount: 6,
      rejected: 3,
    });
  });

  it('reports the two broken OFAC rows (a stray quote, a short row) by line and imports the other 38', async () => {
    const [summary] = await sut.importFile({
      importedBy: 'test:runner',
      format: 'ofac-sdn',
      path: fixture('bad', 'ofac-broken-quoting', 'sdn.csv'),
      listId: newListId(),
    });

    expect(summary).toMatchObject({ entries: 38, rejected: 2 });
    expect(summary.rejections.map((rejection) => [rejection.line, rejection.code])).toEqual([
      [3, 'WATCHLIST_FILE_MALFORMED'],
      [5, 'WATCHLIST_RECORD_INVALID'],
    ]);
  });

  it('accepts a long but allowed field (5,000 characters) as it is', async () => {
    const listId = newListId();

    const [summary] = await sut.importFile({
      importedBy: 'test:runner',
      format: 'bis-dpl',
      path: fixture('bad', 'dpl-huge-field.txt'),
      listId,
    });

    expect(summary).toMatchObject({ entries: 15, rejected: 0 });
    const rows = await neo4j.runStatementText(
      `MATCH (entity:Entity)-[:LISTED_ON]->(:Watchlist {id: $listId}) WHERE entity.details CONTAINS $street
       RETURN count(*) AS count`,
      { listId, street: 'X'.repeat(5000) },
    );
    expect(rows[0].count).toBe(1);
  });

  it('rejects the row of a huge single field (2 MiB) with its line and imports the others', async () => {
    const listId = newListId();

    const [summary] = await sut.importFile({
      importedBy: 'test:runner',
      format: 'bis-dpl',
      path: hugeFieldDpl(),
      listId,
    });

    expect(summary.rejected).toBe(1);
    expect(summary.rejections[0]).toMatchObject({ code: 'WATCHLIST_FIELD_TOO_LARGE', line: 4 });
    expect(summary.entries).toBeGreaterThan(10);
  });

  it.each([
    ['a bad JSON line', 'ftm', fixture('ftm', 't1.entities.ftm.json'), fixture('bad', 't1-bad-lines.ftm.json')],
    ['a huge single field', 'bis-dpl', fixture('bis', 'dpl.txt'), null],
  ])('with --strict, aborts on %s and changes nothing', async (_case, format, good, bad) => {
    const listId = newListId();
    const [first] = await sut.importFile({ importedBy: 'test:runner', format, path: good, listId });
    const spot = await firstEntryId(neo4j, listId);
    const before = await stateOf(listId, spot);

    await expect(
      sut.importFile({ importedBy: 'test:runner', format, path: bad ?? hugeFieldDpl(), listId, strict: true }),
    ).rejects.toMatchObject({
      code: 'WATCHLIST_IMPORT_REJECTED',
    });

    expect(await stateOf(listId, spot)).toEqual(before);
    const list = await listOf(listId);
    expect(list?.versions.map((version) => version.id)).toEqual([first.version]);
  });

  describe('an import that fails half way, after batches were written', () => {
    const listId = newListId();
    const entity = (index: number): string => `${listId}:bench-${index.toString(36)}`;
    let before: ListState;
    let failure: unknown;

    beforeAll(async () => {
      const first = join(scratch, 'crash-v1.entities.ftm.json');
      await generateFtmFile({ path: first, size: 3_000, seed: 11 });
      await sut.importFile({ importedBy: 'test:runner', format: 'ftm', path: first, listId });
      before = await stateOf(listId, 'bench-0');

      // 12,000 entities (every 20th renamed, 9,000 new), then bytes that are not UTF-8: the
      // importer has written two batches of 5,000 when the parser fails.
      const second = join(scratch, 'crash-v2.entities.ftm.json');
      await generateFtmFile({ path: second, size: 12_000, seed: 11, modifyEvery: 20 });
      appendFileSync(second, Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d, 0x0a]));
      failure = await sut
        .importFile({ importedBy: 'test:runner', format: 'ftm', path: second, listId })
        .catch((error: unknown) => error);
    });

    it('fails with the parser error', () => {
      expect(failure).toMatchObject({ code: 'WATCHLIST_FILE_INVALID_ENCODING' });
    });

    it('leaves the previous version active with the same entries, and the changed entry unchanged', async () => {
      const after = await stateOf(listId, 'bench-0');

      expect(after).toEqual(before);
      expect(before).toMatchObject({ entryCount: 3000, visibleEntries: 3000 });
    });

    it('keeps entries the failed version added invisible to readers', async () => {
      const entry = await watchlists.entry(entity(5_000));

      expect(entry.listings).toEqual([expect.objectContaining({ status: 'pending', listedTo: null })]);
    });

    it('records the failed version with its error', async () => {
      const list = await listOf(listId);

      expect(list?.versions.map((version) => [version.seq, version.status])).toEqual([
        [2, 'failed'],
        [1, 'active'],
      ]);
      expect(list?.versions[0].error).toMatch(/UTF-8/);
    });

    it('imports the next good version cleanly, without the leftovers of the failed one', async () => {
      const third = join(scratch, 'crash-v3.entities.ftm.json');
      await generateFtmFile({ path: third, size: 2_000, seed: 11, modifyEvery: 20 });

      const [summary] = await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: third,
        listId,
        allowMassDelisting: true,
      });

      expect(summary).toMatchObject({ version: `${listId}@3`, entries: 2000, delisted: 1000 });
      const after = await stateOf(listId, 'bench-0');
      expect(after).toMatchObject({ activeVersion: `${listId}@3`, entryCount: 2000, visibleEntries: 2000 });
      expect((after.spotEntry as { name: string }).name).toMatch(/ Jr$/);
      const leftover = await neo4j.runStatementText(
        'MATCH (:Entity {id: $id})-[listing:LISTED_ON]->() RETURN count(listing) AS count',
        { id: entity(5_000) },
      );
      expect(leftover[0].count).toBe(0);
    });
  });

  describe('a delta that fails half way', () => {
    it('leaves its additions and deletions unseen when the next delta is activated', async () => {
      const listId = newListId();
      const directory = mkdtempSync(join(scratch, 'deltas-'));
      const line = (op: string, id: string, name: string): string =>
        JSON.stringify({ op, entity: { id, schema: 'Person', properties: { name: [name] }, datasets: ['test'] } });
      const deltaFile = (version: string, lines: string[]): string => {
        const path = join(directory, `${version}.entities.delta.json`);
        writeFileSync(path, `${lines.join('\n')}\n`);
        return path;
      };
      const addMany = Array.from({ length: 5_200 }, (_, index) => line('ADD', `added-${index}`, `Added ${index}`));
      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm-delta',
        path: deltaFile('20240101000000-aaa', [line('ADD', 'kept', 'Kept Person'), line('ADD', 'other', 'Other')]),
        listId,
      });
      const failing = deltaFile('20240102000000-bbb', [...addMany, line('DEL', 'kept', '')]);
      appendFileSync(failing, Buffer.from([0xc3, 0x28, 0x0a]));
      await expect(
        sut.importFile({ importedBy: 'test:runner', format: 'ftm-delta', path: failing, listId }),
      ).rejects.toMatchObject({
        code: 'WATCHLIST_FILE_INVALID_ENCODING',
      });

      const [next] = await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm-delta',
        path: deltaFile('20240103000000-ccc', [line('ADD', 'new', 'New Person')]),
        listId,
      });

      expect(next).toMatchObject({ status: 'imported', version: `${listId}@3` });
      expect(await visibleEntryIds(listId)).toEqual([`${listId}:kept`, `${listId}:new`, `${listId}:other`]);
    });
  });

  it('refuses the import when the repository fails mid-way and keeps the old version', async () => {
    const listId = newListId();
    const [good] = await sut.importFile({
      importedBy: 'test:runner',
      format: 'ofac-sdn',
      path: fixture('ofac', 'sdn.csv'),
      listId,
    });
    const before = await stateOf(listId, '306');
    let calls = 0;
    const failing = importerWith(context, {
      writeEntries:
        (original) =>
        async (...parameters) => {
          calls += 1;
          if (calls === 2) {
            throw new Error('injected: the database went away');
          }
          return original(...parameters);
        },
    });
    const changed = join(scratch, `ofac-${randomUUID().slice(0, 6)}`);
    const { mkdirSync, copyFileSync } = await import('node:fs');
    mkdirSync(changed);
    for (const side of ['alt.csv', 'add.csv', 'sdn_comments.csv']) {
      copyFileSync(fixture('ofac', side), join(changed, side));
    }
    writeFileSync(
      join(changed, 'sdn.csv'),
      readFileSync(fixture('ofac', 'sdn.csv'), 'utf8').replace('"BANCO NACIONAL DE CUBA"', '"RENAMED BANK"'),
    );

    await expect(
      failing.importFile({ importedBy: 'test:runner', format: 'ofac-sdn', path: join(changed, 'sdn.csv'), listId }),
    ).rejects.toThrow('injected');

    expect(calls).toBe(2);
    expect(await stateOf(listId, '306')).toEqual(before);
    expect(before).toMatchObject({ activeVersion: good.version, entryCount: 7379 });
  });
});

async function firstEntryId(neo4j: Neo4jService, listId: string): Promise<string> {
  const rows = await neo4j.runStatementText(
    `MATCH (:Watchlist {id: $listId})<-[listing:LISTED_ON]-() RETURN listing.entryId AS entryId ORDER BY entryId LIMIT 1`,
    { listId },
  );
  return String(rows[0].entryId);
}
