import { PollLoop } from '../common/poll-loop';
import { yieldToEventLoop } from '../common/event-loop';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { PathRiskService } from '../risk/path-risk.service';
import { ScreeningIndexService } from '../screening/screening-index.service';
import { MAX_BATCH, ScreeningService } from '../screening/screening.service';
import { AlertWebhookService } from './alert-webhook.service';
import { findingEntryIds, partyFindings, partyScreeningSchema } from './case-findings';
import { type MonitoredParty, CasesRepository, type Stored } from './cases.repository';
import { CasesService } from './cases.service';
import { AlertStatus } from './cases.enums';
import type { RiskFinding } from '../risk/models/risk.model';
import { EntityNotFoundError } from '../graph/graph.errors';
import type { ScreeningInput } from '../screening/dto/screening.input';
import type { ScreeningMatch, ScreeningResult } from '../screening/models/screening-result.model';
import { ScreeningInputError } from '../screening/screening.errors';

/** The user monitoring writes as, in alerts and the audit trail. */
export const MONITOR_USER = 'system:monitoring';
const PAGE = MAX_BATCH;
/** Walks run side by side: each is a few short reads, so the database, not this process, sets the pace. */
const WALK_CONCURRENCY = 4;
/** Inputs screened between two turns of the event loop (a few tens of milliseconds of CPU). */
const SCREEN_SLICE = 50;
/**
 * Screening answers a run keeps for parties still to come (a key and, mostly, an empty list each);
 * past this many they are forgotten, which costs screens, never answers.
 */
const REMEMBERED_INPUTS = 200_000;

export interface MonitorRunResult {
  generation: number;
  parties: number;
  /** Distinct screening inputs screened (parties sharing name, schema, country and dates of birth share one). */
  screened: number;
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

  /**
   * Re-screens every monitored party against the index in service and raises the alerts. The
   * answers are those of screening and walking each party on its own; the work is not: a screening
   * input (name, schema, country, dates of birth) shared by several parties is screened once a run,
   * each entity is walked once a run, and the walks of a page (and of the next one, read ahead) run
   * in the database while this process screens the page's names.
   */
  async rescreen(generation: number): Promise<MonitorRunResult> {
    const started = performance.now();
    const rules = this.pathRisk.rules;
    let parties = 0;
    let matches = 0;
    let pathFindings = 0;
    let refused = 0;
    let alerts = 0;
    const phases = { read: 0, screen: 0, walk: 0, compare: 0, write: 0 };
    let mark = performance.now();
    const lap = (phase: keyof typeof phases): void => {
      const now = performance.now();
      phases[phase] += (now - mark) / 1000;
      mark = now;
    };
    const screened = new Map<string, Screened>();
    let screenedInputs = 0;
    const walks = this.walker();
    let nextPage: Promise<MonitoredParty[]> = this.repository.findMonitoredParties(null, PAGE);
    for (;;) {
      const page: MonitoredParty[] = await nextPage;
      lap('read');
      if (page.length === 0) {
        break;
      }
      walks.start(page);
      // The next page is read, and its walks queued, while this one is screened.
      nextPage = this.repository.findMonitoredParties(page[page.length - 1].partyId, PAGE);
      nextPage.then(
        (next) => walks.start(next),
        () => undefined, // awaited at the top of the loop, where a failure is thrown
      );
      parties += page.length;
      if (screened.size > REMEMBERED_INPUTS) {
        screened.clear();
      }
      const sizeBefore = screened.size;
      const results = await this.screenPage(page, screened);
      screenedInputs += screened.size - sizeBefore;
      for (const [position, result] of results.entries()) {
        if ('refused' in result) {
          refused += 1;
          this.logger.warn(`Monitoring could not screen party ${page[position].partyId}: ${result.refused}`);
        }
      }
      lap('screen');
      const paths = await walks.found(page);
      lap('walk');
      const found = page.map((party, position) => {
        const result = results[position];
        return {
          party,
          matches: 'matches' in result ? result.matches : [],
          paths: party.entityId ? (paths.get(party.entityId) ?? []) : [],
        };
      });
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
      screened: screenedInputs,
      matches,
      pathFindings,
      refused,
      alerts,
      seconds: (performance.now() - started) / 1000,
      phases,
    };
  }

  /**
   * The screening answer of each party of a page: its list matches that count (`match`, on a list),
   * or why the screening refused its stored name. Inputs already screened this run (`screened`) are
   * not screened again; the others are screened in slices, with a turn of the event loop between
   * slices so the walks' answers (and requests) are handled meanwhile.
   */
  private async screenPage(page: MonitoredParty[], screened: Map<string, Screened>): Promise<Screened[]> {
    const keys = page.map((party) => screeningKey(screeningInput(party)));
    const missing = new Map<string, ScreeningInput>();
    for (const [position, key] of keys.entries()) {
      if (!screened.has(key) && !missing.has(key)) {
        missing.set(key, screeningInput(page[position]));
      }
    }
    const pending = [...missing.entries()];
    for (let start = 0; start < pending.length; start += SCREEN_SLICE) {
      const slice = pending.slice(start, start + SCREEN_SLICE);
      const results = await this.screenSlice(slice.map(([, input]) => input));
      slice.forEach(([key], position) => screened.set(key, results[position]));
      await yieldToEventLoop();
    }
    return keys.map((key) => screened.get(key)!);
  }

