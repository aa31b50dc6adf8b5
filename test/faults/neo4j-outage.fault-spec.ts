import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFtmFile } from '../../bench/import-generator';
import { findProjectRoot } from '../../src/common/project-root';
import { LocalNeo4j } from '../../src/neo4j/local-neo4j';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { WatchlistsService } from '../../src/watchlists/watchlists.service';
import { ApiProcess, buildDist, sleep, startCli } from '../helpers/processes';
import { cliContext, prepareDatabase, testConfig } from '../helpers/test-app';

const OUTAGE_MS = Number(process.env.FAULT_OUTAGE_MS ?? 15_000);
/** Requests per second the load loop sends (mixed: screen, riskPaths, searchEntities). */
const RATE = 20;

/** The API log's unexpected errors (logged by the error mapper as `[Errors]`), each with the stack under it. */
function unexpectedErrors(log: string): string[] {
  const lines = log.split('\n');
  const found: string[] = [];
  lines.forEach((line, index) => {
    if (line.includes('[Errors]')) {
      found.push(lines.slice(index, index + 12).join('\n'));
    }
  });
  return found;
}

interface Answer {
  at: number;
  kind: string;
  status: number;
  code: string | null;
  ms: number;
}

/**
 * Neo4j stopped under load and started again, with an API process (its own OS process) serving and
 * a CLI import writing when it goes. Its own Neo4j, so the other suites are not disturbed.
 */
