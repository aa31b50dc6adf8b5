import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFtmFile } from '../../bench/import-generator';
import { random as seededRandom } from '../../bench/lib/synthetic-list';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { WatchlistsService } from '../../src/watchlists/watchlists.service';
import { CLI, run, sleep, startCli, type StartedCli } from '../helpers/processes';
import { runCypher } from '../helpers/cypher';
import { removeLists } from '../helpers/remove-lists';
import { builtCliContext } from '../helpers/test-app';

/** How many imports are killed (FAULT_KILLS; the brief asks for at least ten; `.ci/run` runs a short form). */
const KILLS = Number(process.env.FAULT_KILLS ?? 10);
const ENTITIES = 4_000;

/** Starts `partner-graph import` in its own process. */
function startImport(env: NodeJS.ProcessEnv, file: string, listId: string, extra: string[] = []): StartedCli {
  return startCli(['import', '--format', 'ftm', file, '--list', listId, '--json', ...extra], env);
}

/** How many names in an FtM file end with " Jr" (the generator's mark of a changed entity). */
function changedNames(file: string): number {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .filter((line) => (JSON.parse(line) as { properties: { name?: string[] } }).properties.name?.[0]?.endsWith(' Jr'))
    .length;
}

/**
 * kill -9 of the built CLI's import at random moments (start-up and parse, the batched writes,
 * activation and what follows it), then the state a reader sees is checked, the dead import aborted,
 * and the next round goes on. The two files differ in one name of ten, so which version is visible
 * can be told from the names.
 */
