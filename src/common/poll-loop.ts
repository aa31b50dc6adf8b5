/**
 * A background poll: one run at a time, the next one `intervalMs` after the last ends, never keeping
 * the process alive, and stopped cleanly (no run starts after `stop`, which waits for one in flight).
 */
export class PollLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly run: () => Promise<unknown>,
    private readonly intervalMs: number,
  ) {}

  /** Starts polling: the first run after `delayMs` (the interval unless told). */
  start(delayMs = this.intervalMs): void {
    this.schedule(delayMs);
  }

  /** Runs now instead of at the next tick; while a run is in flight, once more as soon as it ends. */
  wake(): void {
    if (this.stopped) {
      return;
    }
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.schedule(0);
  }

  /** Stops polling and waits for a run in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) {
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.run().finally(() => {
        this.running = null;
        const soon = this.again;
        this.again = false;
        this.schedule(soon ? 0 : this.intervalMs);
      });
    }, delayMs);
    // The poll alone never keeps a process alive.
    this.timer.unref();
  }
}
