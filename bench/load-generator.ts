/**
 * The load generator of `npm run bench:load`, run in its own process so that it does not share an
 * event loop with the API it measures. Open loop: requests are sent at the target rate whether or
 * not earlier ones have answered (a closed loop would slow down with the server and hide queueing),
 * over keep-alive connections. The mix: 70% REST `POST /api/screen` with a perturbed name, 20%
 * GraphQL `riskPaths` of a graph entity, 10% GraphQL `searchEntities`. Latency percentiles are exact
 * (every latency is kept). Prints one JSON summary on stdout.
 *
 *   node dist-bench/bench/load-generator.js <base-url> <rate> <seconds> <workload.json>
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { random as seededRandom } from './lib/synthetic-list';

export interface Workload {
  names: string[];
  entityIds: string[];
}

export interface LoadSummary {
  target: string;
  rateTarget: number;
  seconds: number;
  sent: number;
  answered: number;
  throughput: number;
  errors: number;
  errorKinds: Record<string, number>;
  byKind: Record<string, { count: number; p50: number; p95: number; p99: number }>;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** Latency by 10-second window of the run (when requests were sent), to tell warm-up and stalls from a steady tail. */
  windows: Array<{ fromSecond: number; count: number; p50: number; p95: number; max: number }>;
  /** The first few failed requests of each kind of error, with what was sent and what came back. */
  failures: FailureSample[];
}

export interface FailureSample {
  error: string;
  atSecond: number;
  request: { method: string; path: string; body: string };
  status: number | null;
  response: string | null;
}

const TIMEOUT_MS = 30_000;
/** Requests in flight beyond which a new one is counted as refused by overload instead of sent. */
const MAX_IN_FLIGHT = 512;
/** Failed requests kept, with their bodies, per kind of error. */
const SAMPLES_PER_ERROR = 3;
/** Characters of a response body kept in a failure sample. */
const SAMPLE_BODY_CHARS = 600;
const WINDOW_SECONDS = 10;

/** Small, realistic damage to a name: a dropped or doubled letter, swapped words, case, spacing. */
export function perturb(name: string, random: () => number): string {
  const roll = random();
  if (roll < 0.3 || name.length < 6) {
    return name;
  }
  if (roll < 0.45) {
    return name.toLowerCase();
  }
  if (roll < 0.6) {
    const at = 1 + Math.floor(random() * (name.length - 2));
    return name.slice(0, at) + name.slice(at + 1);
  }
  if (roll < 0.72) {
    const at = 1 + Math.floor(random() * (name.length - 2));
    return name.slice(0, at) + name[at] + name.slice(at);
  }
  if (roll < 0.85) {
    const words = name.split(/\s+/);
    return words.length > 1 ? [...words.slice(1), words[0]].join(' ') : name.toUpperCase();
  }
  return name.replace(/\s+/g, '  ').replace(/[-.,]/g, ' ');
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) {
    return 0;
  }
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

function summarise(values: number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...values].sort((left, right) => left - right);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
  };
}

