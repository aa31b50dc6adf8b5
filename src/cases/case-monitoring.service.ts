import { PollLoop } from '../common/poll-loop';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { PathRiskService } from '../risk/path-risk.service';
import { ScreeningIndexService } from '../screening/screening-index.service';
import { MAX_BATCH, ScreeningService } from '../screening/screening.service';
import { AlertWebhookService } from './alert-webhook.service';
import { findingEntryIds, partyFindings } from './case-findings';
import { type MonitoredParty, CasesRepository, type Stored } from './cases.repository';
import { CasesService } from './cases.service';
import { AlertStatus } from './models/case.model';
import type { RiskFinding } from '../risk/models/risk.model';
import { EntityNotFoundError } from '../graph/graph.errors';
import type { ScreeningResult } from '../screening/models/screening-result.model';
import { ScreeningInputError } from '../screening/screening.errors';

/** The user monitoring writes as, in alerts and the audit trail. */
export const MONITOR_USER = 'system:monitoring';
const PAGE = MAX_BATCH;
/** Walks run side by side: each is a few short reads, so the database, not this process, sets the pace. */
const WALK_CONCURRENCY = 4;

export interface MonitorRunResult {
  generation: number;
  parties: number;
  matches: number;
  /** Risk paths found from the parties resolved to an entity (new, known and suppressed alike). */
  pathFindings: number;
  /** Parties whose stored name the screening refuses (e.g. control characters): not screened, logged. */
  refused: number;
  alerts: number;
  seconds: number;
  /** Seconds spent reading parties, screening names, walking paths, comparing with what is known, writing alerts. */
  phases: { read: number; screen: number; walk: number; compare: number; write: number };
}

/**
 * After each list or reference activation (the graph generation goes up), re-screens the parties of
 * open cases and of cases approved, and raises an alert for each list match that is new to the case
 * or whose entry changed, unless a dismissal still suppresses it. Every replica polls, but a claim
 * node per generation lets exactly one of them run it.
 */