describe('partner-graph import killed (kill -9) at random points', () => {
  let context: INestApplicationContext;
  let neo4j: Neo4jService;
  let watchlists: WatchlistsService;
  let env: NodeJS.ProcessEnv;
  const folder = mkdtempSync(join(tmpdir(), 'fault-kills-'));
  const listId = `test-kills-${randomUUID().slice(0, 8)}`;
  const files = { plain: join(folder, 'plain.ftm.json'), changed: join(folder, 'changed.ftm.json') };
  const expectedChanged = { plain: 0, changed: 0 };

  const visible = async (): Promise<{ entries: number; changed: number }> => {
    const [record] = await runCypher(
      neo4j,
      `MATCH (list:Watchlist {id: $listId})<-[listing:LISTED_ON]-(entry:Entity)
       WHERE listing.firstSeq <= list.activeSeq AND (listing.removedSeq IS NULL OR listing.removedSeq > list.activeSeq)
       RETURN count(*) AS entries, count(CASE WHEN entry.name ENDS WITH ' Jr' THEN 1 END) AS changed`,
      { listId },
    );
    return { entries: Number(record.entries), changed: Number(record.changed) };
  };
  const versions = async () =>
    ((await watchlists.watchlists()).find((list) => list.id === listId)?.versions ?? []).map((version) => ({
      seq: Number(version.id.split('@').pop()),
      status: version.status,
      entryCount: version.entryCount,
    }));

  beforeAll(async () => {
    ({ env, context } = await builtCliContext());
    neo4j = context.get(Neo4jService);
    watchlists = context.get(WatchlistsService);
    await generateFtmFile({ path: files.plain, size: ENTITIES, seed: 41 });
    await generateFtmFile({ path: files.changed, size: ENTITIES, seed: 41, modifyEvery: 10 });
    expectedChanged.plain = changedNames(files.plain);
    expectedChanged.changed = changedNames(files.changed);
  }, 600_000);

  afterAll(async () => {
    if (neo4j) {
      await removeLists(neo4j, [listId]);
    }
    await context?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it(`keeps the previous version intact through ${KILLS} kills and completes the next import`, async () => {
    // A first complete import, timed: the kills are spread over its length.
    const started = Date.now();
    const first = await startImport(env, files.plain, listId).done;
    const fullMs = Date.now() - started;
    expect(first.code, first.stderr).toBe(0);
    expect(await visible()).toEqual({ entries: expect.any(Number), changed: 0 });
    const entries = (await visible()).entries;
    expect(entries).toBeGreaterThan(ENTITIES * 0.9);
    let active: 'plain' | 'changed' = 'plain';
    const random = seededRandom(Number(process.env.FAULT_SEED ?? Date.now() % 100_000));
    const outcomes: string[] = [];

    for (let round = 0; round < KILLS; round++) {
      const next: 'plain' | 'changed' = active === 'plain' ? 'changed' : 'plain';
      const before = await versions();
      // Kill moments spread over the import's length, one random moment in each stretch, except that the
      // first kill waits for the new version to be writing: the kill that matters most happens in every
      // run, however short.
      const stretch = (fullMs * 1.1) / KILLS;
      let delay = Math.round(300 + (round + random()) * stretch);
      const attempt = startImport(env, files[next], listId);
      const sent = Date.now();
      if (round === 0) {
        while (
          !(await versions()).some(
            (version) => version.status === 'importing' && !before.some((old) => old.seq === version.seq),
          ) &&
          Date.now() - sent < fullMs * 3
        ) {
          await sleep(100);
        }
        delay = Date.now() - sent;
      } else {
        await sleep(delay);
      }
      attempt.kill();
      const ended = await attempt.done;
      const after = await versions();
      const newest = after.find((version) => !before.some((old) => old.seq === version.seq));
      const activeVersion = after.find((version) => version.status === 'active');
      // Where the kill fell, read from what the graph holds.
      const phase =
        ended.signal === null
          ? 'after the end'
          : newest === undefined
            ? 'start-up or parse'
            : newest.status === 'active'
              ? 'after activation'
              : 'write';
      if (newest?.status === 'active') {
        active = next;
      }
      outcomes.push(`${delay} ms: ${phase}`);

      // Exactly one version active, and the reader sees it whole: its entries and its names.
      expect(after.filter((version) => version.status === 'active')).toHaveLength(1);
      expect(await visible(), `round ${round}, killed at ${delay} ms (${phase})`).toEqual({
        entries,
        changed: expectedChanged[active],
      });
      expect(activeVersion!.entryCount).toBe(entries);
      if (newest !== undefined && newest.status === 'importing') {
        const aborted = await run(process.execPath, [CLI, 'abort-import', listId, '--force'], env);
        expect(aborted.code, aborted.stderr).toBe(0);
      }
    }
    process.stderr.write(`[faults] kills (full import ${fullMs} ms): ${outcomes.join('; ')}\n`);

    // The next import completes, whichever file was left active.
    const next: 'plain' | 'changed' = active === 'plain' ? 'changed' : 'plain';
    const last = await startImport(env, files[next], listId).done;
    expect(last.code, last.stderr).toBe(0);
    expect(JSON.parse(last.stdout)).toMatchObject({ status: 'imported' });
    expect(await visible()).toEqual({ entries, changed: expectedChanged[next] });
    const final = await versions();
    expect(final.filter((version) => version.status === 'active')).toHaveLength(1);
    expect(final.filter((version) => version.status === 'importing')).toEqual([]);
    expect(outcomes.filter((outcome) => outcome.endsWith('write')).length).toBeGreaterThan(0);
  }, 1_800_000);

  it('refuses input with garbage in the middle (--strict), naming the file and line, and stores nothing', async () => {
    const garbageList = `${listId}-garbage`;
    const lines = readFileSync(files.plain, 'utf8').split('\n').slice(0, 500);
    lines.splice(
      250,
      0,
      '{"id": "broken", "schema": "Company", "properties": {"name": ["Trunc',
      '\u0000\u0001 garbage',
    );
    const file = join(folder, 'garbage.ftm.json');
    writeFileSync(file, lines.join('\n'));

    const result = await startImport(env, file, garbageList, ['--strict']).done;

    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('garbage.ftm.json');
    expect(result.stderr).toMatch(/line 251\b/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    try {
      const [stored] = await runCypher(
        neo4j,
        `OPTIONAL MATCH (list:Watchlist {id: $listId})
         OPTIONAL MATCH (entry:Entity) WHERE entry.id STARTS WITH $prefix
         RETURN list.activeSeq AS activeSeq, count(entry) AS entries`,
        { listId: garbageList, prefix: `${garbageList}:` },
      );
      expect(stored.activeSeq).toBeNull();
      expect(Number(stored.entries)).toBe(0);
    } finally {
      await removeLists(neo4j, [garbageList]);
    }
  }, 300_000);
});
