import { AppError } from '../common/app-error';

export interface AvailabilityGateOptions {
  /** Least time between two probes while the database is down. */
  retryMs: number;
  /** A probe that has not answered in this time counts as failed. */
  probeTimeoutMs: number;
}

/**
 * Fails fast while the database is known to be down, so that an outage answers 503 at once instead of
 * holding every request (and every pooled connection) until a timeout, and so that a database that is
 * starting again is not flooded before it can serve.
 *
 * A request that finds the database unreachable marks it down. While it is down, callers are refused
 * with DATABASE_UNAVAILABLE at once, except that one probe at a time (at most one per `retryMs`) asks
 * the database a trivial question; callers arriving meanwhile wait for that probe's answer (bounded by
 * `probeTimeoutMs`), and a probe that answers lets everyone through again.
 */
export class AvailabilityGate {
  private downSince: number | null = null;
  private downTimes = 0;
  private probing: Promise<boolean> | null = null;
  private lastProbeAt = 0;

  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly options: AvailabilityGateOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** When the database was last found unreachable and not seen answering since (epoch ms), or null. */
  get unavailableSince(): number | null {
    return this.downSince;
  }

  /**
   * How many times the database has been found down since start: a request that sees this change while
   * it ran overlapped an outage.
   */
  get outages(): number {
    return this.downTimes;
  }

  markDown(): void {
    if (this.downSince === null) {
      this.downSince = this.now();
      this.downTimes += 1;
    }
  }

  markUp(): void {
    this.downSince = null;
  }

  /** Resolves when work may go to the database; throws DATABASE_UNAVAILABLE while it is known down. */
  async admit(): Promise<void> {
    if (this.downSince === null) {
      return;
    }
    if (this.probing === null && this.now() - this.lastProbeAt >= this.options.retryMs) {
      this.lastProbeAt = this.now();
      this.probing = this.probeOnce().finally(() => {
        this.probing = null;
      });
    }
    const probing = this.probing;
    if (probing !== null && (await probing)) {
      return;
    }
    if (this.downSince === null) {
      return;
    }
    throw new AppError(
      'DATABASE_UNAVAILABLE',
      `The database has not answered since ${new Date(this.downSince).toISOString()}; try again shortly`,
    );
  }

  private async probeOnce(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), this.options.probeTimeoutMs);
    });
    const answered = this.probe().then(
      () => true,
      () => false,
    );
    try {
      const up = await Promise.race([answered, deadline]);
      if (up) {
        this.markUp();
      }
      return up;
    } finally {
      clearTimeout(timer);
    }
  }
}
