import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AppConfig } from '../config/app-config';
import { type CliFailure, DescribedFailure } from './exit-codes';
import type { InputRow, ScreenedBatch, ScreenRowOptions } from './screen-batch';
import { SCREEN_WORKER_RESOURCE_LIMITS } from './young-generation';

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

interface Member {
  worker: Worker;
  ready: boolean;
  jobs: Map<number, Job>;
  exited: Promise<void>;
}

/**
 * Worker threads that screen batches for `partner-graph screen`, each with its own screening context
 * (Nest, a Neo4j driver, the index). The first reads the saved index, or builds it from the graph
 * and saves it; the others start at once (booting Nest meanwhile) but read the index only once the
 * first has, so the graph is read for an index once, not once a thread. A batch goes to the ready
 * worker with the fewest batches in flight, at most `concurrency` each; the first failure of any
 * worker fails every batch not yet answered.
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
  ) {
    this.members.push(this.start(true));
  }

  /** Screens one batch in a worker; resolves with its lines in the order of `rows`. */
  screen(rows: InputRow[]): Promise<ScreenedBatch> {
    if (this.failure !== null) {
      return Promise.reject(this.failure);
    }
    // The other workers start with the second batch: a file of one batch never pays for them.
    while (this.members.length < this.size && this.nextId + this.queue.length > 0) {
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

  /** Lets every worker close its context and exit (ended after a few seconds if one does not). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.members.map(async (member) => {
        this.post(member, { type: 'close' });
        const timer = setTimeout(() => void member.worker.terminate(), 10_000);
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
    const member: Member = { worker, ready: false, jobs: new Map(), exited };
    worker.on('message', (message: FromWorker) => this.receive(member, message));
    worker.on('error', (error) => this.fail(error));
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
    member.worker.postMessage(message);
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
