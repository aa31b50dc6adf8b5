/**
 * Where the tail of the candidate index's latency goes (issue 9): builds the synthetic list of
 * bench/screening-index.ts (same seed, same queries), times every query (wall, CPU, and garbage
 * collection inside it, from the `gc` performance entries), then prints the slowest queries with
 * what they cost: names blocked, entries scored, name pairs compared, time in blocking.
 *
 *   npm run bench:build && node --expose-gc --max-old-space-size=8192 dist-bench/bench/screening-index-tail.js \
 *     [--size 1000000] [--queries 5000] [--show 50] [--state FILE] [--profile FILE]
 *
 * With `--state FILE` the built index is saved there (v8.serialize of `toState`) and read back on the next
 * run instead of being built again: for profiling changes to searching, not to the index's tables.
 * With `--profile FILE` the slowest 1% of the queries (by CPU) are searched again on a copy of the index
 * that has kept nothing between queries (as the first pass), under the CPU profiler, into FILE.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { deserialize, serialize } from 'node:v8';
import { constants, PerformanceObserver, performance, type PerformanceEntry } from 'node:perf_hooks';
import { CandidateIndex, type IndexEntry, type MatchQuery } from '../src/matching';
import {
  modeOfSchema,
  nameVariants,
  prepareName,
  type PreparedName,
  type TokenResolver,
} from '../src/matching/normalise';
import { Generator, random, typo } from './lib/synthetic-list';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

/** The private parts of the index this diagnosis reads (not part of its interface). */
interface IndexInternals {
  lookup: TokenResolver;
  blockNames(names: PreparedName[], person: boolean): number[];
  built: { nameEntry: Uint32Array; entryNameStart: Uint32Array };
}

function workload(size: number, queryCount: number, state?: string): { index: CandidateIndex; queries: MatchQuery[] } {
  const generator = new Generator(42);
  const saved = state !== undefined && existsSync(state);
  const index = saved ? CandidateIndex.fromState(deserialize(readFileSync(state))) : new CandidateIndex();
  const sample: IndexEntry[] = [];
  for (let id = 0; id < size; id++) {
    const entry = generator.entry(id);
    if (id % Math.max(1, Math.floor(size / queryCount)) === 0) {
      sample.push(entry);
    }
    if (!saved) {
      index.add(entry);
    }
  }
  if (!saved) {
    index.build();
    if (state !== undefined) {
      writeFileSync(state, serialize(index.toState()));
    }
  }
  const next = random(7);
  const absent = new Generator(99);
  const queries = sample.map((entry, position): MatchQuery => {
    const name = entry.names[0];
    switch (position % 4) {
      case 0:
        return { name, schema: entry.schema };
      case 1:
        return { name: typo(name, next), schema: entry.schema };
      case 2:
        return { name: name.split(' ').reverse().join(' '), schema: entry.schema };
      default: {
        const other = absent.entry(position);
        return { name: `${other.names[0]} ${absent.word(2, 3)}`, schema: other.schema };
      }
    }
  });
  return { index, queries };
}

/** A garbage collection: start (performance.now), duration (ms), kind (node:perf_hooks constants.NODE_PERFORMANCE_GC_*). */
interface Gc {
  start: number;
  duration: number;
  kind: number;
}

const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

function main(): void {
  const size = argument('size', 1_000_000);
  const stateIndex = process.argv.indexOf('--state');
  const { index, queries } = workload(
    size,
    argument('queries', 5_000),
    stateIndex >= 0 ? process.argv[stateIndex + 1] : undefined,
  );
  const gcs: Gc[] = [];
  const gcOf = (entry: PerformanceEntry): Gc => ({
    start: entry.startTime,
    duration: entry.duration,
    kind: (entry as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0,
  });
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcs.push(gcOf(entry));
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  for (const query of queries.slice(0, 500)) {
    index.search(query);
  }
  const lines: string[] = [];
  const timings = queries.map((query, position) => {
    const started = performance.now();
    const cpuStarted = cpuMicros();
    const results = index.search(query, { limit: 5 });
    const timing = { position, cpu: cpuMicros() - cpuStarted, started, ended: performance.now() };
    lines.push(JSON.stringify({ query, results }));
    return timing;
  });
  // The same lines as bench/screening-index.ts writes: its "results sha256" must be this one.
  console.log(
    `results sha256 ${createHash('sha256')
      .update(`${lines.join('\n')}\n`)
      .digest('hex')}`,
  );
  // The observer reports asynchronously: give it its turn, then take what it has not reported yet.
  setImmediate(() => {
    for (const entry of observer.takeRecords()) {
      gcs.push(gcOf(entry));
    }
    observer.disconnect();
    report(index, queries, timings, gcs);
    const profile = process.argv.indexOf('--profile');
    if (profile >= 0) {
      const slowest = [...timings].sort((a, b) => b.cpu - a.cpu).slice(0, Math.ceil(timings.length / 100));
      void profileQueries(
        CandidateIndex.fromState(index.toState()),
        slowest.map((timing) => queries[timing.position]),
        process.argv[profile + 1],
      );
    }
  });
}

async function profileQueries(index: CandidateIndex, queries: MatchQuery[], file: string): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const started = cpuMicros();
  for (const query of queries) {
    index.search(query, { limit: 5 });
  }
  const cpu = cpuMicros() - started;
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  console.log(
    `profile of the slowest ${queries.length} queries (${(cpu / 1000).toFixed(0)} ms CPU) written to ${file}`,
  );
  session.disconnect();
}

