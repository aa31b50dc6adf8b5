import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AppConfig } from '../config/app-config';
import { type CliFailure, DescribedFailure } from './exit-codes';
import type { InputRow, ScreenedBatch, ScreenRowOptions } from './screen-batch';
import { SCREEN_WORKER_RESOURCE_LIMITS } from './young-generation';

/**
 * Seconds since the process started (Node's time origin, a worker thread's too), for the debug lines
 * timing start-up.
 */
export const since = (): string =>
  `${(performance.now() / 1000).toFixed(2)} s after the process started (at ${Math.round(performance.timeOrigin)})`;

/** What the command sends a worker thread. */
export type ToWorker = { type: 'load' } | { type: 'batch'; id: number; rows: InputRow[] } | { type: 'close' };

/** What a worker thread sends back. */
export type FromWorker =
  { type: 'ready' } | { type: 'done'; id: number; batch: ScreenedBatch } | { type: 'failed'; failure: CliFailure };

/** What a worker thread is started with. */
export interface WorkerSettings {
  settings: AppConfig;
  options: ScreenRowOptions;
  /** The first worker reads (or builds and saves) the index at once; the others when it has. */
  loadAtOnce: boolean;
}

/** How long a worker told to close may take before it is ended. */
const WORKER_CLOSE_TIMEOUT_MS = 30_000;

/** The compiled worker script; absent when running from the TypeScript sources (tests, tsx). */
const WORKER_SCRIPT = join(__dirname, 'screen-worker.js');

/** Whether worker threads can run here: only from the build, which has the compiled worker script. */
export function workerThreadsAvailable(): boolean {
  return extname(__filename) === '.js' && existsSync(WORKER_SCRIPT);
}

interface Job {
  rows: InputRow[];
  resolve: (batch: ScreenedBatch) => void;
  reject: (error: unknown) => void;
}

/**
 * Screening in the command's own thread, as one member of the pool beside the worker threads: the
 * thread that reads and writes is otherwise idle most of a run, and one isolate fewer compiles the
 * matcher again and loads Nest again.
 */
export interface LocalScreener {
  /** Reads the saved index (or builds and saves it); resolves once this thread can screen. */
  load(): Promise<void>;
  screen(rows: InputRow[]): Promise<ScreenedBatch>;
  /** Closes what it opened (its Nest context and driver). */
  close(): Promise<void>;
}

interface Member {
  /** A worker thread, or null for the command's own thread (`local`). */
  worker: Worker | null;
  local: Promise<LocalScreener> | null;
  ready: boolean;
  jobs: Map<number, Job>;
  exited: Promise<void>;
}

/**
 * Threads that screen batches for `partner-graph screen`, each with its own screening context (Nest,
 * a Neo4j driver, the index): worker threads, and with `local` the command's own thread as the
 * first of them (then `size - 1` worker threads). The first member reads the saved index, or builds
 * it from the graph and saves it; the others start at once (booting Nest meanwhile) but read the
 * index only once the first has, so the graph is read for an index once, not once a thread. A batch
 * goes to the ready member with the fewest batches in flight, at most `concurrency` each; the first
 * failure of any member fails every batch not yet answered.
 */
