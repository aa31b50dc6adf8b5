/**
 * `npm run bench:load`: a mixed workload against one API process, then against two replicas behind
 * a round-robin proxy, on the local Neo4j named by NEO4J_LOCAL_PORT and NEO4J_LOCAL_DATA_DIR (started
 * here if it is not running; give your own, never the default port of a running app). The API is
 * the built app (`node dist/cli/main.js up`, which migrates, seeds and imports the sample lists the
 * first time, then `serve` for the second replica); the load generator and the proxy are processes
 * of their own. Prints throughput, p50/p95/p99, errors and the RSS of each API process and of Neo4j
 * at the start, middle and end of each phase.
 *
 * Each API's own metrics (`/metrics`: prom-client's event-loop delay from perf_hooks'
 * monitorEventLoopDelay, GC time, heap) are read at the start, middle and end of each phase, so the
 * summary says whether the API's event loop stalled, and whether its memory grew on the heap or
 * outside it.
 *
 * Each phase is preceded by a warm-up at the same rate, LOAD_WARMUP_SECONDS long (default 60; 0 for
 * none), reported apart and not counted: a Neo4j started moments before answers its first queries of
 * each part of the graph slowly (seconds each, while its JVM compiles), so an unwarmed run measures
 * the start, not the steady state (2026-12-01: 664 errors, all in the first 40 s of 600).
 *
 * LOAD_SECONDS (default 600) per phase, LOAD_RATE (default 50 requests/s), LOAD_REPLICAS ("1,2":
 * which phases to run), LOAD_PORT (default random 4100-4999: first API; +1 second API, +2 proxy),
 * LOAD_WORKLOAD (a workload file of an earlier run, to send the same requests again; default: new
 * names drawn from the graph), LOAD_API_NODE_ARGS (extra node flags for the API processes, such as
 * `--cpu-prof --cpu-prof-dir=.data/profiles` to profile them under load).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { findProjectRoot } from '../src/common/project-root';
import { BenchProcesses, sleep, startBenchNeo4j, waitReady, withDatabaseSession } from './lib/api-processes';
import type { LoadSummary, Workload } from './load-generator';

const root = findProjectRoot();
const seconds = Number(process.env.LOAD_SECONDS ?? 600);
const warmUpSeconds = Number(process.env.LOAD_WARMUP_SECONDS ?? 60);
const rate = Number(process.env.LOAD_RATE ?? 50);
const phases = (process.env.LOAD_REPLICAS ?? '1,2').split(',').map(Number);
const basePort = Number(process.env.LOAD_PORT ?? 4100 + Math.floor(Math.random() * 800));
const apiNodeArgs = (process.env.LOAD_API_NODE_ARGS ?? '').split(/\s+/).filter((arg) => arg !== '');
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

/** The figures of one API process's `/metrics` read at one moment. */
interface ApiMetrics {
  /** Event-loop delay since the previous read (prom-client resets its histogram on each read), ms. */
  eventLoopDelayMs: { p50: number; p99: number; max: number; mean: number };
  /** GC pause time so far, ms, by kind (minor, major, incremental, weakcb). */
  gcMs: Record<string, number>;
  heapUsedMb: number;
  externalMb: number;
  rssMb: number;
}

/** Reads an API's Prometheus metrics (local mode: loopback callers are let in); null when it does not answer. */
async function readApiMetrics(url: string): Promise<ApiMetrics | null> {
  try {
    const response = await fetch(`${url}/metrics`);
    if (response.status !== 200) {
      return null;
    }
    const values = new Map<string, number>();
    for (const line of (await response.text()).split('\n')) {
      const match = /^partner_graph_(\S+) (\S+)$/.exec(line);
      if (match) {
        values.set(match[1], Number(match[2]));
      }
    }
    const milliseconds = (name: string) => Math.round((values.get(name) ?? Number.NaN) * 1e4) / 10;
    const megabytes = (name: string) => Math.round((values.get(name) ?? Number.NaN) / 1024 / 1024);
    const gcMs: Record<string, number> = {};
    for (const [name, value] of values) {
      const gc = /^nodejs_gc_duration_seconds_sum\{kind="(\w+)"\}$/.exec(name);
      if (gc) {
        gcMs[gc[1]] = Math.round(value * 1000);
      }
    }
    return {
      eventLoopDelayMs: {
        p50: milliseconds('nodejs_eventloop_lag_p50_seconds'),
        p99: milliseconds('nodejs_eventloop_lag_p99_seconds'),
        max: milliseconds('nodejs_eventloop_lag_max_seconds'),
        mean: milliseconds('nodejs_eventloop_lag_mean_seconds'),
      },
      gcMs,
      heapUsedMb: megabytes('nodejs_heap_size_used_bytes'),
      externalMb: megabytes('nodejs_external_memory_bytes'),
      rssMb: megabytes('process_resident_memory_bytes'),
    };
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
  /** The warm-up before the phase (null without one): reported, not counted. */
  warmUp: LoadSummary | null;
  load: LoadSummary;
  rssMb: Record<string, Array<number | null>>;
  /** Each API's metrics at the start, middle and end of the phase. */
  apiMetrics: Record<string, Array<ApiMetrics | null>>;
  /** The machine's 1-minute load average at the start, middle and end. */
  loadAverage: number[];
}

/** Runs the load generator against `target` at the bench's rate for `forSeconds`; its summary. */
async function startGenerator(target: string, forSeconds: number, workloadFile: string): Promise<LoadSummary> {
  const generator = processes.start(
    'generator',
    [join(__dirname, 'load-generator.js'), target, String(rate), String(forSeconds), workloadFile],
    process.env,
    { echoStdout: false },
  );
  let output = '';
  generator.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number>((resolve) => generator.on('exit', (exit) => resolve(exit ?? -1)));
  if (code !== 0) {
    throw new Error(`the load generator exited with ${code}`);
  }
  return JSON.parse(output.trim().split('\n').pop()!) as LoadSummary;
}

async function runPhase(
  replicas: number,
  target: string,
  pids: Record<string, number | null>,
  apis: Record<string, string>,
  workloadFile: string,
): Promise<PhaseResult> {
  let warmUp: LoadSummary | null = null;
  if (warmUpSeconds > 0) {
    process.stderr.write(`\n== warm-up, not counted: ${rate} req/s for ${warmUpSeconds} s against ${target}\n`);
    warmUp = await startGenerator(target, warmUpSeconds, workloadFile);
  }
  process.stderr.write(`\n== ${replicas} API process(es): ${rate} req/s for ${seconds} s against ${target}\n`);
  const rss: Record<string, Array<number | null>> = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [name, [rssMb(pid)]]),
  );
  const apiMetrics: Record<string, Array<ApiMetrics | null>> = Object.fromEntries(
    Object.keys(apis).map((name) => [name, []]),
  );
  const loadAverage: number[] = [];
  const readAll = async (): Promise<void> => {
    loadAverage.push(Math.round(loadavg()[0] * 100) / 100);
    for (const [name, url] of Object.entries(apis)) {
      apiMetrics[name].push(await readApiMetrics(url));
    }
  };
  // The first read also empties the event-loop histogram of what happened before the phase.
  await readAll();
  const generator = startGenerator(target, seconds, workloadFile);
  await sleep((seconds * 1_000) / 2);
  for (const [name, pid] of Object.entries(pids)) {
    rss[name].push(rssMb(pid));
  }
  await readAll();
  const load = await generator;
  for (const [name, pid] of Object.entries(pids)) {
    rss[name].push(rssMb(pid));
  }
  await readAll();
  return {
    replicas,
    warmUp,
    load,
    rssMb: rss,
    apiMetrics,
    loadAverage,
  };
}

