import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Neo4jService } from '../neo4j/neo4j.service';
import { ScreeningIndexService, type ScreeningIndexStatus } from '../screening/screening-index.service';
import { sourceCatalogue } from '../watchlists/source-catalogue';
import { freshnessOf, isoInstant } from '../watchlists/watchlist-freshness';
import { WarmUpService, type WarmUpStatus } from './warm-up.service';

/** One list's freshness as /health/ready reports it (a separate check: an overdue list degrades, never fails). */
export interface ListFreshnessHealth {
  id: string;
  freshAsOf: string | null;
  dueBy: string | null;
  overdue: boolean;
  lastAttemptAt: string | null;
  lastOutcome: string | null;
  consecutiveFailures: number;
  alert: boolean;
}

/** How long the health checks wait for the database's own answer. */
export const DATABASE_PROBE_TIMEOUT_MS = 800;
/**
 * A probe that neither answers nor fails within DATABASE_PROBE_TIMEOUT_MS means a busy database (or
 * a busy process) when other queries have completed this recently, and an unreachable one otherwise.
 */
export const RECENT_ANSWER_MS = 5_000;

export interface DatabaseHealth {
  reachable: boolean;
  /** True when the probe was not answered in time but other queries were, moments ago. */
  busy: boolean;
  version: string | null;
  edition: string | null;
  error: string | null;
}

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: DatabaseHealth;
  checkedAt: string;
}

export interface ReadinessReport {
  /** `ok`: serving current data; `degraded`: serving, with `reasons`; `unavailable`: cannot serve. */
  status: 'ok' | 'degraded' | 'unavailable';
  reasons: string[];
  database: DatabaseHealth;
  screeningIndex: (ScreeningIndexStatus & { staleAfterSeconds: number }) | null;
  /** The start-up warm-up (the most served requests made once); readiness waits for it, within a bound. */
  warmUp: WarmUpStatus;
  /** Each list's freshness against its sync cadence (null when the database cannot be read). */
  lists: ListFreshnessHealth[] | null;
  checkedAt: string;
}

@Injectable()
export class HealthService {
  private screeningIndex: ScreeningIndexService | null | undefined;
  /** What the last answered probe said about the server. */
  private server: { version: string | null; edition: string | null } = { version: null, edition: null };

  constructor(
    private readonly neo4j: Neo4jService,
    private readonly modules: ModuleRef,
    private readonly warmUp: WarmUpService,
  ) {}

  /**
   * Asks the database each time (the driver reconnects by itself once Neo4j is back), but never
   * waits longer than DATABASE_PROBE_TIMEOUT_MS: while Neo4j is down the check answers at once.
   */
  async check(): Promise<HealthReport> {
    const checkedAt = new Date().toISOString();
    const database = await this.probeDatabase();
    return { status: database.reachable ? 'ok' : 'unavailable', database, checkedAt };
  }

  /**
   * Whether this process can serve: the database answers and the screening index is built. Serving
   * with an index behind the graph (an activation not yet rebuilt, or stale beyond its bound) is
   * `degraded`, still HTTP 200, with the reason; the index's state is read from memory.
   */
  async ready(): Promise<ReadinessReport> {
    const checkedAt = new Date().toISOString();
    const database = await this.probeDatabase();
    const index = this.indexService();
    const reasons: string[] = [];
    let status: ReadinessReport['status'] = 'ok';
    if (!database.reachable) {
      status = 'unavailable';
      reasons.push(`database unreachable: ${database.error}`);
    } else if (database.busy) {
      status = 'degraded';
      reasons.push(`database busy: no answer within ${DATABASE_PROBE_TIMEOUT_MS} ms, though queries are completing`);
    }
    const indexStatus = index ? { ...index.status(), staleAfterSeconds: index.staleAfterMs / 1000 } : null;
    if (indexStatus) {
      if (!indexStatus.ready) {
        status = 'unavailable';
        reasons.push(
          indexStatus.lastBuildError
            ? `screening index not built: ${indexStatus.lastBuildError}`
            : 'screening index not built yet',
        );
      } else if (indexStatus.stale) {
        status = status === 'unavailable' ? status : 'degraded';
        reasons.push(
          `screening index stale: behind the graph for ${Math.round(indexStatus.behindSeconds ?? 0)} s (bound ${indexStatus.staleAfterSeconds} s), at generation ${indexStatus.generation} of ${indexStatus.graphGeneration}${indexStatus.lastBuildError ? `; last build failed: ${indexStatus.lastBuildError}` : ''}`,
        );
      } else if (indexStatus.behind) {
        status = status === 'unavailable' ? status : 'degraded';
        reasons.push(
          `screening index behind the graph: at generation ${indexStatus.generation} of ${indexStatus.graphGeneration}, ${indexStatus.building ? 'rebuilding' : 'rebuild due'}`,
        );
      }
    }
    const warmUp = this.warmUp.status();
    if (status !== 'unavailable' && this.warmUp.holdsReadiness()) {
      status = 'unavailable';
      reasons.push('warming up: making the most served requests once before taking traffic');
    }
    // An overdue or alerting list degrades readiness, never fails it: the old version keeps serving.
    const lists = database.reachable ? await this.listFreshness() : null;
    for (const list of lists ?? []) {
      if (list.overdue) {
        reasons.push(`list ${list.id} overdue: last current ${list.freshAsOf}, due by ${list.dueBy}`);
      }
      if (list.alert) {
        reasons.push(`list ${list.id}: ${list.consecutiveFailures} syncs failed in a row`);
      }
      if ((list.overdue || list.alert) && status === 'ok') {
        status = 'degraded';
      }
    }
    return { status, reasons, database, screeningIndex: indexStatus, warmUp, lists, checkedAt };
  }