@Injectable()
export class CaseMonitoringService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CaseMonitoringService.name);
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private lastGeneration: number | null = null;
  private readonly loop: PollLoop;

  constructor(
    private readonly repository: CasesRepository,
    private readonly cases: CasesService,
    private readonly screening: ScreeningService,
    private readonly index: ScreeningIndexService,
    private readonly pathRisk: PathRiskService,
    private readonly webhook: AlertWebhookService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.loop = new PollLoop(() => this.poll(), config.screeningPollIntervalMs);
  }

  onApplicationBootstrap(): void {
    if (this.config.screeningPollIntervalMs > 0) {
      this.loop.start();
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
  }

  /**
   * Runs monitoring for `generation` unless some process claimed it already; null when another did.
   * The screening index must reflect the generation first, so matches come from the new versions.
   */
  async runForGeneration(generation: number): Promise<MonitorRunResult | null> {
    const snapshot = await this.index.current();
    if (snapshot.generation < generation) {
      await this.index.requestRebuild(`case monitoring: generation ${generation}`);
    }
    const claim = `generation-${generation}`;
    // A token per attempt: only the attempt that created the claim runs, in this process too.
    if (!(await this.repository.claimMonitorRun(claim, `${this.owner}:${randomUUID()}`, generation))) {
      return null;
    }
    const result = await this.rescreen(generation);
    const { phases, ...figures } = result;
    await this.repository.finishMonitorRun(claim, {
      ...figures,
      phases: JSON.stringify(phases),
      finishedAt: new Date().toISOString(),
    });
    this.logger.log(
      `Monitoring for generation ${generation}: ${result.parties} parties re-screened (${result.refused} refused), ${result.alerts} alerts, ${result.seconds.toFixed(1)} s`,
    );
    return result;
  }

  /** Re-screens every monitored party against the index in service and raises the alerts. */
  async rescreen(generation: number): Promise<MonitorRunResult> {
    const started = performance.now();
    const rules = this.pathRisk.rules;
    let parties = 0;
    let matches = 0;
    let pathFindings = 0;
    let refused = 0;
    let alerts = 0;
    let afterId: string | null = null;
    const phases = { read: 0, screen: 0, walk: 0, compare: 0, write: 0 };
    let mark = performance.now();
    const lap = (phase: keyof typeof phases): void => {
      const now = performance.now();
      phases[phase] += (now - mark) / 1000;
      mark = now;
    };
    // Each entity is walked once a run, however many parties on however many pages resolved to it.
    const walked = new Map<string, RiskFinding[]>();
    for (;;) {
      const page: MonitoredParty[] = await this.repository.findMonitoredParties(afterId, PAGE);
      lap('read');
      if (page.length === 0) {
        break;
      }
      afterId = page[page.length - 1].partyId;
      parties += page.length;
      const results = await this.screenPage(page);
      refused += results.filter((result) => result === null).length;
      lap('screen');
      const paths = await this.walkEntities(
        page.flatMap((party) => (party.entityId ? [party.entityId] : [])),
        walked,
      );
      lap('walk');
      const found = page.map((party, position) => ({
        party,
        matches: results[position]?.matches ?? [],
        paths: party.entityId ? (paths.get(party.entityId) ?? []) : [],
      }));
      const entries = await this.repository.findEntryContents(
        findingEntryIds(
          found.flatMap((one) => one.matches),
          found.flatMap((one) => one.paths),
        ).sort(),
      );
      const drafts = found.flatMap(({ party, matches, paths: partyPaths }) =>
        partyFindings(
          { id: party.partyId, partyKey: party.partyKey, entityId: party.entityId },
          matches,
          partyPaths,
          entries,
          rules,
        ).map((draft) => ({ party, draft })),
      );
      matches += drafts.filter(({ draft }) => draft.kind === 'LIST_MATCH').length;
      pathFindings += drafts.filter(({ draft }) => draft.kind === 'PATH_RISK').length;
      if (drafts.length === 0) {
        lap('compare');
        continue;
      }
      const fresh = drafts.filter(
        ({ party, draft }) => !party.known.includes(`${draft.targetKey}#${draft.contentHash}`),
      );
      const suppressions = await this.repository.findMonitorSuppressions(
        fresh.map(({ party, draft }) => ({
          caseId: party.caseId,
          partyId: party.partyId,
          partyKey: party.partyKey,
          targetKey: draft.targetKey,
        })),
      );
      const suppressed = new Set(
        suppressions.map((suppression) => `${suppression.partyId}|${suppression.targetKey}#${suppression.contentHash}`),
      );
      const dismissed = new Set(suppressions.map((suppression) => `${suppression.partyId}|${suppression.targetKey}`));
      const now = new Date().toISOString();
      const byCase = new Map<string, Stored[]>();
      for (const { party, draft } of fresh) {
        if (suppressed.has(`${party.partyId}|${draft.targetKey}#${draft.contentHash}`)) {
          continue;
        }
        const knownTarget = party.known.some((known) => known.startsWith(`${draft.targetKey}#`));
        // Dismissed, but what the dismissal rested on changed: it comes back, marked so.
        const change = dismissed.has(`${party.partyId}|${draft.targetKey}`)
          ? 'CHANGED_SINCE_DISMISSED'
          : knownTarget
            ? 'CHANGED'
            : 'NEW';
        const alert: Stored = {
          id: `alert-${randomUUID()}`,
          caseId: party.caseId,
          partyId: party.partyId,
          targetKey: draft.targetKey,
          contentHash: draft.contentHash,
          change,
          generation,
          status: AlertStatus.OPEN,
          createdAt: now,
          ...this.webhook.newDelivery(now),
          party: JSON.stringify({ id: party.partyId, role: party.role, name: party.name }),
          finding: JSON.stringify({
            kind: draft.kind,
            severity: draft.severity,
            summary: draft.content.summary,
            matchedEntity: draft.content.matchedEntity,
            lists: draft.content.lists,
            explanation: draft.content.explanation,
            paths: draft.content.paths,
            contentHash: draft.contentHash,
          }),
        };
        byCase.set(party.caseId, [...(byCase.get(party.caseId) ?? []), alert]);
      }
      lap('compare');
      alerts += await this.cases.raiseAlertsForCases(byCase, MONITOR_USER);
      lap('write');
      if (byCase.size > 0) {
        this.webhook.wake();
      }
    }
    return {
      generation,
      parties,
      matches,
      pathFindings,
      refused,
      alerts,
      seconds: (performance.now() - started) / 1000,
      phases,
    };
  }

  /**
   * Screens a page of parties in one batch. One party the screening refuses (a name stored before
   * input checks were as strict) must not stop the run for every other: the page is then screened
   * one party at a time and the refused ones get null (logged by party id, never by name).
   */
  private async screenPage(page: MonitoredParty[]): Promise<Array<ScreeningResult | null>> {
    const inputs = page.map((party) => ({
      name: party.name,
      schema: party.role === 'PERSON' ? 'Person' : 'Organization',
      country: party.country ? [party.country] : null,
      dateOfBirth: party.dateOfBirth.length > 0 ? party.dateOfBirth : null,
      limit: 10,
      pathRisks: false,
    }));
    try {
      // Monitoring uses the matches only; the party's resolution is the case's own.
      return await this.screening.screenBatch(inputs, { resolve: false });
    } catch (error) {
      if (!(error instanceof ScreeningInputError)) {
        throw error;
      }
    }
    const results: Array<ScreeningResult | null> = [];
    for (const [position, input] of inputs.entries()) {
      try {
        results.push((await this.screening.screenBatch([input], { resolve: false }))[0]);
      } catch (error) {
        if (!(error instanceof ScreeningInputError)) {
          throw error;
        }
        this.logger.warn(`Monitoring could not screen party ${page[position].partyId}: ${error.message}`);
        results.push(null);
      }
    }
    return results;
  }

  /**
   * The risk paths of each entity today, added to `found` (the run's walks so far, which are not
   * walked again), a few walks at a time. An entity gone from the graph has no paths (and is logged).
   */
  private async walkEntities(
    entityIds: string[],
    found: Map<string, RiskFinding[]>,
  ): Promise<Map<string, RiskFinding[]>> {
    const ids = [...new Set(entityIds)].filter((id) => !found.has(id)).sort();
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < ids.length) {
        const id = ids[next++];
        try {
          found.set(id, (await this.pathRisk.assessEntity(id)).findings);
        } catch (error) {
          if (!(error instanceof EntityNotFoundError)) {
            throw error;
          }
          this.logger.warn(`Monitoring: entity ${id} is no longer in the graph; no paths walked from it`);
          found.set(id, []);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(WALK_CONCURRENCY, ids.length) }, worker));
    return found;
  }

  private async poll(): Promise<void> {
    try {
      const generation = await this.repository.findGraphGeneration();
      if (generation > 0 && generation !== this.lastGeneration) {
        await this.runForGeneration(generation);
        this.lastGeneration = generation;
      }
    } catch (error) {
      this.logger.error(`Case monitoring failed: ${(error as Error).message}`);
    }
  }
}
