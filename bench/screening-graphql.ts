/**
 * GraphQL screening latency under concurrent load (autocannon) against the booted application on
 * loopback. The app connects to a real Neo4j (NEO4J_URI, or a local one on NEO4J_LOCAL_PORT, default
 * 7698, data in .data/neo4j-bench-screening), but the index it serves is the synthetic list built
 * in-process and handed to ScreeningIndexService.useSnapshot: loading 1,000,000 entries through
 * Neo4j takes longer than a benchmark run should. What is measured is therefore HTTP + GraphQL +
 * validation + index search + serialisation, not the build from the graph, and not the path walk
 * (`pathRisks: false`: the synthetic entries are not in the graph; bench:graph measures the walk).
 *
 *   npm run bench:screening        (in-process figures, then this)
 *   node --max-old-space-size=8192 dist-bench/bench/screening-graphql.js --size 1000000 --connections 16 --seconds 10
 */
import 'reflect-metadata';
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
      let position = 0;
      const run = (duration: number) =>
        autocannon({
          url: `${url}/graphql`,
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
      await run(2); // warm-up
      const result = await run(seconds);
      const latency = result.latency;
      console.log(
        `GraphQL screen, ${connections} concurrent connections for ${seconds} s on loopback: ${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, ${result.non2xx} non-2xx, ${result.errors} errors`,
      );
      console.log(
        `  latency p50 ${latency.p50} ms, p90 ${latency.p90} ms, p97.5 ${latency.p97_5} ms, p99 ${latency.p99} ms (autocannon reports no p95; it lies between p90 and p97.5)`,
      );
      // One client at a time: latency without queueing.
      const single = await autocannon({
        url: `${url}/graphql`,
        connections: 1,
        duration: Math.max(3, Math.floor(seconds / 2)),
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: queries[position++ % queries.length] }),
          },
        ],
      });
      console.log(
        `GraphQL screen, 1 connection: p50 ${single.latency.p50} ms, p90 ${single.latency.p90} ms, p97.5 ${single.latency.p97_5} ms, p99 ${single.latency.p99} ms, ${single.requests.average.toFixed(0)} req/s`,
      );
    } finally {
      await app.close();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