/** One API's event-loop delay in each half of the phase, GC time in each half, and its memory at each read. */
function reportApi(name: string, reads: Array<ApiMetrics | null>): string[] {
  if (reads.length < 3 || reads.some((read) => read === null)) {
    return [`  ${name}: metrics not read`];
  }
  const [start, middle, end] = reads as ApiMetrics[];
  const delay = (read: ApiMetrics) =>
    `p50 ${read.eventLoopDelayMs.p50}, p99 ${read.eventLoopDelayMs.p99}, max ${read.eventLoopDelayMs.max} ms`;
  const gc = (from: ApiMetrics, to: ApiMetrics) =>
    Object.keys(to.gcMs)
      .map((kind) => `${kind} ${to.gcMs[kind] - (from.gcMs[kind] ?? 0)}`)
      .join(', ');
  return [
    `  ${name} event-loop delay: first half ${delay(middle)}; second half ${delay(end)}`,
    `  ${name} GC pauses (ms): first half ${gc(start, middle)}; second half ${gc(middle, end)}`,
    `  ${name} heap used / external / RSS MB at start, middle, end: ${[start, middle, end]
      .map((read) => `${read.heapUsedMb} / ${read.externalMb} / ${read.rssMb}`)
      .join('; ')}`,
  ];
}

function report(result: PhaseResult): string {
  const { load } = result;
  const { warmUp } = result;
  const lines = [
    ...(warmUp
      ? [
          `warm-up before it, not counted: ${warmUp.seconds} s, sent ${warmUp.sent}, errors ${warmUp.errors}, p50 ${warmUp.latencyMs.p50} ms, p99 ${warmUp.latencyMs.p99} ms`,
        ]
      : []),
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
    ...Object.entries(result.apiMetrics).flatMap(([name, reads]) => reportApi(name, reads)),
    `  load average (1 min) at start / middle / end: ${result.loadAverage.join(' / ')}`,
    `  latency p95 by 10 s window, ms: ${load.windows.map((window) => window.p95).join(' ')}`,
    ...load.failures.map(
      (failure) =>
        `  failed: ${failure.error} at ${failure.atSecond} s: ${failure.request.path} ${failure.request.body.slice(0, 200)} -> ${failure.status ?? 'no answer'} ${(failure.response ?? '').slice(0, 300)}`,
    ),
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
    const first = processes.startApi('api-1', 'up', basePort, apiNodeArgs);
    await waitReady(urls[0], 'the first API', API_READY_TIMEOUT_MS);
    const reuse = process.env.LOAD_WORKLOAD;
    if (reuse && !existsSync(reuse)) {
      throw new Error(`LOAD_WORKLOAD ${reuse} does not exist`);
    }
    const workload = reuse ? (JSON.parse(readFileSync(reuse, 'utf8')) as Workload) : await buildWorkload();
    const workloadFile = join(root, '.data', 'bench-load-workload.json');
    mkdirSync(join(root, '.data'), { recursive: true });
    writeFileSync(workloadFile, JSON.stringify(workload));
    process.stderr.write(
      `Workload: ${workload.names.length} names, ${workload.entityIds.length} graph entities; Neo4j ${neo4j.outcome} (pid ${neo4jPid})\n`,
    );
    if (phases.includes(1)) {
      results.push(
        await runPhase(1, urls[0], { 'api-1': first.pid ?? null, neo4j: neo4jPid }, { 'api-1': urls[0] }, workloadFile),
      );
    }
    if (phases.includes(2)) {
      const second = processes.startApi('api-2', 'serve', basePort + 1, apiNodeArgs);
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
          { 'api-1': urls[0], 'api-2': urls[1] },
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
