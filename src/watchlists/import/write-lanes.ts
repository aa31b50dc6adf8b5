/**
 * Runs writes while the caller goes on (parses the next batch): up to `lanes` `concurrent` writes at a
 * time; `beside` writes, one at a time, each after the writes running when it was given, alongside
 * later concurrent ones; and `alone` writes, which start after every earlier write ended and finish
 * before any later one starts. A failed write surfaces at the next call or at `drain`; the writes
 * already running end first. Knows nothing of Neo4j: a write is any function returning a promise.
 */
export class WriteLanes {
  private readonly running = new Set<Promise<void>>();
  private aloneRunning = false;
  private side: Promise<void> = Promise.resolve();
  private failure: { reason: unknown } | null = null;

  constructor(private readonly lanes: number) {
    if (!Number.isInteger(lanes) || lanes < 1) {
      throw new Error(`WriteLanes needs at least one lane (got ${lanes})`);
    }
  }

  /** Starts `write` once fewer than `lanes` writes run (and no `alone` write does). */
  async concurrent(write: () => Promise<void>): Promise<void> {
    await this.waitBelow(this.lanes);
    this.start(write, false);
  }

  /** Starts `write` once every earlier write has ended; later writes wait for it. */
  async alone(write: () => Promise<void>): Promise<void> {
    await this.side;
    await this.waitBelow(1);
    this.start(write, true);
  }

  /** Queues `write` after the writes running now and the side write before it (one runs, one waits). */
  async beside(write: () => Promise<void>): Promise<void> {
    const previous = this.side;
    const before = [...this.running];
    this.side = Promise.all([previous, ...before])
      .then(async () => {
        if (!this.failure) {
          await write();
        }
      })
      .catch((reason: unknown) => {
        this.failure ??= { reason };
      });
    await previous;
    this.throwIfFailed();
  }

  /** Waits for every write given so far; throws the first failure. */
  async drain(): Promise<void> {
    await this.side;
    await this.waitBelow(1);
  }

  /** Waits for the writes in flight to end, whatever their outcome (before marking a version failed). */
  async settle(): Promise<void> {
    await this.side;
    while (this.running.size > 0) {
      await Promise.race(this.running);
    }
  }

  private async waitBelow(limit: number): Promise<void> {
    while (this.running.size >= (this.aloneRunning ? 1 : limit)) {
      await Promise.race(this.running);
    }
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) {
      throw this.failure.reason;
    }
  }

  private start(write: () => Promise<void>, alone: boolean): void {
    this.aloneRunning = alone;
    const running: Promise<void> = write()
      .catch((reason: unknown) => {
        this.failure ??= { reason };
      })
      .finally(() => this.running.delete(running));
    this.running.add(running);
  }
}