  /**
   * Screens inputs in one batch. One the screening refuses (a name stored before input checks were
   * as strict) must not stop the run for every other: the slice is then screened one input at a time
   * and a refused one gets its reason.
   */
  private async screenSlice(inputs: ScreeningInput[]): Promise<Screened[]> {
    const options = { resolve: false, freshness: false };
    try {
      // Monitoring uses the matches only; the party's resolution is the case's own.
      return (await this.screening.screenBatch(inputs, options)).map(counted);
    } catch (error) {
      if (!(error instanceof ScreeningInputError)) {
        throw error;
      }
    }
    const results: Screened[] = [];
    for (const input of inputs) {
      try {
        results.push(counted((await this.screening.screenBatch([input], options))[0]));
      } catch (error) {
        if (!(error instanceof ScreeningInputError)) {
          throw error;
        }
        results.push({ refused: error.message });
      }
    }
    return results;
  }

  /**
   * The risk paths of the entities parties resolved to, each entity walked once a run, a few walks
   * at a time: `start` queues a page's entities (returning at once), `found` waits for a page's. An
   * entity gone from the graph has no paths (and is logged).
   */
  private walker(): {
    start: (page: MonitoredParty[]) => void;
    found: (page: MonitoredParty[]) => Promise<Map<string, RiskFinding[]>>;
  } {
    const walks = new Map<string, Promise<RiskFinding[]>>();
    const waiting: Array<() => void> = [];
    let running = 0;
    const acquire = (): Promise<void> => {
      if (running < WALK_CONCURRENCY) {
        running += 1;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiting.push(resolve));
    };
    // A freed place goes to the next walk waiting, if any.
    const release = (): void => {
      const waiter = waiting.shift();
      if (waiter) {
        waiter();
      } else {
        running -= 1;
      }
    };
    const walk = async (id: string): Promise<RiskFinding[]> => {
      await acquire();
      try {
        return (await this.pathRisk.assessEntity(id)).findings;
      } catch (error) {
        if (!(error instanceof EntityNotFoundError)) {
          throw error;
        }
        this.logger.warn(`Monitoring: entity ${id} is no longer in the graph; no paths walked from it`);
        return [];
      } finally {
        release();
      }
    };
    const entityIds = (page: MonitoredParty[]): string[] =>
      [...new Set(page.flatMap((party) => (party.entityId ? [party.entityId] : [])))].sort();
    return {
      start: (page) => {
        for (const id of entityIds(page)) {
          if (!walks.has(id)) {
            const promise = walk(id);
            // Awaited by `found`; until then a failure must not count as unhandled.
            promise.catch(() => undefined);
            walks.set(id, promise);
          }
        }
      },
      found: async (page) => {
        const ids = entityIds(page);
        const findings = await Promise.all(ids.map((id) => walks.get(id)!));
        return new Map(ids.map((id, position) => [id, findings[position]]));
      },
    };
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

/** A party's screening answer in a run: the list matches that count, or why its stored name was refused. */
type Screened = { matches: ScreeningMatch[] } | { refused: string };

/** The matches a finding can come from (`partyFindings` takes no others): kept for the run, the rest dropped. */
function counted(result: ScreeningResult): Screened {
  return { matches: result.matches.filter((match) => match.match && match.lists.length > 0) };
}

/**
 * What monitoring screens a party with: its stored name, the schema of its own reading (`partyScreeningSchema`, from
 * its stored resolution, as the case's runs screen it), country, dates of birth, (since rules 1.219.0) identifiers and
 * (since rules 1.232.0) other names.
 */
function screeningInput(party: MonitoredParty): ScreeningInput {
  return {
    name: party.name,
    schema: partyScreeningSchema(party.role, party.resolution),
    country: party.country ? [party.country] : null,
    dateOfBirth: party.dateOfBirth.length > 0 ? party.dateOfBirth : null,
    identifiers: party.identifiers.length > 0 ? party.identifiers : null,
    aliases: party.aliases.length > 0 ? party.aliases : null,
    limit: 10,
    pathRisks: false,
  };
}

/** Two parties with the same key get the same screening answer. */
function screeningKey(input: ScreeningInput): string {
  return JSON.stringify([
    input.name,
    input.schema,
    input.country,
    input.dateOfBirth,
    input.identifiers,
    input.aliases ?? null,
    input.limit,
  ]);
}
