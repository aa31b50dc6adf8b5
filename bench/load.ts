/**
 * `npm run bench:load`: a mixed workload against one API process, then against two replicas behind
 * a round-robin proxy, on the local Neo4j named by NEO4J_LOCAL_PORT and NEO4J_LOCAL_DATA_DIR (started
 * here if it is not running; give your own, never the default port of a running app). The API is
 * the built app (`node dist/cli/main.js up`, which migrates, seeds and imports the sample lists the
 * first time, then `serve` for the second replica); the load generator and the proxy are processes
 * of their own. Prints throughput, p50/p95/p99, errors and the RSS of each API process and of Neo4j
 * at the start, middle and end of each phase.
 *
 * LOAD_SECONDS (default 600) per phase, LOAD_RATE (default 50 requests/s), LOAD_REPLICAS ("1,2":
 * which phases to run), LOAD_PORT (default random 4100-4999: first API; +1 second API, +2 proxy).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../src/common/project-root';
import { BenchProcesses, sleep, startBenchNeo4j, waitReady, withDatabaseSession } from './lib/api-processes';
import type { LoadSummary, Workload } from './load-generator';

const root = findProjectRoot();
const seconds = Number(process.env.LOAD_SECONDS ?? 600);
const rate = Number(process.env.LOAD_RATE ?? 50);
const phases = (process.env.LOAD_REPLICAS ?? '1,2').split(',').map(Number);
const basePort = Number(process.env.LOAD_PORT ?? 4100 + Math.floor(Math.random() * 800));
/** The first start migrates, seeds and imports the sample lists: it may take many minutes on a loaded machine. */
const API_READY_TIMEOUT_MS = 1_800_000;

/** Resident set size of a process in MB, from /proc (Linux). */
function rssMb(pid: number | null | undefined): number | null {
  if (!pid) {
    return null;
  }
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('VmRSS:'));
    return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : null;
  } catch {
    return null;
  }
}

const processes = new BenchProcesses();

/** Names (list entries and graph entities) and graph entity ids (for riskPaths) from the database. */
function buildWorkload(): Promise<Workload> {
  return withDatabaseSession(async (session) => {
    const names = await session.run(
      `MATCH (entity:Entity) WHERE entity.name IS NOT NULL
       WITH entity, rand() AS order ORDER BY order LIMIT 5000
       RETURN entity.name AS name`,
    );
    const ids = await session.run(
      `MATCH (entity:Entity)-[relationship]->(:Entity)
       WHERE NOT type(relationship) IN ['LISTED_ON', 'SAME_AS'] AND NOT entity.id CONTAINS '@'
       WITH DISTINCT entity LIMIT 2000
       RETURN entity.id AS id`,
    );
    return {
      names: names.records.map((record) => String(record.get('name'))),
      entityIds: ids.records.map((record) => String(record.get('id'))),
    };
  });
}

interface PhaseResult {
  replicas: number;
  load: LoadSummary;
  rssMb: Record<string, Array<number | null>>;
}

async function runPhase(
  replicas: number,
  target: string,
  pids: Record<string, number | null>,
  workloadFile: string,
): Promise<PhaseResult> {
  process.stderr.write(`\n== ${replicas} API process(es): ${rate} req/s for ${seconds} s against ${target}\n`);
  const rss: Record<string, Array<number | null>> = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [name, [rssMb(pid)]]),
  );
  const generator = processes.start(
    'generator',
    [join(__dirname, 'load-generator.js'), target, String(rate), String(seconds), workloadFile],
    process.env,
    { echoStdout: false },
  );
  let output = '';
  generator.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const finished = new Promise<number>((resolve) => generator.on('exit', (code) => resolve(code ?? -1)));
  await sleep((seconds * 1_000) / 2);
  for (const [name, pid] of Object.entries(pids)) {
    rss[name].push(rssMb(pid));
  }
  const code = await finished;
  for (const [name, pid] of Object.entries(pids)) {
    rss[name].push(rssMb(pid));
  }
  if (code !== 0) {
    throw new Error(`the load generator exited with ${code}`);
  }
  return { replicas, load: JSON.parse(output.trim().split('\n').pop()!) as LoadSummary, rssMb: rss };
}

function report(result: PhaseResult): string {
  const { load } = result;
  const lines = [
    `${result.replicas} API process(es), target ${load.rateTarget} req/s for ${load.seconds} s:`,
    `  sent ${load.sent}, answered ${load.answered}, throughput ${load.throughput} req/s, errors ${load.errors}${load.errors > 0 ? ` ${JSON.stringify(load.errorKinds)}` : ''}`,
    `  latency p50 ${load.latencyMs.p50} ms, p95 ${load.latencyMs.p95} ms, p99 ${load.latencyMs.p99} ms, max ${load.latencyMs.max} ms`,
    ...Object.entries(load.byKind).map(
      ([kind, value]) =>
        `    ${kind}: ${value.count} requests, p50 ${value.p50}, p95 ${value.p95}, p99 ${value.p99} ms`,
    ),
    `  RSS MB at start / middle / end: ${Object.entries(result.rssMb)
      .map(([name, values]) => `${name} ${values.join(' / ')}`)
      .join('; ')}`,
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const neo4j = await startBenchNeo4j();
  const neo4jPid = neo4j.pid;
  const urls = [`http://127.0.0.1:${basePort}`, `http://127.0.0.1:${basePort + 1}`];
  const results: PhaseResult[] = [];
  try {
    // The first process prepares the graph (migrations, seed, sample lists) the first time, then serves.
    const first = processes.startApi('api-1', 'up', basePort);
    await waitReady(urls[0], 'the first API', API_READY_TIMEOUT_MS);
    const workload = await buildWorkload();
    const workloadFile = join(root, '.data', 'bench-load-workload.json');
    mkdirSync(join(root, '.data'), { recursive: true });
    writeFileSync(workloadFile, JSON.stringify(workload));
    process.stderr.write(
      `Workload: ${workload.names.length} names, ${workload.entityIds.length} graph entities; Neo4j ${neo4j.outcome} (pid ${neo4jPid})\n`,
    );
    if (phases.includes(1)) {
      results.push(await runPhase(1, urls[0], { 'api-1': first.pid ?? null, neo4j: neo4jPid }, workloadFile));
    }
    if (phases.includes(2)) {
      const second = processes.startApi('api-2', 'serve', basePort + 1);
      await waitReady(urls[1], 'the second API', API_READY_TIMEOUT_MS);
      const proxy = processes.start(
        'proxy',
        [join(__dirname, 'load-proxy.js'), String(basePort + 2), ...urls],
        process.env,
      );
      await sleep(1_000);
      results.push(
        await runPhase(
          2,
          `http://127.0.0.1:${basePort + 2}`,
          { 'api-1': first.pid ?? null, 'api-2': second.pid ?? null, proxy: proxy.pid ?? null, neo4j: neo4jPid },
          workloadFile,
        ),
      );
    }
  } finally {
    await processes.stopAll();
    await neo4j.stop();
  }
  const text = results.map(report).join('\n\n');
  process.stdout.write(`\n${new Date().toISOString()} bench:load\n${text}\n`);
  writeFileSync(join(root, '.data', 'bench-load-result.json'), JSON.stringify(results, null, 2));
}

main().catch(async (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  processes.killAll();
  process.exit(1);
});
