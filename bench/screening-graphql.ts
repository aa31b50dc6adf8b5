/**
 * GraphQL screening latency under concurrent load (autocannon) against the booted application on
 * loopback. The app connects to a real Neo4j (NEO4J_URI, or a local one on NEO4J_LOCAL_PORT, default
 * 7698, data in .data/neo4j-bench-screening), but the index it serves is the synthetic list built
 * in-process and handed to ScreeningIndexService.useSnapshot: loading 1,000,000 entries through
 * Neo4j takes longer than a benchmark run should. What is measured is therefore HTTP + GraphQL +
 * validation + index search + serialisation, not the build from the graph, and not the path walk
 * (`pathRisks: false`: the synthetic entries are not in the graph; bench:graph measures the walk).
 * The load generator (autocannon) runs in a child process of its own, so it takes no time from the
 * server's event loop; `bench:load` measures the default request on the seeded graph end to end.
 *
 *   npm run bench:screening        (in-process figures, then this)
 *   node --max-old-space-size=8192 dist-bench/bench/screening-graphql.js --size 1000000 --connections 16 --seconds 10
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { createApplication } from '../src/bootstrap';
import { withDatabase } from '../src/cli/database-session';
import { loadConfig } from '../src/config/app-config';
import { CandidateIndex } from '../src/matching';
import { ScreeningIndexService } from '../src/screening/screening-index.service';
import { Generator, random, typo } from './lib/synthetic-list';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const SCREEN = `query Screen($input: ScreeningInput!) {
  screen(input: $input) { matches { entityId name matchedName score match lists { id } features { name value reason } } }
}`;

interface LoadResult {
  total: number;
  average: number;
  non2xx: number;
  errors: number;
  latency: { p50: number; p90: number; p97_5: number; p99: number };
}

/** The child process: autocannon against `url` with the queries in `file`, the result as JSON on stdout. */
async function client(url: string, file: string, connections: number, duration: number): Promise<void> {
  const queries = JSON.parse(readFileSync(file, 'utf8')) as string[];
  let position = 0;
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: queries[position++ % queries.length] }),
      },
    ],
  });
  const summary: LoadResult = {
    total: result.requests.total,
    average: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors,
    latency: result.latency,
  };
  process.stdout.write(JSON.stringify(summary));
}

async function loadFromChild(url: string, file: string, connections: number, duration: number): Promise<LoadResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [__filename, '--client', url, file, String(connections), String(duration)],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout) as LoadResult;
}

async function main(): Promise<void> {
  const size = argument('size', 1_000_000);
  const connections = argument('connections', 16);
  const seconds = argument('seconds', 10);
  const config = loadConfig({
    NEO4J_LOCAL_PORT: '7698',
    NEO4J_LOCAL_DATA_DIR: '.data/neo4j-bench-screening',
    ...process.env,
    LOG_LEVEL: 'error',
    HOST: '127.0.0.1',
    API_KEYS: '',
  });

  const started = Date.now();
  const generator = new Generator(42);
  const index = new CandidateIndex();
  const queries: string[] = [];
  const next = random(7);
  const every = Math.max(1, Math.floor(size / 2_000));
  for (let id = 0; id < size; id++) {
    const entry = generator.entry(id);
    index.add(entry);
    if (id % every === 0) {
      const name = queries.length % 2 === 0 ? entry.names[0] : typo(entry.names[0], next);
      queries.push(
        JSON.stringify({ query: SCREEN, variables: { input: { name, schema: entry.schema, pathRisks: false } } }),
      );
    }
  }
  index.build();
  console.log(
    `GraphQL load: synthetic list of ${size.toLocaleString()} entries (${index.nameCount.toLocaleString()} names) built in-process in ${((Date.now() - started) / 1000).toFixed(1)} s and served by the booted app`,
  );

  await withDatabase(config, async () => {
    const app = await createApplication(config);
    try {
      await app.listen(0, '127.0.0.1');
      const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      const indexService = app.get(ScreeningIndexService);
      await indexService.whenIdle();
      indexService.useSnapshot({
        index,
        details: new Map(),
        listVersions: [{ listId: 'synthetic', versionId: 'synthetic@generated', seq: 1 }],
        builtAt: new Date().toISOString(),
        entities: index.size,
      });
      const probe = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: queries[0],
      });
      const probeBody = (await probe.json()) as { errors?: unknown[] };
      if (probeBody.errors) {
        throw new Error(`The screening query fails: ${JSON.stringify(probeBody.errors)}`);
      }
      const scratch = mkdtempSync(join(tmpdir(), 'bench-screening-graphql-'));
      const queryFile = join(scratch, 'queries.json');
      writeFileSync(queryFile, JSON.stringify(queries));
      try {
        await loadFromChild(`${url}/graphql`, queryFile, connections, 2); // warm-up
        const result = await loadFromChild(`${url}/graphql`, queryFile, connections, seconds);
        const latency = result.latency;
        console.log(
          `GraphQL screen, ${connections} concurrent connections for ${seconds} s on loopback (load generator in its own process): ${result.total} requests, ${result.average.toFixed(0)} req/s, ${result.non2xx} non-2xx, ${result.errors} errors`,
        );
        console.log(
          `  latency p50 ${latency.p50} ms, p90 ${latency.p90} ms, p97.5 ${latency.p97_5} ms, p99 ${latency.p99} ms (autocannon reports no p95; it lies between p90 and p97.5)`,
        );
        // One client at a time: latency without queueing.
        const single = await loadFromChild(`${url}/graphql`, queryFile, 1, Math.max(3, Math.floor(seconds / 2)));
        console.log(
          `GraphQL screen, 1 connection: p50 ${single.latency.p50} ms, p90 ${single.latency.p90} ms, p97.5 ${single.latency.p97_5} ms, p99 ${single.latency.p99} ms, ${single.average.toFixed(0)} req/s`,
        );
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    } finally {
      await app.close();
    }
  });
}

const clientAt = process.argv.indexOf('--client');
const run =
  clientAt >= 0
    ? client(
        process.argv[clientAt + 1],
        process.argv[clientAt + 2],
        Number(process.argv[clientAt + 3]),
        Number(process.argv[clientAt + 4]),
      )
    : main();
run.catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
