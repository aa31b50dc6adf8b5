import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../../src/common/project-root';
import { loadConfig } from '../../src/config/app-config';
import { LocalNeo4j } from '../../src/neo4j/local-neo4j';
import { databaseUri } from '../../src/neo4j/neo4j.module';
import { createDriver } from '../../src/neo4j/neo4j.service';
import type { Session } from 'neo4j-driver';

const root = findProjectRoot();

export const sleep = (milliseconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * The bench's own local Neo4j, named by NEO4J_LOCAL_PORT and NEO4J_LOCAL_DATA_DIR (never the default
 * port of a running app), started here when it is not running. `stop` stops it only when it was
 * started here.
 */
export async function startBenchNeo4j(
  missingHint = '',
): Promise<{ outcome: 'started' | 'already-running'; pid: number | null; stop(): Promise<void> }> {
  if (!process.env.NEO4J_LOCAL_PORT || !process.env.NEO4J_LOCAL_DATA_DIR) {
    throw new Error(`Set NEO4J_LOCAL_PORT and NEO4J_LOCAL_DATA_DIR to a database of the bench own${missingHint}`);
  }
  const local = new LocalNeo4j(loadConfig().localNeo4j);
  const outcome = await local.start({ detached: false, log: (line) => process.stderr.write(`${line}\n`) });
  return {
    outcome,
    pid: (await local.status()).pid,
    async stop() {
      if (outcome === 'started') {
        await local.stop();
      }
    },
  };
}

/** Runs `work` in a session on the database the configuration names (what the bench measures against), then closes it. */
export async function withDatabaseSession<T>(work: (session: Session) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const driver = createDriver(config, databaseUri(config));
  const session = driver.session({ database: config.neo4jDatabase });
  try {
    return await work(session);
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Waits until the API at `url` says it is ready (GET /health/ready answers 200). */
export async function waitReady(url: string, what: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if ((await fetch(`${url}/health/ready`)).status === 200) {
        return;
      }
    } catch {
      // not listening yet
    }
    await sleep(1_000);
  }
  throw new Error(`${what} was not ready at ${url} within ${timeoutMs / 1000} s`);
}

/** Node's flags for the API as `npm start` gives them (package.json), so that benches measure what users run. */
const API_NODE_FLAGS = startScriptNodeFlags();

function startScriptNodeFlags(): string[] {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts.start;
  const words = start.split(/\s+/);
  return words.slice(words.indexOf('node') + 1).filter((word) => word.startsWith('--'));
}

/**
 * The Node processes a bench starts (API processes, load generators, proxies): their output goes to
 * stderr, each line prefixed with the process's name, so that stdout carries the bench's figures only.
 */
export class BenchProcesses {
  private readonly children: ChildProcess[] = [];

  /** Starts `node <args>` in the project root; with `echoStdout: false` its stdout is left for the caller to read. */
  start(name: string, args: string[], env: NodeJS.ProcessEnv, { echoStdout = true } = {}): ChildProcess {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.children.push(child);
    const prefix = (chunk: Buffer): string =>
      chunk
        .toString()
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => `  [${name}] ${line}\n`)
        .join('');
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
    if (echoStdout) {
      child.stdout.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
    }
    return child;
  }

  /**
   * Starts the built API (`node dist/cli/main.js <command>`) on `port`, logging warnings and errors as
   * text. `up` prepares the graph (migrations, seed, sample lists) the first time, then serves; `serve` only serves.
   * `nodeArgs` go to node before the script (`--cpu-prof` to profile the API under load).
   */
  startApi(name: string, command: 'up' | 'serve', port: number, nodeArgs: string[] = []): ChildProcess {
    return this.start(name, [...API_NODE_FLAGS, ...nodeArgs, join(root, 'dist', 'cli', 'main.js'), command], {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'text',
    });
  }

  /** Stops every process started here, the last started first: SIGTERM, then SIGKILL after 15 s. */
  async stopAll(): Promise<void> {
    for (const child of this.children.splice(0).reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) {
        continue;
      }
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
  }

  /** Kills every process started here at once (for a bench that failed). */
  killAll(): void {
    for (const child of this.children) {
      child.kill('SIGKILL');
    }
  }
}
