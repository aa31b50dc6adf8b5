/**
 * Candidate-index speed and memory on a synthetic list (deterministic seed): names in Latin,
 * Cyrillic, Arabic and Chinese scripts, persons and organisations, with aliases.
 * Prints build time, memory per indexed name, single-query p50/p95/p99 and batch throughput.
 *
 *   npx tsc -p tsconfig.json --outDir dist/bench-build --incremental false && \
 *     node --expose-gc --max-old-space-size=8192 dist/bench-build/bench/screening-index.js --size 1000000
 */
import { CandidateIndex, type IndexEntry, type MatchQuery } from '../src/screening/matching';
import { Generator, random, typo } from './lib/synthetic-list';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

function heapUsed(): number {
  global.gc?.();
  global.gc?.();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

function main(): void {
  const size = argument('size', 1_000_000);
  const queryCount = argument('queries', 5_000);
  if (!global.gc) {
    console.warn('Run with --expose-gc for exact memory figures.');
  }
  const generator = new Generator(42);
  const heapBefore = heapUsed();
  const rssBefore = process.memoryUsage().rss;
  const index = new CandidateIndex();
  const sample: IndexEntry[] = [];
  let addTime = 0;
  for (let id = 0; id < size; id++) {
    const entry = generator.entry(id);
    if (id % Math.max(1, Math.floor(size / queryCount)) === 0) {
      sample.push(entry);
    }
    const started = process.hrtime.bigint();
    index.add(entry);
    addTime += Number(process.hrtime.bigint() - started) / 1e6;
  }
  const buildStarted = process.hrtime.bigint();
  index.build();
  const buildTime = Number(process.hrtime.bigint() - buildStarted) / 1e6;
  const sampleNames = sample.reduce((sum, entry) => sum + entry.names.length, 0);
  const heapAfter = heapUsed();
  const rssAfter = process.memoryUsage().rss;
  const names = index.nameCount;
  console.log(`entries ${size.toLocaleString()}, indexed names ${names.toLocaleString()}`);
  console.log(
    `build: ${((addTime + buildTime) / 1000).toFixed(1)} s (add ${(addTime / 1000).toFixed(1)} s, build ${(buildTime / 1000).toFixed(1)} s)`,
  );
  console.log(
    `memory: heap+buffers ${((heapAfter - heapBefore) / 1e6).toFixed(0)} MB = ${((heapAfter - heapBefore) / names).toFixed(0)} bytes/name` +
      ` (incl. ${sampleNames.toLocaleString()} sample names kept for queries); RSS delta ${((rssAfter - rssBefore) / 1e6).toFixed(0)} MB = ${((rssAfter - rssBefore) / names).toFixed(0)} bytes/name`,
  );

  const next = random(7);
  const absent = new Generator(99);
  const queries: { kind: string; query: MatchQuery; expected?: string }[] = sample.map((entry, position) => {
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
  // Warm-up: JIT and caches.
  for (const { query } of queries.slice(0, 500)) {
    index.search(query);
  }
  const latencies: number[] = [];
  const found: Record<string, [number, number]> = {};
  for (const { kind, query, expected } of queries) {
    const started = process.hrtime.bigint();
    const results = index.search(query, { limit: 5 });
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    const tally = (found[kind] ??= [0, 0]);
    tally[1]++;
    if (expected ? results[0]?.entityId === expected : !results.some((result) => result.match)) {
      tally[0]++;
    }
  }
  latencies.sort((a, b) => a - b);
  console.log(
    `single query (${latencies.length}): p50 ${percentile(latencies, 0.5).toFixed(3)} ms, p95 ${percentile(latencies, 0.95).toFixed(3)} ms, p99 ${percentile(latencies, 0.99).toFixed(3)} ms, max ${latencies[latencies.length - 1].toFixed(1)} ms`,
  );
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

main();
