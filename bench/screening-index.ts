/**
 * Candidate-index speed and memory on a synthetic list (deterministic seed): names in Latin,
 * Cyrillic, Arabic and Chinese scripts, persons and organisations, with aliases.
 * Prints build time, memory per indexed name, single-query p50/p95/p99 and batch throughput on one
 * thread and on `--workers` threads (default 2, one index each: how replicas on the cores scale).
 *
 * CPU time per query (process.cpuUsage, GC included) is printed beside the wall-clock latencies: on a
 * shared machine it is the fairer figure. With `--out FILE` every single query's results are written
 * as one JSON line, to compare two versions of the index at this size (the answers must not change).
 *
 * With `--phases` the searches are timed by phase (see bench/lib/search-phases.ts) and the split of
 * the queries between p40 and p60 (the median's neighbourhood), of all and of the slowest 1% is
 * printed: a profiling run, its latencies carry the clocks' own cost.
 *
 * The index is filled as the API fills it, `add` one entry after the other; with `--prepare-thread` names are
 * prepared on a second thread while this one stores them (`CandidateIndex.loader`), the same index.
 *
 * With `--towns` every organisation entry is given one town (`IndexEntry.towns`, since rules 1.141.0) of a pool of
 * TOWN_POOL made-up towns, as a registry's records carry theirs: the memory the towns cost, at most.
 *
 *   npm run bench:screening:index -- --size 1000000 [--queries 5000] [--workers 2] [--out FILE] [--show-slowest] [--phases] [--prepare-thread] [--towns]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CandidateIndex, type IndexEntry, type MatchQuery, type SearchStats } from '../src/matching';
import { isRegistrationCode } from '../src/matching/identifier-names';
import { getReferenceData } from '../src/matching/reference-data';
import { installPhases, NESTED, PHASES, resetPhases, spent, type Phase } from './lib/search-phases';
import { Generator, random, typo } from './lib/synthetic-list';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

function heapUsed(): number {
  global.gc?.();
  global.gc?.();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

interface Workload {
  index: CandidateIndex;
  /** Seconds (wall, CPU) to load the name reference data, before the timed build. */
  referenceLoad: [number, number];
  sample: IndexEntry[];
  addTime: number;
  buildTime: number;
  /** CPU time (process.cpuUsage, GC included) of the add loop, generating the entries included, and of `build`. */
  addLoopCpu: number;
  buildCpu: number;
}

/** How many distinct towns `--towns` gives the organisations (ROR's 110,000 records name about 15,000). */
const TOWN_POOL = 20_000;

/** The generator's entry `id`, with a town when `--towns` asks for them and it is an organisation's. */
function withTown(entry: IndexEntry, id: number): IndexEntry {
  return process.argv.includes('--towns') && entry.schema !== 'Person'
    ? { ...entry, towns: [`Town ${(id * 7919) % TOWN_POOL}`] }
    : entry;
}

