import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ALERT_WEBHOOK_ATTEMPTED, type AlertWebhookAttempted } from '../cases/alert-webhook-events';
import { ScreeningIndexService } from '../screening/screening-index.service';
import { WATCHLIST_VERSION_ACTIVATED, type WatchlistVersionActivated } from '../watchlists/watchlist-events';

/** Request durations from 5 ms to 30 s (screening answers in milliseconds, imports in minutes). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Operation names kept as label values; any further name is counted as `other` (bounded cardinality). */
const MAX_OPERATION_NAMES = 200;

/**
 * The Prometheus metrics of one process, in a registry of its own (not prom-client's global one,
 * so two applications in one process, as in the tests, do not collide). Index and list figures
 * are read from memory when scraped; nothing asks Neo4j.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  private readonly httpRequests = new Counter({
    name: 'partner_graph_http_requests_total',
    help: 'HTTP requests answered, by method, route (the route pattern, not the URL) and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  private readonly httpDuration = new Histogram({
    name: 'partner_graph_http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to the end of its answer, by method, route and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  private readonly graphqlOperations = new Counter({
    name: 'partner_graph_graphql_operations_total',
    help: 'GraphQL operations answered, by operation name (anonymous when unnamed) and HTTP status',
    labelNames: ['operation', 'status'] as const,
    registers: [this.registry],
  });

  private readonly graphqlDuration = new Histogram({
    name: 'partner_graph_graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation over HTTP, by operation name and HTTP status',
    labelNames: ['operation', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  private readonly activations = new Counter({
    name: 'partner_graph_list_versions_activated_total',
    help: 'List versions this process activated (imports and syncs that changed a list), by list',
    labelNames: ['list'] as const,
    registers: [this.registry],
  });

  private readonly activatedEntries = new Gauge({
    name: 'partner_graph_list_version_entries',
    help: 'Entries of the last version of each list this process activated',
    labelNames: ['list'] as const,
    registers: [this.registry],
  });

  private readonly alertWebhookAttempts = new Counter({
    name: 'partner_graph_alert_webhook_attempts_total',
    help: 'Alert webhook delivery attempts this process made, by outcome (delivered, retry, failed)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(private readonly index: ScreeningIndexService) {
    collectDefaultMetrics({ register: this.registry, prefix: 'partner_graph_' });
    this.registerIndexGauges();
  }

  /** Records one answered HTTP request; `/graphql` requests are also counted by operation. */
  recordHttp(request: { method: string; route: string; status: number; seconds: number; operation?: string }): void {
    const labels = { method: request.method, route: request.route, status: String(request.status) };
    this.httpRequests.inc(labels);
    this.httpDuration.observe(labels, request.seconds);
    if (request.operation !== undefined) {
      const operation = { operation: this.operationLabel(request.operation), status: labels.status };
      this.graphqlOperations.inc(operation);
      this.graphqlDuration.observe(operation, request.seconds);
    }
  }

  @OnEvent(WATCHLIST_VERSION_ACTIVATED)
  onVersionActivated(event: WatchlistVersionActivated): void {
    this.activations.inc({ list: event.listId });
    this.activatedEntries.set({ list: event.listId }, event.entries);
  }

  @OnEvent(ALERT_WEBHOOK_ATTEMPTED)
  onAlertWebhookAttempt(event: AlertWebhookAttempted): void {
    this.alertWebhookAttempts.inc({ outcome: event.outcome });
  }

  /** The exposition text, as Prometheus scrapes it. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private operationLabel(name: string): string {
    if (this.operationNames.has(name)) {
      return name;
    }
    if (this.operationNames.size >= MAX_OPERATION_NAMES) {
      return 'other';
    }
    this.operationNames.add(name);
    return name;
  }

  /** Gauges computed at scrape time from the index in service (memory only). */
  private registerIndexGauges(): void {
    const index = this.index;
    const registers = [this.registry];
    // Read at scrape time; a null reading (no build yet) leaves the gauge unset.
    const indexGauge = (name: string, help: string, read: () => number | null): void => {
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const value = read();
          if (value !== null) {
            this.set(value);
          }
        },
      });
    };
    indexGauge(
      'partner_graph_screening_index_ready',
      '1 when the screening index has been built and serves, 0 before its first build',
      () => (index.status().ready ? 1 : 0),
    );
    indexGauge(
      'partner_graph_screening_index_entities',
      'Entities (list entries and curated graph entities) in the screening index in service',
      () => index.peek()?.entities ?? 0,
    );
    indexGauge(
      'partner_graph_screening_index_age_seconds',
      'Seconds since the screening index in service was built',
      () => index.status().ageSeconds,
    );
    indexGauge(
      'partner_graph_screening_index_generation',
      'The graph generation the screening index in service reflects (goes up with each list activation)',
      () => index.status().generation,
    );
    indexGauge(
      'partner_graph_screening_index_behind',
      '1 while the graph has a generation the index does not reflect yet (a rebuild is due or running)',
      () => (index.status().behind ? 1 : 0),
    );
    indexGauge(
      'partner_graph_screening_index_builds',
      'Screening index builds from the graph completed by this process',
      () => index.completedBuilds,
    );
    new Gauge({
      name: 'partner_graph_list_issued_age_seconds',
      help: "Seconds since the publisher's issue date of each list version the index serves (list freshness)",
      labelNames: ['list', 'version'] as const,
      registers,
      collect() {
        this.reset();
        const now = Date.now();
        for (const version of index.peek()?.listVersions ?? []) {
          const issued = version.issuedAt ? Date.parse(version.issuedAt) : Number.NaN;
          if (!Number.isNaN(issued)) {
            this.set({ list: version.listId, version: version.versionId }, Math.max(0, (now - issued) / 1000));
          }
        }
      },
    });
  }
}
