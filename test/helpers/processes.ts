import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { findProjectRoot } from '../../src/common/project-root';

export const ROOT = findProjectRoot();
/** What the `partner-graph` bin runs (package.json "bin"). */
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');

export const sleep = (milliseconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, milliseconds)));

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall-clock seconds from start to exit. */
  seconds: number;
}

/** Runs a command to its end; a non-zero exit is a result, not an error (a kill by the timeout is an error). */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 170_000,
): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: ROOT, env, timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') {
        // Killed (the timeout) or never started: no exit code to report.
        reject(new Error(`${args.join(' ')} did not run to its end: ${error.message}`, { cause: error }));
        return;
      }
      resolve({
        code: typeof error?.code === 'number' ? error.code : 0,
        stdout,
        stderr,
        seconds: (Date.now() - started) / 1000,
      });
    });
  });
}

/** A built-CLI process started by {@link startCli}: its end (with the signal that ended it, if any) and a kill -9. */
export interface StartedCli {
  done: Promise<CliRun & { signal: NodeJS.Signals | null }>;
  kill(): void;
}

/** Starts `partner-graph <args>` (the built CLI) in its own process without waiting for it, its output kept. */
export function startCli(args: string[], env: NodeJS.ProcessEnv): StartedCli {
  const started = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliRun & { signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) =>
      resolve({ code: code ?? -1, signal, stdout, stderr, seconds: (Date.now() - started) / 1000 }),
    ),
  );
  return { done, kill: () => child.kill('SIGKILL') };
}

/**
 * Brings dist/ up to date with the sources under test (as `npm run build`; the tsc build is incremental, so this is
 * quick when nothing changed): the CLI and `serve` run from dist/, as installed.
 */
export async function buildDist(): Promise<void> {
  const build = await run(process.execPath, [
    join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    'tsconfig.build.json',
  ]);
  if (build.code !== 0) {
    throw new Error(`tsc -p tsconfig.build.json failed:\n${build.stdout}${build.stderr}`);
  }
  // What `npm run build` copies beside the compiled code (the risk rules, …).
  const copy = await run(process.execPath, [join(ROOT, 'tools', 'copy-build-data.mjs')]);
  if (copy.code !== 0) {
    throw new Error(`tools/copy-build-data.mjs failed:\n${copy.stdout}${copy.stderr}`);
  }
}

/**
 * One API process (`partner-graph serve`) in its own OS process, with its own driver, bookmark
 * manager and screening index, on a free loopback port.
 */
export class ApiProcess {
  private child: ChildProcess | null = null;
  private output = '';
  /** What the process wrote about unexpected errors, kept apart so that later routine lines do not push it out. */
  private errorOutput = '';
  url = '';
  exitCode: number | null = null;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    readonly name: string,
  ) {}

  get pid(): number {
    return this.child?.pid ?? 0;
  }

  /** The last part of what the process wrote, for failure messages. */
  get log(): string {
    return this.output.slice(-4_000);
  }

  /** The first unexpected-error reports ("[Errors]" blocks) the process wrote, with their stacks. */
  get errorLog(): string {
    return this.errorOutput;
  }

  async start(timeoutMs = 120_000): Promise<void> {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.child = spawn(process.execPath, [CLI, 'serve'], {
      cwd: ROOT,
      env: { ...this.env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer): void => {
      const text = chunk.toString();
      this.output = (this.output + text).slice(-20_000);
      const at = text.indexOf('[Errors]');
      if (at >= 0 && this.errorOutput.length < 20_000) {
        this.errorOutput += `${text.slice(Math.max(0, text.lastIndexOf('\n', at) + 1), at + 3_000)}\n`;
      }
    };
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    this.child.on('exit', (code) => (this.exitCode = code ?? -1));
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if (this.exitCode !== null) {
        throw new Error(`${this.name} exited with ${this.exitCode}:\n${this.log}`);
      }
      try {
        const response = await fetch(`${this.url}/health/ready`);
        if (response.status === 200) {
          return;
        }
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error(`${this.name} was not ready within ${timeoutMs} ms:\n${this.log}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child === null || this.exitCode !== null) {
      return;
    }
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  async post<T = any>(path: string, body: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  async graphql<T = any>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ status: number; data: T | null; errors?: Array<{ message: string; extensions?: any }> }> {
    const { status, body } = await this.post<{ data?: T; errors?: any[] }>('/graphql', { query, variables });
    return { status, data: body.data ?? null, errors: body.errors };
  }
}