export class ScreenWorkerPool {
  private readonly members: Member[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private failure: Error | null = null;
  private closing = false;

  constructor(
    private readonly settings: AppConfig,
    private readonly options: ScreenRowOptions & { concurrency: number },
    private readonly size: number,
    private readonly local: (() => Promise<LocalScreener>) | null = null,
  ) {
    if (local === null) {
      this.members.push(this.start(true));
    }
  }

  /**
   * Screens one batch in a member; resolves with its lines in the order of `rows`. `more`: another
   * batch follows this one (the other threads start with the first batch that is not the last, so a
   * file of one batch never pays for them).
   */
  screen(rows: InputRow[], more = true): Promise<ScreenedBatch> {
    if (this.failure !== null) {
      return Promise.reject(this.failure);
    }
    if (this.members.length === 0) {
      // The command's own thread: worker threads first (they boot meanwhile), then this thread's context.
      const others = more ? this.size - 1 : 0;
      for (let count = 0; count < others; count++) {
        this.members.push(this.start(false));
      }
      this.members.unshift(this.startLocal(this.local!));
    }
    while (this.members.length < this.size && (more || this.nextId + this.queue.length > 0)) {
      this.members.push(this.start(false));
      if (this.members[0].ready) {
        this.post(this.members[this.members.length - 1], { type: 'load' });
      }
    }
    return new Promise<ScreenedBatch>((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Lets every worker close its context and exit, ended after 30 s if one does not: a worker still booting
   * (a short file can be screened before it has; on a loaded machine the boot takes 5–12 s) finishes its boot
   * and the index read it was asked for, then closes.
   */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.members.map(async (member) => {
        if (member.worker === null) {
          await member.local!.then((local) => local.close()).catch(() => undefined);
          return;
        }
        this.post(member, { type: 'close' });
        const timer = setTimeout(() => void member.worker?.terminate(), WORKER_CLOSE_TIMEOUT_MS);
        await member.exited;
        clearTimeout(timer);
      }),
    );
  }

  private start(loadAtOnce: boolean): Member {
    const worker = new Worker(WORKER_SCRIPT, {
      workerData: {
        settings: this.settings,
        options: { limit: this.options.limit, threshold: this.options.threshold, pathRisks: this.options.pathRisks },
        loadAtOnce,
      } satisfies WorkerSettings,
      resourceLimits: SCREEN_WORKER_RESOURCE_LIMITS,
    });
    const exited = new Promise<void>((resolve) =>
      worker.once('exit', (code) => {
        if (!this.closing) {
          this.fail(new Error(`a screen worker thread exited (code ${code}) before the file was screened`));
        }
        resolve();
      }),
    );
    const member: Member = { worker, local: null, ready: false, jobs: new Map(), exited };
    worker.on('message', (message: FromWorker) => this.receive(member, message));
    worker.on('error', (error) => this.fail(error));
    return member;
  }

  /** The command's own thread as a member: its context booted and its index read at once (it is the first). */
  private startLocal(create: () => Promise<LocalScreener>): Member {
    const local = create();
    const member: Member = { worker: null, local, ready: false, jobs: new Map(), exited: Promise.resolve() };
    local
      .then((screener) => screener.load())
      .then(
        () => this.receive(member, { type: 'ready' }),
        (error: unknown) => this.fail(error),
      );
    return member;
  }

  private receive(member: Member, message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        member.ready = true;
        if (member === this.members[0]) {
          this.members.slice(1).forEach((other) => this.post(other, { type: 'load' }));
        }
        this.dispatch();
        return;
      case 'done': {
        const job = member.jobs.get(message.id);
        member.jobs.delete(message.id);
        job?.resolve(message.batch);
        this.dispatch();
        return;
      }
      case 'failed':
        this.fail(new DescribedFailure(message.failure));
        return;
    }
  }

  private dispatch(): void {
    while (this.queue.length > 0 && this.failure === null) {
      const free = this.members
        .filter((member) => member.ready && member.jobs.size < this.options.concurrency)
        .sort((left, right) => left.jobs.size - right.jobs.size)[0];
      if (!free) {
        return;
      }
      const job = this.queue.shift()!;
      const id = this.nextId++;
      free.jobs.set(id, job);
      this.post(free, { type: 'batch', id, rows: job.rows });
    }
  }

  private post(member: Member, message: ToWorker): void {
    if (member.worker !== null) {
      member.worker.postMessage(message);
      return;
    }
    if (message.type === 'batch') {
      const { id, rows } = message;
      member
        .local!.then((local) => local.screen(rows))
        .then(
          (batch) => this.receive(member, { type: 'done', id, batch }),
          (error: unknown) => this.fail(error),
        );
    }
  }

  private fail(error: unknown): void {
    if (this.failure !== null) {
      return;
    }
    this.failure = error instanceof Error ? error : new Error(String(error));
    const jobs = [...this.queue.splice(0), ...this.members.flatMap((member) => [...member.jobs.values()])];
    this.members.forEach((member) => member.jobs.clear());
    jobs.forEach((job) => job.reject(this.failure));
  }
}