/** The synthetic list, its index and the sample entries queries are made from (deterministic). */
async function buildWorkload(size: number, queryCount: number, oneThread: boolean): Promise<Workload> {
  // The name reference data is loaded once per process, before any index is built (the app at start,
  // from the build's JSON copy in milliseconds; here from the YAML and ICU): timed apart, not as the
  // first entry's share of the build.
  const referenceStarted = process.hrtime.bigint();
  const referenceCpuStarted = cpuMicros();
  getReferenceData();
  isRegistrationCode('EP-ABC');
  const referenceLoad: [number, number] = [
    Number(process.hrtime.bigint() - referenceStarted) / 1e9,
    (cpuMicros() - referenceCpuStarted) / 1e6,
  ];
  const generator = new Generator(42);
  const index = new CandidateIndex();
  const sample: IndexEntry[] = [];
  let addTime = 0;
  const addLoopStarted = cpuMicros();
  if (oneThread) {
    for (let id = 0; id < size; id++) {
      const entry = withTown(generator.entry(id), id);
      if (id % Math.max(1, Math.floor(size / queryCount)) === 0) {
        sample.push(entry);
      }
      const started = process.hrtime.bigint();
      index.add(entry);
      addTime += Number(process.hrtime.bigint() - started) / 1e6;
    }
  } else {
    // The entries are made first (not timed, as the one-thread loop times only `add`), then loaded: names
    // prepared on a worker thread while this one stores them (`CandidateIndex.loader`).
    const entries: IndexEntry[] = [];
    for (let id = 0; id < size; id++) {
      const entry = withTown(generator.entry(id), id);
      if (id % Math.max(1, Math.floor(size / queryCount)) === 0) {
        sample.push(entry);
      }
      entries.push(entry);
    }
    const started = process.hrtime.bigint();
    const loader = index.loader();
    for (let at = 0; at < entries.length; at++) {
      loader.add(entries[at]);
      if (at % 2_000 === 1_999) {
        // As the API's fill does between pages: the batches prepared are stored meanwhile.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    entries.length = 0;
    await loader.finish();
    addTime = Number(process.hrtime.bigint() - started) / 1e6;
  }
  const addLoopCpu = (cpuMicros() - addLoopStarted) / 1e6;
  const buildCpuStarted = cpuMicros();
  const buildStarted = process.hrtime.bigint();
  index.build();
  const buildTime = Number(process.hrtime.bigint() - buildStarted) / 1e6;
  const buildCpu = (cpuMicros() - buildCpuStarted) / 1e6;
  return { index, sample, referenceLoad, addTime, buildTime, addLoopCpu, buildCpu };
}

async function main(): Promise<void> {
  const oneThread = !process.argv.includes('--prepare-thread');
  const size = argument('size', 1_000_000);
  const queryCount = argument('queries', 5_000);
  if (!global.gc) {
    console.warn('Run with --expose-gc for exact memory figures.');
  }
  const heapBefore = heapUsed();
  const rssBefore = process.memoryUsage().rss;
  const { index, sample, referenceLoad, addTime, buildTime, addLoopCpu, buildCpu } = await buildWorkload(
    size,
    queryCount,
    oneThread,
  );
  const sampleNames = sample.reduce((sum, entry) => sum + entry.names.length, 0);
  const heapAfter = heapUsed();
  const rssAfter = process.memoryUsage().rss;
  const names = index.nameCount;
  console.log(`entries ${size.toLocaleString()}, indexed names ${names.toLocaleString()}`);
  console.log(
    `reference data (before the build, once per process): ${referenceLoad[0].toFixed(1)} s, CPU ${referenceLoad[1].toFixed(1)} s`,
  );
  console.log(
    `build: ${((addTime + buildTime) / 1000).toFixed(1)} s (add ${(addTime / 1000).toFixed(1)} s, build ${(buildTime / 1000).toFixed(1)} s;` +
      ` ${oneThread ? 'one thread' : 'names prepared on a second thread'});` +
      ` CPU: add loop ${addLoopCpu.toFixed(1)} s (generating the entries included${oneThread ? '' : ', both threads'}), build ${buildCpu.toFixed(1)} s (load ${loadavg()[0].toFixed(2)})`,
  );
  console.log(
    `memory: heap+buffers ${((heapAfter - heapBefore) / 1e6).toFixed(0)} MB = ${((heapAfter - heapBefore) / names).toFixed(0)} bytes/name` +
      ` (incl. ${sampleNames.toLocaleString()} sample names kept for queries); RSS delta ${((rssAfter - rssBefore) / 1e6).toFixed(0)} MB = ${((rssAfter - rssBefore) / names).toFixed(0)} bytes/name`,
  );

  const queries = queriesFor(sample);
  measure(index, queries);
}

interface BenchQuery {
  kind: string;
  query: MatchQuery;
  expected?: string;
}

function queriesFor(sample: IndexEntry[]): BenchQuery[] {
  const next = random(7);
  const absent = new Generator(99);
  return sample.map((entry, position) => {
    const kind = ['exact', 'typo', 'reordered', 'absent'][position % 4];
    const name = entry.names[0];
    switch (kind) {
      case 'exact':
        return { kind, query: { name, schema: entry.schema }, expected: entry.entityId };
      case 'typo':
        return { kind, query: { name: typo(name, next), schema: entry.schema }, expected: entry.entityId };
      case 'reordered':
        return {
          kind,
          query: { name: name.split(' ').reverse().join(' '), schema: entry.schema },
          expected: entry.entityId,
        };
      default: {
        const other = absent.entry(position);
        return { kind, query: { name: `${other.names[0]} ${absent.word(2, 3)}`, schema: other.schema } };
      }
    }
  });
}

function measure(index: CandidateIndex, queries: BenchQuery[]): void {
  const phases = process.argv.includes('--phases');
  if (phases) {
    installPhases();
  }
  const split: { latency: number; spent: Record<Phase, number> }[] = [];
  // Warm-up: JIT and caches.
  for (const { query } of queries.slice(0, 500)) {
    index.search(query);
  }
  const latencies: number[] = [];
  const cpu: number[] = [];
  const lines: string[] = [];
  const found: Record<string, [number, number]> = {};
  const shapes: QueryShape[] = [];
  const loadBefore = loadavg()[0];
  for (const { kind, query, expected } of queries) {
    resetPhases();
    const cpuStarted = cpuMicros();
    const started = process.hrtime.bigint();
    const results = index.search(query, { limit: 5 });
    const latency = Number(process.hrtime.bigint() - started) / 1e6;
    if (phases) {
      split.push({ latency, spent: { ...spent } });
    }
    latencies.push(latency);
    cpu.push(cpuMicros() - cpuStarted);
    shapes.push({ kind, name: query.name, latency, cpu: cpu[cpu.length - 1], ...index.lastSearch });
    lines.push(JSON.stringify({ query, results }));
    const tally = (found[kind] ??= [0, 0]);
    tally[1]++;
    if (expected ? results[0]?.entityId === expected : !results.some((result) => result.match)) {
      tally[0]++;
    }
  }
  latencies.sort((a, b) => a - b);
  printShapes(shapes);
  if (phases) {
    printPhases(split);
  }
  console.log(
    `single query (${latencies.length}): p50 ${percentile(latencies, 0.5).toFixed(3)} ms, p95 ${percentile(latencies, 0.95).toFixed(3)} ms, p99 ${percentile(latencies, 0.99).toFixed(3)} ms, max ${latencies[latencies.length - 1].toFixed(1)} ms`,
  );
  const meanCpu = cpu.reduce((sum, value) => sum + value, 0) / cpu.length;
  cpu.sort((a, b) => a - b);
  console.log(
    `  CPU per query: p50 ${percentile(cpu, 0.5).toFixed(0)} µs, p99 ${percentile(cpu, 0.99).toFixed(0)} µs, mean ${meanCpu.toFixed(0)} µs (load ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after)`,
  );
  const text = `${lines.join('\n')}\n`;
  console.log(`  results sha256 ${createHash('sha256').update(text).digest('hex')}`);
  const out = option('out');
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    console.log(`  results written to ${out}`);
  }
  console.log(
    `  top-1 correct (absent: no match): ${Object.entries(found)
      .map(([kind, [hits, total]]) => `${kind} ${((100 * hits) / total).toFixed(1)}%`)
      .join(', ')}`,
  );
  const batchStarted = process.hrtime.bigint();
  for (const { query } of queries) {
    index.search(query, { limit: 5 });
  }
  const batchSeconds = Number(process.hrtime.bigint() - batchStarted) / 1e9;
  console.log(`batch (one thread): ${(queries.length / batchSeconds).toFixed(0)} queries/s`);
}

/** Mean time per phase (µs) of the queries between p40 and p60 by latency, of all, and of the slowest 1%. */
function printPhases(split: { latency: number; spent: Record<Phase, number> }[]): void {
  const sorted = [...split].sort((a, b) => a.latency - b.latency);
  const line = (label: string, group: typeof split) => {
    const mean = (value: (query: (typeof split)[number]) => number) =>
      group.reduce((sum, query) => sum + value(query), 0) / Math.max(1, group.length);
    const total = mean((query) => query.latency * 1e3);
    const parts = PHASES.map((phase) => {
      const micros = mean((query) => query.spent[phase] / 1e3);
      return `${NESTED.has(phase) ? `(${phase}` : phase} ${micros.toFixed(0)} µs ${((100 * micros) / total).toFixed(0)}%${NESTED.has(phase) ? ')' : ''}`;
    });
    const other =
      total -
      mean(
        (query) =>
          PHASES.filter((phase) => !NESTED.has(phase)).reduce((sum, phase) => sum + query.spent[phase], 0) / 1e3,
      );
    console.log(
      `  phases, ${label} (${group.length}, mean ${total.toFixed(0)} µs): ${parts.join(', ')}, other ${other.toFixed(0)} µs ${((100 * other) / total).toFixed(0)}%`,
    );
  };
  line('p40-p60', sorted.slice(Math.floor(sorted.length * 0.4), Math.floor(sorted.length * 0.6)));
  line('all', sorted);
  line('slowest 1%', sorted.slice(Math.floor(sorted.length * 0.99)));
}

interface QueryShape extends SearchStats {
  kind: string;
  name: string;
  latency: number;
  cpu: number;
}

function scriptOf(name: string): string {
  return /\p{Script=Han}/u.test(name)
    ? 'han'
    : /\p{Script=Cyrillic}/u.test(name)
      ? 'cyrillic'
      : /\p{Script=Arabic}/u.test(name)
        ? 'arabic'
        : 'latin';
}

/** Names scored per search, and the shape of the slowest 1% of the queries (by CPU time): where the tail comes from. */
function printShapes(shapes: QueryShape[]): void {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const summary = (group: QueryShape[]) =>
    `touched ${mean(group.map((shape) => shape.touched)).toFixed(0)}, blocked ${mean(group.map((shape) => shape.blocked)).toFixed(1)},` +
    ` entries scored ${mean(group.map((shape) => shape.scored)).toFixed(1)} (${mean(group.map((shape) => shape.scoredNames)).toFixed(1)} names)`;
  console.log(`  per search: ${summary(shapes)}`);
  const slowest = [...shapes].sort((a, b) => b.cpu - a.cpu).slice(0, Math.max(1, Math.floor(shapes.length / 100)));
  console.log(`  slowest 1% by CPU (${slowest.length}): ${summary(slowest)}`);
  const tally = (key: (shape: QueryShape) => string) => {
    const counts = new Map<string, number>();
    slowest.forEach((shape) => counts.set(key(shape), (counts.get(key(shape)) ?? 0) + 1));
    return [...counts].map(([value, count]) => `${value} ${count}`).join(', ');
  };
  console.log(`    by kind: ${tally((shape) => shape.kind)}; by script: ${tally((shape) => scriptOf(shape.name))}`);
  console.log(`    by words: ${tally((shape) => `${shape.name.split(/\s+/).length}w`)}`);
  if (process.argv.includes('--show-slowest')) {
    for (const shape of slowest) {
      console.log(
        `    ${shape.cpu.toFixed(0)} µs ${shape.kind} ${scriptOf(shape.name)} len ${shape.name.length} "${shape.name}": touched ${shape.touched}, blocked ${shape.blocked}, scored ${shape.scored} (${shape.scoredNames} names)`,
      );
    }
  }
}

/**
 * Batch throughput on several cores: each worker thread builds its own index (as API replicas
 * would), then all screen their share of the queries at the same moment.
 */
async function measureWorkers(workers: number, size: number, queryCount: number, rounds: number): Promise<void> {
  const started = Date.now();
  const threads = Array.from(
    { length: workers },
    (_, position) => new Worker(__filename, { workerData: { size, queryCount, position, workers, rounds } }),
  );
  await Promise.all(threads.map((thread) => new Promise((resolve) => thread.once('message', resolve))));
  const buildSeconds = (Date.now() - started) / 1000;
  const go = process.hrtime.bigint();
  const done = threads.map((thread) => new Promise<number>((resolve) => thread.once('message', resolve)));
  threads.forEach((thread) => thread.postMessage('go'));
  const counts = await Promise.all(done);
  const seconds = Number(process.hrtime.bigint() - go) / 1e9;
  const total = counts.reduce((sum, count) => sum + count, 0);
  console.log(
    `batch (${workers} threads, one index each, built in parallel in ${buildSeconds.toFixed(0)} s): ${(total / seconds).toFixed(0)} queries/s`,
  );
  await Promise.all(threads.map((thread) => thread.terminate()));
}

async function workerMain(): Promise<void> {
  const { size, queryCount, position, workers, rounds } = workerData as Record<string, number>;
  // (One index per thread, each built on its own thread: the threads measure queries, not the build.)
  const { index, sample } = await buildWorkload(size, queryCount, true);
  const share = queriesFor(sample).filter((_, index_) => index_ % workers === position);
  for (const { query } of share.slice(0, 200)) {
    index.search(query);
  }
  parentPort!.postMessage('ready');
  parentPort!.once('message', () => {
    for (let round = 0; round < rounds; round++) {
      for (const { query } of share) {
        index.search(query, { limit: 5 });
      }
    }
    parentPort!.postMessage(share.length * rounds);
  });
}

if (isMainThread) {
  void main().then(() => {
    const workers = argument('workers', 2);
    if (workers > 1) {
      void measureWorkers(workers, argument('size', 1_000_000), argument('queries', 5_000), 2);
    }
  });
} else {
  void workerMain();
}
