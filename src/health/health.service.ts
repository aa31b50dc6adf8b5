import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../neo4j/neo4j.service';
import { sourceCatalogue } from '../watchlists/source-catalogue';
import { freshnessOf, isoInstant } from '../watchlists/watchlist-freshness';

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

export interface ReadyReport {
  status: 'ok' | 'degraded' | 'unavailable';
  reasons: string[];
  database: HealthReport['database'];
  lists: ListFreshnessHealth[] | null;
  checkedAt: string;
}

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: {
    reachable: boolean;
    version: string | null;
    edition: string | null;
    error: string | null;
  };
  checkedAt: string;
}

@Injectable()
export class HealthService {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Asks the database each time: the driver reconnects by itself once Neo4j is back. */
  async check(): Promise<HealthReport> {
    const checkedAt = new Date().toISOString();
    try {
      const rows = await this.neo4j.read('health/server-components');
      const kernel = rows.find((row) => row.name === 'Neo4j Kernel') ?? rows[0];
      return {
        status: 'ok',
        database: {
          reachable: true,
          version: typeof kernel?.version === 'string' ? kernel.version : null,
          edition: typeof kernel?.edition === 'string' ? kernel.edition : null,
          error: null,
        },
        checkedAt,
      };
    } catch (error) {
      return {
        status: 'unavailable',
        database: { reachable: false, version: null, edition: null, error: (error as Error).message.split('\n')[0] },
        checkedAt,
      };
    }
  }

  /** Readiness: unavailable without the database; degraded (still 200) when a list is overdue or alerting. */
  async ready(): Promise<ReadyReport> {
    const health = await this.check();
    const reasons: string[] = [];
    if (health.status !== 'ok') {
      reasons.push(`database unreachable: ${health.database.error}`);
      return { status: 'unavailable', reasons, database: health.database, lists: null, checkedAt: health.checkedAt };
    }
    const lists = await this.listFreshness();
    for (const list of lists ?? []) {
      if (list.overdue) {
        reasons.push(`list ${list.id} overdue: last current ${list.freshAsOf}, due by ${list.dueBy}`);
      }
      if (list.alert) {
        reasons.push(`list ${list.id}: ${list.consecutiveFailures} syncs failed in a row`);
      }
    }
    return {
      status: reasons.length > 0 ? 'degraded' : 'ok',
      reasons,
      database: health.database,
      lists,
      checkedAt: health.checkedAt,
    };
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
