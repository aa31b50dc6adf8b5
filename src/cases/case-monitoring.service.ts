import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { PathRiskService } from '../risk/path-risk.service';
import { ScreeningIndexService } from '../screening/screening-index.service';
import { MAX_BATCH, ScreeningService } from '../screening/screening.service';
import { listMatchFinding, listMatchSeverity } from './case-findings';
import { type MonitoredParty, CasesRepository, type Stored } from './cases.repository';
import { CasesService } from './cases.service';
import { AlertStatus } from './models/case.model';

/** The user monitoring writes as, in alerts and the audit trail. */
export const MONITOR_USER = 'system:monitoring';
const PAGE = MAX_BATCH;

export interface MonitorRunResult {
  generation: number;
  parties: number;
  matches: number;
  alerts: number;
  seconds: number;
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
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly repository: CasesRepository,
    private readonly cases: CasesService,
    private readonly screening: ScreeningService,
    private readonly index: ScreeningIndexService,
    private readonly pathRisk: PathRiskService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.screeningPollIntervalMs > 0) {
      this.schedule();
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    await this.running;
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
    await this.repository.finishMonitorRun(claim, { ...result, finishedAt: new Date().toISOString() });
    this.logger.log(
      `Monitoring for generation ${generation}: ${result.parties} parties re-screened, ${result.alerts} alerts, ${result.seconds.toFixed(1)} s`,
    );
    return result;
  }

  /** Re-screens every monitored party against the index in service and raises the alerts. */
  async rescreen(generation: number): Promise<MonitorRunResult> {
    const started = performance.now();
    const rules = this.pathRisk.rules;
    let parties = 0;
    let matches = 0;
    let alerts = 0;
    let afterId: string | null = null;
    for (;;) {
      const page: MonitoredParty[] = await this.repository.findMonitoredParties(afterId, PAGE);
      if (page.length === 0) {
        break;
      }
      afterId = page[page.length - 1].partyId;
      parties += page.length;
      const results = await this.screening.screenBatch(
        page.map((party) => ({
          name: party.name,
          schema: party.role === 'PERSON' ? 'Person' : 'Organization',
          country: party.country ? [party.country] : null,
          dateOfBirth: party.dateOfBirth.length > 0 ? party.dateOfBirth : null,
          limit: 10,
          pathRisks: false,
        })),
      );
      const hits = page.flatMap((party, position) =>
        results[position].matches
          .filter((match) => match.match && match.lists.length > 0)
          .map((match) => ({ party, match })),
      );
      matches += hits.length;
      if (hits.length === 0) {
        continue;
      }
      const entries = await this.repository.findEntryContents(
        [...new Set(hits.map((hit) => hit.match.entityId))].sort(),
      );
      const drafts = hits.map(({ party, match }) => {
        const { severity, reasons } = listMatchSeverity(match, rules);
        return {
          party,
          draft: listMatchFinding(
            party.partyId,
            party.partyKey,
            null,
            match,
            severity,
            reasons,
            entries.get(match.entityId),
          ),
        };
      });
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
      const now = new Date().toISOString();
      const byCase = new Map<string, Stored[]>();
      for (const { party, draft } of fresh) {
        if (suppressed.has(`${party.partyId}|${draft.targetKey}#${draft.contentHash}`)) {
          continue;
        }
        const knownTarget = party.known.some((known) => known.startsWith(`${draft.targetKey}#`));
        const alert: Stored = {
          id: `alert-${randomUUID()}`,
          caseId: party.caseId,
          partyId: party.partyId,
          targetKey: draft.targetKey,
          contentHash: draft.contentHash,
          change: knownTarget ? 'CHANGED' : 'NEW',
          generation,
          status: AlertStatus.OPEN,
          createdAt: now,
          party: JSON.stringify({ id: party.partyId, role: party.role, name: party.name }),
          finding: JSON.stringify({
            kind: draft.kind,
            severity: draft.severity,
            summary: draft.content.summary,
            matchedEntity: draft.content.matchedEntity,
            lists: draft.content.lists,
            explanation: draft.content.explanation,
            contentHash: draft.contentHash,
          }),
        };
        byCase.set(party.caseId, [...(byCase.get(party.caseId) ?? []), alert]);
      }
      for (const [caseId, caseAlerts] of byCase) {
        await this.cases.raiseAlerts(caseId, caseAlerts, MONITOR_USER);
        alerts += caseAlerts.length;
      }
    }
    return { generation, parties, matches, alerts, seconds: (performance.now() - started) / 1000 };
  }

  private schedule(): void {
    if (this.stopped) {
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.poll().finally(() => {
        this.running = null;
        this.schedule();
      });
    }, this.config.screeningPollIntervalMs);
    this.timer.unref();
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