describe('Neo4j stopped under load and started again', () => {
  const port = Number(process.env.NEO4J_LOCAL_PORT ?? 7687) + 2;
  const dataDirectory = join(findProjectRoot(), '.data', `neo4j-outage-test-${port}`);
  const database = new LocalNeo4j({ port, dataDirectory, heapMegabytes: 768, pageCacheMegabytes: 128 });
  const folder = mkdtempSync(join(tmpdir(), 'fault-outage-'));
  const listId = `test-outage-${randomUUID().slice(0, 8)}`;
  const overrides = { NEO4J_LOCAL_PORT: String(port), NEO4J_LOCAL_DATA_DIR: dataDirectory };
  let api: ApiProcess;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    await buildDist();
    rmSync(dataDirectory, { recursive: true, force: true });
    await database.start({ detached: false });
    await prepareDatabase(testConfig(overrides));
    env = { ...process.env, ...overrides, NEO4J_URI: '', LOG_LEVEL: 'warn', LOG_FORMAT: 'text' };
    delete env.NEO4J_URI;
    api = new ApiProcess(env, 'api');
    await api.start();
  }, 300_000);

  afterAll(async () => {
    await api?.stop();
    await database.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  });

  const request = async (kind: string, partnerId: string): Promise<Answer> => {
    const started = Date.now();
    try {
      if (kind === 'screen') {
        const response = await api.post<{ reason?: string }>('/api/screen', { name: 'Harbin Engineering University' });
        return {
          at: started,
          kind,
          status: response.status,
          code: response.body.reason ?? null,
          ms: Date.now() - started,
        };
      }
      const query =
        kind === 'riskPaths'
          ? 'query ($id: ID!) { riskPaths(entityId: $id, maxHops: 4) { hops } }'
          : 'query { searchEntities(query: "harbin", limit: 5) { score } }';
      const response = await api.graphql(query, { id: partnerId });
      const error = response.errors?.[0]?.extensions as { code?: string; reason?: string } | undefined;
      return {
        at: started,
        kind,
        status: response.status,
        code: error ? (error.reason ?? error.code ?? 'ERROR') : null,
        ms: Date.now() - started,
      };
    } catch (error) {
      return { at: started, kind, status: 0, code: `socket: ${(error as Error).message}`, ms: Date.now() - started };
    }
  };

  it('answers every request with a result or 503 DATABASE_UNAVAILABLE, recovers without a restart, and half-writes nothing', async () => {
    const partner = await api.post<{ resolvedEntityIds: string[] }>('/api/screen', {
      name: 'Harbin Engineering University',
    });
    const partnerId = partner.body.resolvedEntityIds[0];
    expect(partnerId).toBeDefined();
    const pid = api.pid;
    const file = join(folder, 'outage.ftm.json');
    await generateFtmFile({ path: file, size: 100_000, seed: 3 });

    const answers: Answer[] = [];
    const pending: Array<Promise<void>> = [];
    let stop = false;
    const kinds = ['screen', 'screen', 'screen', 'screen', 'screen', 'screen', 'screen', 'riskPaths', 'riskPaths'];
    const load = (async () => {
      for (let turn = 0; !stop; turn++) {
        const kind = turn % 10 === 9 ? 'searchEntities' : kinds[turn % 10];
        pending.push(request(kind, partnerId).then((answer) => void answers.push(answer)));
        await sleep(1000 / RATE);
      }
    })();

    // An import writing when the database goes.
    const importing = startCli(['import', '--format', 'ftm', file, '--list', listId, '--json'], env);
    // Stopped once the import has begun writing its version (and a little more).
    const watcher: INestApplicationContext = await cliContext(testConfig(overrides));
    try {
      const writing = async (): Promise<boolean> =>
        (
          (await watcher.get(WatchlistsService).watchlists()).find((candidate) => candidate.id === listId)?.versions ??
          []
        ).some((version) => version.status === 'importing');
      const waitFrom = Date.now();
      while (!(await writing()) && Date.now() - waitFrom < 120_000) {
        await sleep(200);
      }
    } finally {
      await watcher.close();
    }
    await sleep(2_000);
    const stoppedAt = Date.now();
    await database.stop();
    // A loaded Neo4j takes seconds to shut down; it is down from here.
    const downAt = Date.now();
    await sleep(OUTAGE_MS);
    await database.start({ detached: false });
    const startedAt = Date.now();
    const { code: importExit, stderr } = await importing.done;
    // The load runs on for a while after the restart, then stops; recovery is then asked of each kind
    // in turn, so that it measures whether the API serves again by itself, not whether this machine
    // keeps up with the load (bench:load measures that).
    await sleep(15_000);
    stop = true;
    await load;
    await Promise.all(pending);
    let recoveredAt: number | null = null;
    while (recoveredAt === null && Date.now() - startedAt < 120_000) {
      const round: Answer[] = [];
      for (const kind of ['screen', 'riskPaths', 'searchEntities']) {
        round.push(await request(kind, partnerId));
      }
      if (round.every((answer) => answer.status === 200 && answer.code === null)) {
        recoveredAt = Date.now();
      } else {
        await sleep(1_000);
      }
    }

    const byOutcome: Record<string, number> = {};
    for (const answer of answers) {
      const key = `${answer.kind} ${answer.status} ${answer.code ?? 'ok'}`;
      byOutcome[key] = (byOutcome[key] ?? 0) + 1;
    }
    const slowest = Math.max(...answers.map((answer) => answer.ms));
    // The five slowest answers, timed from the stop (negative: sent before it), to tell a hang from a slow machine.
    const slowestFive = [...answers]
      .sort((left, right) => right.ms - left.ms)
      .slice(0, 5)
      .map(
        (answer) =>
          `${answer.kind} sent at ${answer.at - stoppedAt} ms took ${answer.ms} ms (${answer.status} ${answer.code ?? 'ok'})`,
      );
    // Per 5 s from the stop: answers sent then (ok / refused) and the slowest, to tell a slow
    // recovery from a stuck one.
    const timeline = new Map<number, { ok: number; refused: number; slowest: number }>();
    for (const answer of answers) {
      const bucket = Math.floor((answer.at - stoppedAt) / 5_000) * 5;
      const entry = timeline.get(bucket) ?? { ok: 0, refused: 0, slowest: 0 };
      if (answer.status === 200 && answer.code === null) {
        entry.ok += 1;
      } else {
        entry.refused += 1;
      }
      entry.slowest = Math.max(entry.slowest, answer.ms);
      timeline.set(bucket, entry);
    }
    const timelineText = [...timeline.entries()]
      .sort(([left], [right]) => left - right)
      .map(([bucket, entry]) => `${bucket}s ${entry.ok}/${entry.refused} ${entry.slowest}ms`)
      .join(', ');
    process.stderr.write(
      `[faults] timeline from the stop (s ok/refused slowest; Neo4j back at ${Math.round((startedAt - stoppedAt) / 1000)} s): ${timelineText}\n`,
    );
    process.stderr.write(
      `[faults] outage ${OUTAGE_MS} ms under ${RATE} req/s: ${JSON.stringify(byOutcome)}; slowest ${slowest} ms; ` +
        `recovered ${recoveredAt === null ? 'never' : `${recoveredAt - startedAt} ms`} after the start; import exit ${importExit}; ` +
        `Neo4j down ${downAt - stoppedAt} ms and back ${startedAt - stoppedAt} ms after the stop; slowest answers: ${slowestFive.join('; ')}\n` +
        `API errors logged (last 10):\n${api.log
          .split('\n')
          .filter((line) => /ERROR|INTERNAL/.test(line))
          .slice(-10)
          .join('\n')}\n` +
        `Unexpected errors (the first 3, with their stacks):\n${unexpectedErrors(api.errorLog).slice(0, 3).join('\n')}\n`,
    );

    // Every answer is a result or the clear unavailable error: no 500, no dropped socket. While the
    // database is down nothing waits on it: those answers come within seconds (before the stop and
    // after the restart an overloaded machine may be slow; that is load, not the outage).
    for (const answer of answers) {
      const clear = answer.status === 200 && answer.code === null;
      const unavailable =
        (answer.status === 503 || answer.status === 200) &&
        (answer.code === 'DATABASE_UNAVAILABLE' || answer.code === 'SERVICE_UNAVAILABLE');
      expect(clear || unavailable, JSON.stringify(answer)).toBe(true);
      if (answer.at >= downAt && answer.at < startedAt - 10_000) {
        expect(answer.ms, JSON.stringify(answer)).toBeLessThan(10_000);
      }
    }
    expect(answers.some((answer) => answer.code !== null && answer.at >= stoppedAt)).toBe(true);
    expect(recoveredAt, 'the API did not recover by itself').not.toBeNull();
    expect(api.exitCode).toBeNull();
    expect(api.pid).toBe(pid);
    // The import died with the database: a clear line, no stack.
    expect(importExit).not.toBe(0);
    expect(stderr).toMatch(/^DATABASE_UNAVAILABLE: /m);
    expect(stderr).not.toMatch(/^\s+at /m);

    // Nothing half-written is visible: the list has no active version, and none of its entries are listed.
    const context: INestApplicationContext = await cliContext(testConfig(overrides));
    try {
      const list = (await context.get(WatchlistsService).watchlists()).find((candidate) => candidate.id === listId);
      expect((list?.versions ?? []).filter((version) => version.status === 'active')).toEqual([]);
      const neo4j = context.get(Neo4jService);
      const rows = await neo4j.runStatementText(
        `MATCH (list:Watchlist {id: $listId})<-[listing:LISTED_ON]-()
         WHERE list.activeSeq IS NOT NULL AND listing.firstSeq <= list.activeSeq
         RETURN count(*) AS visible`,
        { listId },
      );
      expect(Number(rows[0].visible)).toBe(0);
    } finally {
      await context.close();
    }
  }, 600_000);
});
