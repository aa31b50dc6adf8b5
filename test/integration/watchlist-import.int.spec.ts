import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { WATCHLIST_VERSION_ACTIVATED, type WatchlistVersionActivated } from '../../src/watchlists/watchlist-events';
import { type ImportSummary, WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { WatchlistsService } from '../../src/watchlists/watchlists.service';
import { ImportContext } from '../helpers/import-context';

const FIXTURES = join(__dirname, '..', 'fixtures', 'watchlists');
const fixture = (...parts: string[]): string => join(FIXTURES, ...parts);

/** The "a.k.a." aliases of a UN record as the fixture spells them, read at test time (quoted ones left out). */
/** The caption an FtM delta folder gives an entity when it adds it, read at test time. */
function ftmDeltaCaption(folder: string, entityId: string): string {
  for (const file of readdirSync(fixture('ftm', folder)).sort()) {
    for (const line of readFileSync(fixture('ftm', folder, file), 'utf8').split('\n')) {
      const op = line.trim()
        ? (JSON.parse(line) as { op: string; entity: { id: string; caption?: string } })
        : undefined;
      if (op?.op === 'ADD' && op.entity.id === entityId && op.entity.caption) {
        return op.entity.caption;
      }
    }
  }
  throw new Error(`no ADD of ${entityId} in ${folder}`);
}

function unFixtureAkaAliases(dataId: string): string[] {
  const xml = readFileSync(fixture('un', 'UN_consolidated.xml'), 'utf8');
  const start = xml.indexOf(`<DATAID>${dataId}</DATAID>`);
  const record = xml.slice(start, xml.indexOf('</ENTITY>', start));
  return [...record.matchAll(/<QUALITY>a\.k\.a\.<\/QUALITY>\s*<ALIAS_NAME>([^<"]+)<\/ALIAS_NAME>/g)].map((match) =>
    match[1].trim(),
  );
}

describe(WatchlistImportService.name, () => {
  const imports = new ImportContext('watchlist-import-test-');
  const { newListId, listOf } = imports;
  /** Listings of the list visible to readers of its active version. */
  const activeEntryIds = imports.visibleEntryIds;
  let context: INestApplicationContext;
  let sut: WatchlistImportService;
  let watchlists: WatchlistsService;
  let neo4j: Neo4jService;
  let scratch: string;

  const labelCounts = async (listId: string): Promise<Record<string, number>> => {
    const rows = await neo4j.runStatementText(
      `MATCH (:Watchlist {id: $listId})<-[:LISTED_ON]-(entity)
       RETURN [label IN labels(entity) WHERE label <> 'Entity'][0] AS label, count(*) AS count`,
      { listId },
    );
    return Object.fromEntries(rows.map((row) => [String(row.label), Number(row.count)]));
  };

  beforeAll(async () => {
    ({ context, importer: sut, watchlists, neo4j, scratch } = await imports.open());
  });

  afterAll(async () => {
    await imports.close();
  });

  describe('every format on its real sample', () => {
    it.each([
      ['ofac-sdn', fixture('ofac', 'sdn.csv'), undefined, { entries: 7379, relationships: 0, rejected: 0 }],
      ['ofac-cons', fixture('ofac', 'cons_prim.csv'), undefined, { entries: 442, relationships: 0, rejected: 0 }],
      ['un-xml', fixture('un', 'UN_consolidated.xml'), undefined, { entries: 1003, relationships: 0, rejected: 0 }],
      ['csl-csv', fixture('csl', 'csl.csv'), undefined, { entries: 115, relationships: 0, rejected: 0 }],
      ['bis-dpl', fixture('bis', 'dpl.txt'), undefined, { entries: 417, relationships: 0, rejected: 0 }],
      ['ftm', fixture('ftm', 'zala.entities.ftm.json'), undefined, { entries: 17, relationships: 21, rejected: 0 }],
      [
        'ftm',
        fixture('ftm', 'parteispenden.entities.ftm.json'),
        undefined,
        { entries: 96, relationships: 291, rejected: 0 },
      ],
      [
        'csv',
        fixture('csl', 'csl.csv'),
        fixture('csv', 'csl.mapping.yaml'),
        { entries: 115, relationships: 0, rejected: 0 },
      ],
      // This mapping takes entity_number as the id, which 47 rows of the sample leave empty.
      [
        'csv',
        fixture('csl', 'csl.csv'),
        fixture('csv', 'csl-entity-number.mapping.json'),
        { entries: 68, relationships: 0, rejected: 47 },
      ],
    ])('imports %s %s with the exact counts', async (format, path, mapping, expected) => {
      const listId = newListId();

      const [summary] = await sut.importFile({ importedBy: 'test:runner', format, path, mapping, listId });

      expect(summary).toMatchObject({
        list: listId,
        version: `${listId}@1`,
        status: 'imported',
        ...expected,
        added: expected.entries,
        updated: 0,
        delisted: 0,
      });
      expect(await activeEntryIds(listId)).toHaveLength(expected.entries);
      const list = await listOf(listId);
      expect(list?.activeVersion).toMatchObject({ id: `${listId}@1`, status: 'active', entryCount: expected.entries });
      const pending = await neo4j.runStatementText(
        `MATCH ()-[listing:LISTED_ON]->(:Watchlist {id: $listId}) WHERE listing.status <> 'current' RETURN count(*) AS count`,
        { listId },
      );
      expect(pending[0].count).toBe(0);
    });

    it('imports the UN list as 730 persons and 273 organisations with aliases in their scripts, identifiers and the issue date', async () => {
      const listId = newListId();

      await sut.importFile({
        importedBy: 'test:runner',
        format: 'un-xml',
        path: fixture('un', 'UN_consolidated.xml'),
        listId,
      });

      expect(await labelCounts(listId)).toEqual({ Person: 730, Organisation: 273 });
      const entry = await watchlists.entry(`${listId}:113458`);
      expect(entry).toMatchObject({ name: 'AL-QAIDA', schema: 'LegalEntity' });
      const akaAliases = unFixtureAkaAliases('113458');
      expect(akaAliases.length).toBeGreaterThan(1);
      expect(entry.aliases).toEqual(expect.arrayContaining(['القاعدة', ...akaAliases]));
      expect(entry.identifiers).toContain('UN Reference Number: QDe.004');
      expect(entry.listings).toEqual([expect.objectContaining({ listId, status: 'current', firstVersion: 1 })]);
      expect((await listOf(listId))?.activeVersion?.issuedAt).toMatch(/^2026-02-27/);
    });

    it('imports OFAC SDN with side files: strong and weak aliases, addresses and the programme on LISTED_ON', async () => {
      const listId = newListId();

      await sut.importFile({ importedBy: 'test:runner', format: 'ofac-sdn', path: fixture('ofac', 'sdn.csv'), listId });

      const entry = await watchlists.entry(`${listId}:306`);
      expect(entry).toMatchObject({
        name: 'BANCO NACIONAL DE CUBA',
        aliases: ['NATIONAL BANK OF CUBA'],
        weakAliases: ['BNC'],
        country: expect.arrayContaining(['ch', 'es', 'jp', 'pa']),
      });
      expect(entry.addresses).toContain('Zweierstrasse 35, Zurich CH-8022, Switzerland');
      expect(entry.listings[0]).toMatchObject({ listId, entryId: '306', programmes: ['CUBA'], status: 'current' });
    });

    it('keeps each CSL source list as the programme and splits alt_names', async () => {
      const listId = newListId();

      await sut.importFile({ importedBy: 'test:runner', format: 'csl-csv', path: fixture('csl', 'csl.csv'), listId });

      const entry = await watchlists.entry(`${listId}:sdn-8124`);
      expect(entry).toMatchObject({ name: '2904977 CANADA, INC.', aliases: ['CARIBE SOL', 'HAVANTUR CANADA INC.'] });
      expect(entry.listings[0].programmes).toEqual(['Specially Designated Nationals (SDN) - Treasury Department']);
    });

    it('reads a BIS DPL row with its address and the Denied Persons List programme', async () => {
      const listId = newListId();

      await sut.importFile({ importedBy: 'test:runner', format: 'bis-dpl', path: fixture('bis', 'dpl.txt'), listId });

      const rows = await neo4j.runStatementText(
        `MATCH (entity:Entity)-[listing:LISTED_ON]->(:Watchlist {id: $listId}) WHERE entity.name = 'ADRIAN MANUEL HERNANDEZ'
         RETURN entity.details AS details, listing.program AS program`,
        { listId },
      );
      expect(rows).toHaveLength(1);
      expect(JSON.parse(String(rows[0].details))).toMatchObject({
        addresses: ['3037 S. 69TH DRIVE, PHONEIX, AZ, 85043'],
      });
      expect(rows[0].program).toEqual(['Denied Persons List']);
    });

    it('turns FtM Ownership and Directorship records into OWNED_BY (with share) and DIRECTOR_OF (with role), and Sanctions into the listing programme', async () => {
      const listId = newListId();
      const id = (entryId: string): string => `${listId}:${entryId}`;

      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: fixture('ftm', 'zala.entities.ftm.json'),
        listId,
      });

      const relationships = await neo4j.runStatementText(
        `MATCH (from:Entity)-[relationship]->(to:Entity) WHERE from.id STARTS WITH $prefix AND type(relationship) <> 'LISTED_ON'
         RETURN type(relationship) AS type, count(*) AS count ORDER BY type`,
        { prefix: `${listId}:` },
      );
      expect(relationships).toEqual([
        { type: 'DIRECTOR_OF', count: 3 },
        { type: 'FAMILY_OF', count: 4 },
        { type: 'OWNED_BY', count: 14 },
      ]);
      const ownership = await neo4j.runStatementText(
        `MATCH (:Entity {id: $from})-[owned:OWNED_BY {relationshipId: 'ru-1de03979d6d800891cc047a737d0609600fff99f'}]->(to:Entity)
         RETURN to.id AS to, owned.share AS share, owned.method AS method`,
        { from: id('NK-abdzbEBkqyT29GyREbiURZ') },
      );
      expect(ownership).toEqual([{ to: id('NK-DSxJ9ZzHxBBMyEMnnTBhai'), share: 0.02, method: 'list' }]);
      const director = await neo4j.runStatementText(
        `MATCH (:Entity {id: $from})-[directs:DIRECTOR_OF]->(:Entity {id: $to}) RETURN directs.role AS role`,
        { from: id('NK-mCEmxFfuhfdjpC8gsxH74o'), to: id('NK-abdzbEBkqyT29GyREbiURZ') },
      );
      expect(director).toEqual([{ role: 'ГЕНЕРАЛЬНЫЙ ДИРЕКТОР' }]);
      const company = await watchlists.entry(id('NK-abdzbEBkqyT29GyREbiURZ'));
      expect(company.aliases).toEqual(expect.arrayContaining(['Zala Aero Group']));
      expect(company.listings[0].programmes).toContain('Autonomous (Russia)');
      const person = await watchlists.entry(id('NK-aU5ybkbRFJucf8YMwsJvDw'));
      expect(person).toMatchObject({ name: 'Aleksandr Vyacheslavovich Zakharov', schema: 'Person' });
      expect(person.aliases).toContain('Александр Вячеславович Захаров');
    });

    it('keeps the programme of a Sanction record written in an earlier batch than its entity', async () => {
      const listId = newListId();
      const path = join(scratch, `sanction-first-${listId}.ftm.json`);
      const line = (id: string, schema: string, properties: Record<string, string[]>): string =>
        JSON.stringify({ id, schema, properties, datasets: ['test'] });
      const companies = Array.from({ length: 100 }, (_, index) =>
        line(`company-${index}`, 'Company', { name: [`Company ${index}`] }),
      );
      // Enough links to fill a batch, so the Sanction is written before its entity is read.
      const ownerships = Array.from({ length: 5_000 }, (_, index) =>
        line(`own-${index}`, 'Ownership', {
          asset: [`company-${index % 100}`],
          owner: [`company-${(index + 1 + Math.floor(index / 100)) % 100}`],
          percentage: ['10'],
        }),
      );
      writeFileSync(
        path,
        [
          line('sanction-late', 'Sanction', { entity: ['late'], program: ['EARLY-PROGRAMME'] }),
          ...companies,
          ...ownerships,
          line('late', 'Person', { name: ['Late Person'], programId: ['OWN-PROGRAMME'] }),
        ].join('\n'),
      );

      const [summary] = await sut.importFile({ importedBy: 'test:runner', format: 'ftm', path, listId });

      expect(summary).toMatchObject({ entries: 101, relationships: 5000, added: 101 });
      const entry = await watchlists.entry(`${listId}:late`);
      expect(entry.name).toBe('Late Person');
      expect([...entry.listings[0].programmes].sort()).toEqual(['EARLY-PROGRAMME', 'OWN-PROGRAMME']);
    });

    it('gives FtM persons the Person label and organisations the Organisation label in one batch', async () => {
      const listId = newListId();

      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: fixture('ftm', 'zala.entities.ftm.json'),
        listId,
      });

      const labels = await neo4j.runStatementText(
        `MATCH (entity:Entity)-[:LISTED_ON]->(:Watchlist {id: $listId})
         RETURN entity.schema AS schema, [label IN labels(entity) WHERE label <> 'Entity'] AS labels`,
        { listId },
      );
      for (const row of labels) {
        expect(row.labels).toEqual([row.schema === 'Person' ? 'Person' : 'Organisation']);
      }
    });
  });

  describe('versions', () => {
    it('changes nothing and says so when the same file is imported twice', async () => {
      const listId = newListId();
      const [first] = await sut.importFile({
        importedBy: 'test:runner',
        format: 'csl-csv',
        path: fixture('csl', 'csl.csv'),
        listId,
      });
      const activated: WatchlistVersionActivated[] = [];
      const events = context.get(EventEmitter2);
      const listener = (event: WatchlistVersionActivated): void => {
        activated.push(event);
      };
      events.on(WATCHLIST_VERSION_ACTIVATED, listener);

      const [second] = await sut.importFile({
        importedBy: 'test:runner',
        format: 'csl-csv',
        path: fixture('csl', 'csl.csv'),
        listId,
      });

      events.off(WATCHLIST_VERSION_ACTIVATED, listener);
      expect(second).toMatchObject({
        status: 'unchanged',
        version: first.version,
        entries: 115,
        added: 0,
        updated: 0,
        unchanged: 115,
        delisted: 0,
      });
      expect((await listOf(listId))?.versions).toHaveLength(1);
      expect(activated.filter((event) => event.listId === listId)).toEqual([]);
    });

    it('emits one activation event per imported version', async () => {
      const listId = newListId();
      const activated: WatchlistVersionActivated[] = [];
      const events = context.get(EventEmitter2);
      const listener = (event: WatchlistVersionActivated): void => {
        activated.push(event);
      };
      events.on(WATCHLIST_VERSION_ACTIVATED, listener);

      await sut.importFile({ importedBy: 'test:runner', format: 'bis-dpl', path: fixture('bis', 'dpl.txt'), listId });

      events.off(WATCHLIST_VERSION_ACTIVATED, listener);
      expect(activated).toEqual([{ listId, versionId: `${listId}@1`, entries: 417 }]);
    });

    describe('a newer full version', () => {
      const listId = newListId();
      let directory: string;
      let second: ImportSummary;
      const lines = readFileSync(fixture('ofac', 'sdn.csv'), 'utf8').split('\n').slice(0, 60);
      const removedId = lines[1].split(',')[0];
      const changedId = lines[2].split(',')[0];
      const changedName = lines[2].split(',')[1].replaceAll('"', '');

      beforeAll(async () => {
        directory = mkdtempSync(join(scratch, 'ofac-v'));
        for (const side of ['alt.csv', 'add.csv', 'sdn_comments.csv']) {
          copyFileSync(fixture('ofac', side), join(directory, side));
        }
        writeFileSync(join(directory, 'sdn.csv'), `${lines.join('\n')}\n`);
        await sut.importFile({
          importedBy: 'test:runner',
          format: 'ofac-sdn',
          path: join(directory, 'sdn.csv'),
          listId,
        });

        const next = [...lines];
        next.splice(1, 1);
        next[1] = next[1].replace(`"${changedName}"`, '"RENAMED TEST ENTRY"');
        next.push('99999001,"NEWLY LISTED TEST COMPANY","-0- ","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ');
        writeFileSync(join(directory, 'sdn.csv'), `${next.join('\n')}\n`);
        [second] = await sut.importFile({
          importedBy: 'test:runner',
          format: 'ofac-sdn',
          path: join(directory, 'sdn.csv'),
          listId,
        });
      });

      it('reports one added, one updated and one delisted entry', () => {
        expect(second).toMatchObject({
          status: 'imported',
          version: `${listId}@2`,
          entries: 60,
          added: 1,
          updated: 1,
          unchanged: 58,
          delisted: 1,
        });
      });

      it('updates the changed entry', async () => {
        const entry = await watchlists.entry(`${listId}:${changedId}`);

        expect(entry.name).toBe('RENAMED TEST ENTRY');
        expect(entry.listings[0]).toMatchObject({ status: 'current', firstVersion: 1 });
      });

      it('adds the new entry from this version on', async () => {
        const entry = await watchlists.entry(`${listId}:99999001`);

        expect(entry.name).toBe('NEWLY LISTED TEST COMPANY');
        expect(entry.listings[0]).toMatchObject({ status: 'current', programmes: ['SDGT'], firstVersion: 2 });
      });

      it('marks the removed entry delisted and keeps its node', async () => {
        const entry = await watchlists.entry(`${listId}:${removedId}`);

        expect(entry.listings[0]).toMatchObject({ status: 'former', removedInVersion: 2 });
        expect(entry.listings[0].listedTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const stored = await neo4j.runStatementText(
          `MATCH (:Entity {id: $id})-[listing:LISTED_ON]->() RETURN listing.status AS status, listing.listedTo AS listedTo`,
          { id: `${listId}:${removedId}` },
        );
        expect(stored).toEqual([{ status: 'former', listedTo: entry.listings[0].listedTo }]);
        expect(await activeEntryIds(listId)).not.toContain(`${listId}:${removedId}`);
      });

      it('keeps the first version as superseded and makes the second active', async () => {
        const list = await listOf(listId);

        expect(list?.activeVersion).toMatchObject({ id: `${listId}@2`, entryCount: 60, added: 1, delisted: 1 });
        expect(list?.versions.map((version) => version.status)).toEqual(['active', 'superseded']);
      });

      it('lists the removed entry again, from the next version, when it comes back', async () => {
        writeFileSync(join(directory, 'sdn.csv'), `${lines.join('\n')}\n`);

        const [third] = await sut.importFile({
          importedBy: 'test:runner',
          format: 'ofac-sdn',
          path: join(directory, 'sdn.csv'),
          listId,
        });

        expect(third).toMatchObject({ added: 1, updated: 1, delisted: 1 });
        const entry = await watchlists.entry(`${listId}:${removedId}`);
        expect(entry.listings[0]).toMatchObject({ status: 'current', firstVersion: 3, listedTo: null });
        expect((await watchlists.entry(`${listId}:${changedId}`)).name).toBe(changedName);
      });
    });

    it('applies the five FtM deltas in order and ends with the state they describe', async () => {
      const listId = newListId();
      const id = (entryId: string): string => `${listId}:${entryId}`;

      const summaries = await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm-delta',
        path: fixture('ftm', 't2-deltas'),
        listId,
      });

      expect(summaries.map((summary) => [summary.version, summary.status])).toEqual([
        [`${listId}@1`, 'imported'],
        [`${listId}@2`, 'imported'],
        [`${listId}@3`, 'imported'],
        [`${listId}@4`, 'imported'],
        [`${listId}@5`, 'imported'],
      ]);
      expect(summaries.map((summary) => [summary.entries, summary.added, summary.updated, summary.delisted])).toEqual([
        [0, 0, 0, 0],
        [2, 2, 0, 0],
        [2, 1, 1, 0],
        [0, 0, 0, 1],
        [1, 1, 0, 0],
      ]);
      expect(await activeEntryIds(listId)).toEqual(
        [id('NK-2T3S8Hu29ktYnKSTgQp2wL'), id('NK-2sJaJRaPJcWUfMbHjTtWcL'), id('Q4365364')].sort(),
      );
      const modified = await watchlists.entry(id('NK-2T3S8Hu29ktYnKSTgQp2wL'));
      expect(modified.name).toBe('Foobar Foobargroup');
      expect(modified.aliases).toContain('IRGC');
      const deleted = await watchlists.entry(id('NK-500Poltergeist'));
      expect(deleted.name).toBe(ftmDeltaCaption('t2-deltas', 'NK-500Poltergeist'));
      expect(deleted.listings[0]).toMatchObject({ status: 'former', firstVersion: 3, removedInVersion: 4 });
      expect(deleted.listings[0].listedTo).not.toBeNull();
      const added = await watchlists.entry(id('Q4365364'));
      expect(added).toMatchObject({ name: 'Vladimir Nikolaevich PLOTNIKOV', schema: 'Person' });
      expect((await listOf(listId))?.activeVersion).toMatchObject({ id: `${listId}@5`, entryCount: 3 });
    });

    it('applies nothing again when the delta folder is imported a second time', async () => {
      const listId = newListId();
      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm-delta',
        path: fixture('ftm', 't2-deltas'),
        listId,
      });

      const again = await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm-delta',
        path: fixture('ftm', 't2-deltas', 'delta.json'),
        listId,
      });

      expect(again.map((summary) => summary.status)).toEqual(Array(5).fill('unchanged'));
      expect((await listOf(listId))?.versions).toHaveLength(5);
      expect(await activeEntryIds(listId)).toHaveLength(3);
    });
  });
});
