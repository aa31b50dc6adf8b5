import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphService } from '../graph/graph.service';
import { PathRiskService } from '../risk/path-risk.service';
import { ScreeningIndexService, type ScreeningSnapshot } from '../screening/screening-index.service';
import { ScreeningService } from '../screening/screening.service';

/** Past this, readiness stops waiting for the warm-up (a slow database must not keep a replica out for ever). */
export const WARM_UP_READINESS_BOUND_MS = 30_000;

/** How often the warm-up looks again for a first index when none is built or building. */
const INDEX_WAIT_MS = 500;
/** How many times each request is made. */
const WARM_UP_ROUNDS = 4;
/** Screened so that a screening without candidates is warmed too. */
const UNMATCHED_NAME = 'Warm-up probe without any match';

/** How far the warm-up is, as /health/ready reports it. */
export interface WarmUpStatus {
  /** `running` until each request has been made WARM_UP_ROUNDS times; `skipped` when there was nothing to warm with. */
  status: 'running' | 'done' | 'skipped' | 'failed';
  /** Milliseconds each warm-up request took, all rounds together (most of it the first round). */
  requests: Record<string, number>;
  error: string | null;
}

/**
 * Makes the requests this process serves most, a few times each, before readiness says `ok`: a
 * screening of an indexed listed name (resolution, path walk and details, as `POST /api/screen` does
 * by default), a screening that matches nothing, a graph search and a risk-path walk. A replica that
 * took its full share of traffic at once met the first planning and compiling of their Cypher in the
 * requests of its callers (seconds each on a fresh database); behind a load balancer it now gets no
 * traffic before that is done. It does not warm a fresh Neo4j as a whole: the first reads of other
 * parts of the graph stay slow for a while (`npm run bench:load`, README). Readiness waits for the
 * warm-up for at most WARM_UP_READINESS_BOUND_MS; a warm-up that fails is logged and never blocks
 * readiness.
 */
@Injectable()
export class WarmUpService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WarmUpService.name);
  private state: WarmUpStatus = { status: 'running', requests: {}, error: null };
  private startedAt = Date.now();
  private stopped = false;

  constructor(private readonly modules: ModuleRef) {}

  onApplicationBootstrap(): void {
    void this.warm();
  }

  onModuleDestroy(): void {
    this.stopped = true;
  }

  /** The warm-up's state; readiness waits while this is `running` and younger than the bound. */
  status(): WarmUpStatus {
    return { ...this.state, requests: { ...this.state.requests } };
  }

  /** Whether readiness should still wait for the warm-up. */
  holdsReadiness(now: number = Date.now()): boolean {
    return this.state.status === 'running' && now - this.startedAt < WARM_UP_READINESS_BOUND_MS;
  }

  /**
   * Makes each request once (readiness waits from the moment this is called) and says how it went;
   * never rejects. Run at start; a test may run it again once the graph holds a listed entity.
   */
  async warm(): Promise<WarmUpStatus> {
    this.startedAt = Date.now();
    this.state = { status: 'running', requests: {}, error: null };
    const index = this.optional(ScreeningIndexService);
    const screening = this.optional(ScreeningService);
    if (!index || !screening) {
      return this.end('skipped', null);
    }
    try {
      const snapshot = await this.firstSnapshot(index);
      if (snapshot === null) {
        return this.end('skipped', null);
      }
      // Readiness waited for the index until now; its bound on the warm-up counts from here.
      this.startedAt = Date.now();
      const sample = [...snapshot.details].find(([, details]) => details.listings.length > 0);
      if (!sample) {
        return this.end('skipped', null);
      }
      const [entityId, { name }] = sample;
      const graph = this.optional(GraphService);
      const pathRisk = this.optional(PathRiskService);
      // Neo4j compiles a statement's expressions once it has run a few times ("hot"), which is slow
      // on a fresh server too: each request is made that many times, so traffic never meets it.
      for (let round = 0; round < WARM_UP_ROUNDS; round += 1) {
        await this.timed('screen', () => screening.screen({ name }));
        // A name that matches nothing takes other statements (resolution finds no candidate).
        await this.timed('screenUnmatched', () => screening.screen({ name: UNMATCHED_NAME }));
        if (graph) {
          await this.timed('searchEntities', () => graph.searchEntities(name, 10));
        }
        if (pathRisk) {
          await this.timed('riskPaths', () => pathRisk.riskPaths(entityId, 4, null));
        }
      }
      return this.end('done', null);
    } catch (error) {
      return this.end('failed', (error as Error).message.split('\n')[0]);
    }
  }

  /** The first index built from the graph, waiting as long as it takes; null once the module stops. */
  private async firstSnapshot(index: ScreeningIndexService): Promise<ScreeningSnapshot | null> {
    for (;;) {
      await index.whenIdle();
      const snapshot = index.peek();
      if (snapshot !== null || this.stopped) {
        return snapshot;
      }
      // No build running and none done (the database was down): the index's own poll retries.
      await new Promise((resolve) => setTimeout(resolve, INDEX_WAIT_MS));
    }
  }

  private async timed(request: string, call: () => Promise<unknown>): Promise<void> {
    const started = performance.now();
    await call();
    this.state.requests[request] = (this.state.requests[request] ?? 0) + Math.round(performance.now() - started);
  }

  private end(status: WarmUpStatus['status'], error: string | null): WarmUpStatus {
    this.state = { ...this.state, status, error };
    const requests = Object.entries(this.state.requests)
      .map(([request, ms]) => `${request} ${ms} ms`)
      .join(', ');
    if (status === 'failed') {
      this.logger.warn(`Warm-up failed (${error}); readiness does not wait for it`);
    } else {
      this.logger.log(`Warm-up ${status} in ${Date.now() - this.startedAt} ms${requests ? `: ${requests}` : ''}`);
    }
    return this.status();
  }

  /** A service of the application when it has one (a bare health module has none of them). */
  private optional<T>(type: Type<T>): T | null {
    try {
      return this.modules.get(type, { strict: false });
    } catch {
      return null;
    }
  }
}