  /**
   * One probe, not retried: a database that is down answers at once (connection refused or lost).
   * One that does not answer within the deadline is called busy if other queries have completed
   * moments ago (load must not take a replica out of service), and unreachable if not (a hung server).
   */
  private async probeDatabase(): Promise<DatabaseHealth> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), DATABASE_PROBE_TIMEOUT_MS);
    });
    const probe = this.neo4j.probe('health/server-components');
    // The probe may settle after the deadline: its rejection is expected then, not unhandled.
    probe.catch(() => undefined);
    try {
      const rows = await Promise.race([probe, deadline]);
      if (rows === 'deadline') {
        const busy = Date.now() - this.neo4j.lastAnsweredAt < RECENT_ANSWER_MS;
        return {
          reachable: busy,
          busy,
          ...this.server,
          error: busy ? null : `no answer within ${DATABASE_PROBE_TIMEOUT_MS} ms`,
        };
      }
      const kernel = rows.find((row) => row.name === 'Neo4j Kernel') ?? rows[0];
      this.server = {
        version: typeof kernel?.version === 'string' ? kernel.version : null,
        edition: typeof kernel?.edition === 'string' ? kernel.edition : null,
      };
      return { reachable: true, busy: false, ...this.server, error: null };
    } catch (error) {
      return {
        reachable: false,
        busy: false,
        ...this.server,
        error: (error as Error).message.split('\n')[0],
      };
    } finally {
      clearTimeout(timer);
    }
  }

  /** The screening index of this process, when it has one (the API does; a bare health module does not). */
  private indexService(): ScreeningIndexService | null {
    if (this.screeningIndex === undefined) {
      try {
        this.screeningIndex = this.modules.get(ScreeningIndexService, { strict: false });
      } catch {
        this.screeningIndex = null;
      }
    }
    return this.screeningIndex ?? null;
  }

  /** Each list's freshness against the source catalogue; null when it cannot be read. */
  async listFreshness(now: Date = new Date()): Promise<ListFreshnessHealth[] | null> {
    try {
      const rows = await this.neo4j.read('health/list-freshness');
      const catalogue = sourceCatalogue();
      return rows.map((row) => {
        const consecutiveFailures = Number(row.consecutiveFailures ?? 0);
        const freshness = freshnessOf(
          {
            lastSuccessAt: isoInstant(row.lastSuccessAt),
            activeImportedAt: isoInstant(row.activeImportedAt),
            consecutiveFailures,
          },
          catalogue.get(String(row.listId)),
          now,
        );
        return {
          id: String(row.listId),
          freshAsOf: freshness.freshAsOf,
          dueBy: freshness.dueBy,
          overdue: freshness.overdue,
          lastAttemptAt: isoInstant(row.lastAttemptAt),
          lastOutcome: typeof row.lastOutcome === 'string' ? row.lastOutcome : null,
          consecutiveFailures,
          alert: freshness.alert,
        };
      });
    } catch {
      return null;
    }
  }
}