async function main(): Promise<void> {
  const [baseUrl, rateText, secondsText, workloadFile] = process.argv.slice(2);
  const rate = Number(rateText);
  const seconds = Number(secondsText);
  if (!baseUrl || !(rate > 0) || !(seconds > 0) || !workloadFile) {
    process.stderr.write('usage: load-generator <base-url> <rate> <seconds> <workload.json>\n');
    process.exit(2);
  }
  const workload = JSON.parse(readFileSync(workloadFile, 'utf8')) as Workload;
  const target = new URL(baseUrl);
  // An agent with a timeout closes idle sockets itself, and then also honours the server's
  // `Keep-Alive: timeout=N` hint (closing a second before it); without one, Node 20's agent keeps idle
  // sockets forever and reuses them as the server closes them (ECONNRESET).
  const agent = new Agent({ keepAlive: true, maxSockets: 128, timeout: TIMEOUT_MS });
  const random = seededRandom(20261130);
  const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)];

  const latencies: number[] = [];
  const latenciesByKind: Record<string, number[]> = { screen: [], riskPaths: [], searchEntities: [] };
  const errorKinds: Record<string, number> = {};
  const failures: FailureSample[] = [];
  const windows: number[][] = [];
  let sent = 0;
  let answered = 0;
  let inFlight = 0;
  const error = (kind: string, sample?: Omit<FailureSample, 'error'>): void => {
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
    if (sample && errorKinds[kind] <= SAMPLES_PER_ERROR) {
      failures.push({ error: kind, ...sample });
      process.stderr.write(
        `  failed (${kind}) at ${sample.atSecond} s: ${sample.request.method} ${sample.request.path} ${sample.request.body}\n` +
          `    -> ${sample.status ?? 'no answer'} ${sample.response ?? ''}\n`,
      );
    }
  };

  const runStarted = performance.now();
  const send = (): void => {
    const roll = random();
    let kind: string;
    let path: string;
    let body: string;
    if (roll < 0.7) {
      kind = 'screen';
      path = '/api/screen';
      body = JSON.stringify({ name: perturb(pick(workload.names), random) });
    } else if (roll < 0.9) {
      kind = 'riskPaths';
      path = '/graphql';
      body = JSON.stringify({
        query: 'query ($id: ID!) { riskPaths(entityId: $id, maxHops: 4) { hops target { id } } }',
        variables: { id: pick(workload.entityIds) },
      });
    } else {
      kind = 'searchEntities';
      path = '/graphql';
      const words = perturb(pick(workload.names), random).split(/\s+/);
      body = JSON.stringify({
        query: 'query ($query: String!) { searchEntities(query: $query, limit: 10) { score } }',
        variables: { query: words.slice(0, Math.max(1, Math.ceil(words.length / 2))).join(' ') },
      });
    }
    if (inFlight >= MAX_IN_FLIGHT) {
      error('overloaded (too many in flight)');
      return;
    }
    sent += 1;
    inFlight += 1;
    const started = performance.now();
    const window = Math.floor((started - runStarted) / 1_000 / WINDOW_SECONDS);
    const sample = (status: number | null, response: string | null): Omit<FailureSample, 'error'> => ({
      atSecond: Math.round((started - runStarted) / 100) / 10,
      request: { method: 'POST', path, body },
      status,
      response: response === null ? null : response.slice(0, SAMPLE_BODY_CHARS),
    });
    const outgoing = request(
      {
        host: target.hostname,
        port: target.port,
        method: 'POST',
        path,
        agent,
        timeout: TIMEOUT_MS,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          inFlight -= 1;
          answered += 1;
          const elapsed = performance.now() - started;
          latencies.push(elapsed);
          latenciesByKind[kind].push(elapsed);
          (windows[window] ??= []).push(elapsed);
          if (response.statusCode !== 200) {
            error(
              `${kind} HTTP ${response.statusCode}`,
              sample(response.statusCode ?? null, Buffer.concat(chunks).toString()),
            );
            return;
          }
          if (kind !== 'screen') {
            const text = Buffer.concat(chunks).toString();
            if (text.includes('"errors"')) {
              const parsed = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
              if (parsed.errors && parsed.errors.length > 0) {
                error(`${kind} ${parsed.errors[0].extensions?.code ?? 'GraphQL error'}`, sample(200, text));
              }
            }
          }
        });
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('timeout')));
    outgoing.on('error', (failure) => {
      inFlight -= 1;
      error(`${kind} ${failure.message}`, sample(null, null));
    });
    outgoing.end(body);
  };

  const durationMs = seconds * 1_000;
  let lastReport = 0;
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const elapsed = performance.now() - runStarted;
      const due = Math.floor((Math.min(elapsed, durationMs) / 1_000) * rate);
      while (sent + sumErrors('overloaded') < due) {
        send();
      }
      if (elapsed - lastReport >= 10_000) {
        lastReport = elapsed;
        process.stderr.write(
          `  ${Math.round(elapsed / 1_000)} s: ${answered} answered, ${inFlight} in flight, ${Object.values(errorKinds).reduce((total, count) => total + count, 0)} errors\n`,
        );
      }
      if (elapsed >= durationMs) {
        clearInterval(tick);
        resolve();
      }
    }, 5);
  });
  // Let the requests in flight finish (each is bounded by the timeout).
  const drainFrom = performance.now();
  while (inFlight > 0 && performance.now() - drainFrom < TIMEOUT_MS + 1_000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  agent.destroy();

  function sumErrors(prefix: string): number {
    return Object.entries(errorKinds)
      .filter(([key]) => key.startsWith(prefix))
      .reduce((total, [, count]) => total + count, 0);
  }

  const sorted = [...latencies].sort((left, right) => left - right);
  const summary: LoadSummary = {
    target: baseUrl,
    rateTarget: rate,
    seconds,
    sent,
    answered,
    throughput: Math.round((answered / seconds) * 10) / 10,
    errors: Object.values(errorKinds).reduce((total, count) => total + count, 0),
    errorKinds,
    byKind: Object.fromEntries(
      Object.entries(latenciesByKind).map(([kind, values]) => [kind, { count: values.length, ...summarise(values) }]),
    ),
    latencyMs: {
      ...summarise(sorted),
      max: Math.round(sorted[sorted.length - 1] ?? 0),
      mean: Math.round((sorted.reduce((total, value) => total + value, 0) / Math.max(1, sorted.length)) * 10) / 10,
    },
    windows: [...windows.entries()].map(([position, values = []]) => {
      const { p50, p95 } = summarise(values);
      return {
        fromSecond: position * WINDOW_SECONDS,
        count: values.length,
        p50,
        p95,
        max: Math.round(Math.max(0, ...values)),
      };
    }),
    failures,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

if (require.main === module) {
  main().catch((failure: unknown) => {
    process.stderr.write(`${failure instanceof Error ? (failure.stack ?? failure.message) : String(failure)}\n`);
    process.exit(1);
  });
}
