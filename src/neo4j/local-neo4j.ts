import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import neo4j from 'neo4j-driver';
import { findProjectRoot } from '../common/project-root';
import type { AppConfig } from '../config/app-config';

const LAUNCHER_CLASS = 'io.partnergraph.neo4jlocal.Neo4jLocal';
const READY_TIMEOUT_MILLISECONDS = 180_000;

export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | null;
  uri: string;
  dataDirectory: string;
}

/**
 * The local Neo4j 5 Community server that partner-graph starts when no NEO4J_URI is configured:
 * a small Java launcher (tools/neo4j-local) embedding Neo4j with Bolt bound to 127.0.0.1 only.
 */
export class LocalNeo4j {
  private readonly launcherDirectory = join(findProjectRoot(), 'tools', 'neo4j-local');
  private child: ChildProcess | null = null;

  constructor(private readonly settings: AppConfig['localNeo4j']) {}

  get uri(): string {
    return `bolt://127.0.0.1:${this.settings.port}`;
  }

  private get pidFile(): string {
    return `${this.settings.dataDirectory}.pid`;
  }

  private get logFile(): string {
    return `${this.settings.dataDirectory}.log`;
  }

  /** Builds the launcher with Maven unless its classes and jars are already there. */
  ensureBuilt(log: (line: string) => void = () => undefined): void {
    const classFile = join(this.launcherDirectory, 'target', 'classes', ...LAUNCHER_CLASS.split('.')) + '.class';
    const libraryDirectory = join(this.launcherDirectory, 'target', 'lib');
    const sources = [
      join(this.launcherDirectory, 'pom.xml'),
      join(this.launcherDirectory, 'src', 'main', 'java', ...LAUNCHER_CLASS.split('.')) + '.java',
    ];
    const built =
      existsSync(classFile) &&
      existsSync(libraryDirectory) &&
      readdirSync(libraryDirectory).some((file) => file.startsWith('neo4j-bolt')) &&
      // A launcher older than its source or pom (a pulled change) is built again.
      sources.every((source) => !existsSync(source) || statSync(source).mtimeMs <= statSync(classFile).mtimeMs);
    requireJava();
    if (built) {
      return;
    }
    const maven = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
    if (maven.error || maven.status !== 0) {
      throw new LocalNeo4jError(
        'Maven is needed to build the local Neo4j launcher but `mvn` was not found. ' +
          'Install Maven 3.8+ (Debian/Ubuntu: apt-get install maven), or set NEO4J_URI to use your own Neo4j 5 server.',
      );
    }
    log('Building the local Neo4j launcher with Maven (the first build downloads Neo4j, a few minutes)…');
    const build = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], {
      cwd: this.launcherDirectory,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (build.status !== 0) {
      throw new LocalNeo4jError(
        `The Maven build of tools/neo4j-local failed:\n${(build.stdout + build.stderr).slice(-4000)}`,
      );
    }
  }

  async isReachable(): Promise<boolean> {
    const driver = neo4j.driver(this.uri, undefined, { connectionTimeout: 2_000 });
    try {
      await driver.verifyConnectivity();
      return true;
    } catch {
      return false;
    } finally {
      await driver.close();
    }
  }

  /**
   * Starts the server unless one already answers on the port. `detached` leaves it running after
   * this process exits (the `db start` command); otherwise it stops with this process.
   */
  async start(options: { detached: boolean; log?: (line: string) => void }): Promise<'started' | 'already-running'> {
    const log = options.log ?? (() => undefined);
    if (await this.isReachable()) {
      return 'already-running';
    }
    this.ensureBuilt(log);
    mkdirSync(dirname(this.settings.dataDirectory), { recursive: true });
    const classPath = [
      join(this.launcherDirectory, 'target', 'classes'),
      join(this.launcherDirectory, 'target', 'lib', '*'),
    ].join(':');
    const logDescriptor = openSync(this.logFile, 'a');
    const child = spawn(
      'java',
      [
        `-Xmx${this.settings.heapMegabytes}m`,
        '-XX:+UseG1GC',
        '-cp',
        classPath,
        LAUNCHER_CLASS,
        this.settings.dataDirectory,
        String(this.settings.port),
        String(this.settings.pageCacheMegabytes),
      ],
      { detached: options.detached, stdio: ['ignore', logDescriptor, logDescriptor] },
    );
    closeSync(logDescriptor);
    if (child.pid === undefined) {
      throw new LocalNeo4jError('Could not start java for the local Neo4j');
    }
    writeFileSync(this.pidFile, String(child.pid));
    const exit: { code: number | null } = { code: null };
    child.on('exit', (code) => {
      exit.code = code ?? -1;
    });
    if (options.detached) {
      child.unref();
    } else {
      this.child = child;
    }
    log(`Starting local Neo4j (pid ${child.pid}, data ${this.settings.dataDirectory}, log ${this.logFile})…`);
    const deadline = Date.now() + READY_TIMEOUT_MILLISECONDS;
    while (Date.now() < deadline) {
      if (exit.code !== null) {
        throw new LocalNeo4jError(`The local Neo4j exited with code ${exit.code}:\n${this.logTail()}`);
      }
      if (await this.isReachable()) {
        return 'started';
      }
      await sleep(500);
    }
    child.kill('SIGTERM');
    throw new LocalNeo4jError(`The local Neo4j did not open Bolt on ${this.uri} in time:\n${this.logTail()}`);
  }

  /** Stops the server this process started, or the one recorded in the pid file. */
  async stop(): Promise<boolean> {
    const pid = this.child?.pid ?? this.recordedPid();
    if (pid === null || pid === undefined || !isAlive(pid)) {
      rmSync(this.pidFile, { force: true });
      return false;
    }
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 60_000;
    while (isAlive(pid) && Date.now() < deadline) {
      await sleep(200);
    }
    if (isAlive(pid)) {
      process.kill(pid, 'SIGKILL');
    }
    rmSync(this.pidFile, { force: true });
    this.child = null;
    return true;
  }

  async status(): Promise<LocalNeo4jStatus> {
    const pid = this.recordedPid();
    return {
      running: await this.isReachable(),
      pid: pid !== null && isAlive(pid) ? pid : null,
      uri: this.uri,
      dataDirectory: this.settings.dataDirectory,
    };
  }

  private recordedPid(): number | null {
    if (!existsSync(this.pidFile)) {
      return null;
    }
    const pid = Number(readFileSync(this.pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  }

  private logTail(): string {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
  }
}

function requireJava(): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new LocalNeo4jError(
      'Java 17+ is needed to run the local Neo4j but `java` was not found. ' +
        'Install a JDK 17 (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use your own Neo4j 5 server.',
    );
  }
  const version = /version "(\d+)/.exec(java.stderr + java.stdout);
  if (version && Number(version[1]) < 17) {
    throw new LocalNeo4jError(
      `Java ${version[1]} was found; the local Neo4j 5.26 needs Java 17 or newer. Install JDK 17, or set NEO4J_URI.`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