function report(
  index: CandidateIndex,
  queries: MatchQuery[],
  timings: { position: number; cpu: number; started: number; ended: number }[],
  gcs: Gc[],
): void {
  const internals = index as unknown as IndexInternals;
  const gcIn = (started: number, ended: number) =>
    gcs.filter((gc) => gc.start >= started && gc.start < ended).reduce((sum, gc) => sum + gc.duration, 0);
  const totalGc = gcs.reduce((sum, gc) => sum + gc.duration, 0);
  const wall = timings.map((timing) => timing.ended - timing.started).sort((a, b) => a - b);
  const cpu = timings.map((timing) => timing.cpu).sort((a, b) => a - b);
  const at = (sorted: number[], share: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
  console.log(
    `queries ${timings.length}: wall p50 ${at(wall, 0.5).toFixed(2)} ms, p99 ${at(wall, 0.99).toFixed(2)} ms; CPU p50 ${at(cpu, 0.5)} µs, p99 ${at(cpu, 0.99)} µs;` +
      ` GC ${gcs.length} pauses, ${totalGc.toFixed(0)} ms (load ${loadavg()[0].toFixed(2)})`,
  );
  const byKind = new Map<string, { count: number; total: number; longest: number }>();
  for (const gc of gcs) {
    const kind = GC_KINDS[gc.kind] ?? `kind ${gc.kind}`;
    const tally = byKind.get(kind) ?? { count: 0, total: 0, longest: 0 };
    tally.count++;
    tally.total += gc.duration;
    tally.longest = Math.max(tally.longest, gc.duration);
    byKind.set(kind, tally);
  }
  const inQueries = timings.filter((timing) => gcIn(timing.started, timing.ended) > 0).length;
  console.log(
    `  GC by kind: ${[...byKind].map(([kind, { count, total, longest }]) => `${kind} ${count} (${total.toFixed(0)} ms, longest ${longest.toFixed(1)} ms)`).join(', ')}; queries with a GC inside: ${inQueries}`,
  );
  const slowest = [...timings]
    .sort((a, b) => b.ended - b.started - (a.ended - a.started))
    .slice(0, argument('show', 50));
  console.log('wall ms | CPU µs | GC ms | block ms | names | entries | name pairs | query');
  for (const timing of slowest) {
    const query = queries[timing.position];
    // The query's names as search prepares them, through the index's own word lookup.
    const mode = modeOfSchema(query.schema ?? 'LegalEntity');
    const queryNames = nameVariants(query.name).map((name) => prepareName(name, mode, internals.lookup));
    const blockStarted = performance.now();
    const names = internals.blockNames(queryNames, mode === 'person');
    const blockTime = performance.now() - blockStarted;
    const entries = new Set(names.map((name) => internals.built.nameEntry[name]));
    let pairs = 0;
    for (const entry of entries) {
      pairs += (internals.built.entryNameStart[entry + 1] - internals.built.entryNameStart[entry]) * queryNames.length;
    }
    console.log(
      `${(timing.ended - timing.started).toFixed(2)} | ${timing.cpu} | ${gcIn(timing.started, timing.ended).toFixed(2)} | ${blockTime.toFixed(2)} | ${names.length} | ${entries.size} | ${pairs} | ${query.schema} "${query.name}"`,
    );
  }
}

main();
