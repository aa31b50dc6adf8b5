import { Inject, Injectable, Logger } from '@nestjs/common';
import { checkAsOf, checkId, checkRange, MAX_HOPS } from '../graph/graph-arguments';
import { toEntitySummary, toGraphRelationship, toSource } from '../graph/graph-mapping';
import type { NodeRow } from '../graph/graph.repository';
import { EntityNotFoundError } from '../graph/graph.errors';
import type { EntitySummary } from '../graph/models/entity-summary.model';
import type { Source } from '../graph/models/source.model';
import type { Path } from '../graph/models/subgraph.model';
import { type PartnerRisk, type PathRiskAssessment, type RiskFinding, type RiskPath } from './models/risk.model';
import { RiskLevel, WalkDirection } from './risk.enums';
import { RISK_RULES } from './risk-rules.provider';
import { type RiskLevelName, type RiskRules, walkedTypes } from './risk-rules';
import {
  compareFindings,
  findingSentence,
  levelForScore,
  type RiskFindingData,
  readStep,
  riskLevelFrom,
  round,
  targetReasons,
  type WalkNode,
  type WalkStep,
} from './risk-scoring';
import { RiskInputInvalidError } from './risk.errors';
import { type ExpandRow, RiskRepository, type RiskReads } from './risk.repository';

export interface PathRiskOptions {
  /** Default: the rules' defaultHops (4); at most the rules' maxHops (6). */
  maxHops?: number | null;
  /** YYYY-MM-DD; default today. */
  asOf?: string | null;
  /** Whether former relationships count; default: the rules' includeFormerByDefault (false). */
  includeFormer?: boolean | null;
  /**
   * Since rules 1.104.0, for a walk from one entity: entries on other lists that the resolution took for the
   * start's own listed party (`sameBodyAsBest` candidates: another list's entry of the same person or body).
   * Each is reached from the start as the start itself, one identity step of weight 1 ("one listed party
   * with"), and walked on from there; each list counts once: an entry that adds no list the start or an
   * entry before it is on is left out. Since rules 1.108.0 the start may be a body of the graph on no list and
   * these the list entries that name it (`listedBodyLinks`): the step is then "the same body as the list entry"
   * (type `SAME_BODY_LISTED`).
   */
  sameParty?: readonly string[] | null;
}

/** How the walk reached one entity: the first (best-scoring) way, breadth first. */
export interface Visit {
  node: WalkNode;
  parentId: string | null;
  step: WalkStep | null;
  hops: number;
  /** The product of the step weights along the way, decayed per hop. */
  factor: number;
  /** Other relationships joining the same parent to this entity on the same hop (e.g. funded by and owned by). */
  alternatives: WalkStep[];
}

/** The raw outcome of one walk, for the partnership checks. */
export interface Walk {
  start: WalkNode;
  topics: string[];
  asOf: string;
  maxHops: number;
  includeFormer: boolean;
  visits: Map<string, Visit>;
  findings: RiskFindingData[];
  findingsTotal: number;
  truncationReasons: string[];
}

/** What screen() (or any caller) gets for a set of entities. */
export interface PathRiskSummary {
  assessments: PathRiskAssessment[];
  /** Every finding of every entity, strongest first. */
  pathRisks: RiskFinding[];
  riskLevel: RiskLevel;
  reasons: string[];
  rulesId: string;
  rulesVersion: string;
}

const TOP_FINDINGS = 5;

/**
 * Walks affiliation paths from an entity to risk targets (risk categories, active listings) within
 * the hop limit, one query per hop, and scores and explains each finding by the rules.
 */
@Injectable()
export class PathRiskService {
  private readonly logger = new Logger(PathRiskService.name);
  private readonly forwardTypes;
  private readonly backwardTypes;

  constructor(
    private readonly repository: RiskRepository,
    @Inject(RISK_RULES) readonly rules: RiskRules,
  ) {
    const types = walkedTypes(rules);
    this.forwardTypes = types.forward;
    this.backwardTypes = types.backward;
  }

  /**
   * The path risks of several entities (e.g. the graph entities a screened name resolved to), with
   * one overall level. Unknown ids are refused with ENTITY_NOT_FOUND.
   */
  async assess(entityIds: string[], options: PathRiskOptions = {}): Promise<PathRiskSummary> {
    const assessments = await this.assessMany(entityIds, options);
    return this.summarise([...assessments.values()]);
  }

  /**
   * The assessment of each of several entities, by id (in id order): the walks go in lockstep in one
   * read transaction (one query per hop for all of them) and their sources are read once. Each is
   * the assessment `assessEntity` gives alone. Unknown ids are refused with ENTITY_NOT_FOUND.
   */
  async assessMany(entityIds: string[], options: PathRiskOptions = {}): Promise<Map<string, PathRiskAssessment>> {
    const ids = [...new Set(entityIds)].sort();
    if (ids.length === 0) {
      return new Map();
    }
    return this.repository.inReadTransaction(async (reads) => {
      const walks = await this.walkMany(ids, options, reads);
      const sourcesById = await this.sourcesFor(
        [...walks.values()].flatMap((walk) => walk.findings),
        [],
        reads,
      );
      const assessments = new Map<string, PathRiskAssessment>();
      for (const id of ids) {
        assessments.set(id, await this.toAssessment(walks.get(id)!, sourcesById));
      }
      return assessments;
    });
  }

  /** Several entities' assessments as one summary: every finding, strongest first, and one overall level. */
  summarise(assessments: PathRiskAssessment[]): PathRiskSummary {
    const pathRisks = assessments.flatMap((assessment) => assessment.findings);
    pathRisks.sort(
      (left, right) =>
        right.score - left.score ||
        left.hops - right.hops ||
        left.start.id.localeCompare(right.start.id) ||
        left.target.id.localeCompare(right.target.id),
    );
    const overall = riskLevelFrom(
      pathRisks.map((finding) => ({
        level: finding.level,
        score: finding.score,
        sentence: finding.sentence,
      })),
    );
    return {
      assessments,
      pathRisks,
      riskLevel: overall.riskLevel as RiskLevel,
      reasons: overall.reasons,
      rulesId: this.rules.id,
      rulesVersion: this.rules.version,
    };
  }

  /** The pure overall level of findings (of one or several walks), with the sentences that set it. */
  riskLevelFrom(findings: Array<{ level: RiskLevel | RiskLevelName; score: number; sentence: string }>): {
    riskLevel: RiskLevel;
    reasons: string[];
  } {
    const result = riskLevelFrom(findings.map((finding) => ({ ...finding, level: finding.level })));
    return { riskLevel: result.riskLevel as RiskLevel, reasons: result.reasons };
  }

  async assessEntity(entityId: string, options: PathRiskOptions = {}): Promise<PathRiskAssessment> {
    return this.repository.inReadTransaction(async (reads) => {
      const walk = await this.walk(entityId, options, reads);
      return this.toAssessment(walk, await this.sourcesFor(walk.findings, [], reads));
    });
  }

  async partnerRisk(entityId: string, asOf: string | null, sameParty: readonly string[] = []): Promise<PartnerRisk> {
    const assessment = await this.assessEntity(entityId, { asOf, sameParty });
    return {
      entity: assessment.entity,
      riskLevel: assessment.riskLevel,
      reasons: assessment.reasons,
      topFindings: assessment.findings.slice(0, TOP_FINDINGS),
      findingsTotal: assessment.findingsTotal,
      truncated: assessment.truncated,
      truncationReasons: assessment.truncationReasons,
      asOf: assessment.asOf,
      rules: assessment.rules,
      rulesVersion: assessment.rulesVersion,
    };
  }

  /** The graph API's riskPaths: every finding as a path, nearest first. */
  async riskPaths(entityId: string, maxHops: number, asOf: string | null): Promise<RiskPath[]> {
    checkId('entityId', entityId);
    checkRange('maxHops', maxHops, 1, MAX_HOPS);
    const { walk, sourcesById } = await this.repository.inReadTransaction(async (reads) => {
      const found = await this.walk(entityId, { maxHops, asOf }, reads);
      return { walk: found, sourcesById: await this.sourcesFor(found.findings, [], reads) };
    });
    return [...walk.findings]
      .sort((left, right) => left.hops - right.hops || left.target.name.localeCompare(right.target.name))
      .map((finding) => ({
        target: summary(finding.target),
        hops: finding.hops,
        path: this.toPath(finding.nodes, finding.steps, sourcesById),
      }));
  }

  /** One walk, breadth first; every visited entity keeps the best-scoring way it was first reached. */
  async walk(entityId: string, options: PathRiskOptions = {}, reads: RiskReads = this.repository): Promise<Walk> {
    return (await this.walkMany([entityId], options, reads)).get(entityId)!;
  }

  /**
   * Several walks in lockstep: each hop reads the frontiers of every walk in one query, then each walk
   * takes the rows of its own frontier, so every walk is the one `walk` would make alone (the query's
   * per-node limit is per node). Unknown ids are refused with ENTITY_NOT_FOUND.
   */
  async walkMany(
    entityIds: string[],
    options: PathRiskOptions = {},
    reads: RiskReads = this.repository,
  ): Promise<Map<string, Walk>> {
    const ids = [...new Set(entityIds)];
    ids.forEach((id) => checkId('entityId', id));
    const maxHops = options.maxHops ?? this.rules.walk.defaultHops;
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > this.rules.walk.maxHops) {
      throw new RiskInputInvalidError(
        'maxHops',
        `must be an integer from 1 to ${this.rules.walk.maxHops} (got ${maxHops})`,
      );
    }
    const asOf = checkAsOf(options.asOf);
    const includeFormer = options.includeFormer ?? this.rules.walk.includeFormerByDefault;
    const { maxRelationshipsPerNode } = this.rules.walk;
    const expand = (frontierIds: string[]): Promise<ExpandRow[]> =>
      reads.expandStep({
        ids: frontierIds,
        forwardTypes: this.forwardTypes,
        backwardTypes: this.backwardTypes,
        asOf,
        includeFormer,
        perNodeLimit: maxRelationshipsPerNode + 1,
      });
    const sameParty = ids.length === 1 ? [...new Set(options.sameParty ?? [])].filter((id) => id !== ids[0]) : [];
    // The starts and their first hop are read together: one round trip less on every walk.
    const [starts, firstRows] = await Promise.all([reads.findEntities([...ids, ...sameParty]), expand(ids)]);
    const states = ids.map((entityId) => {
      const start = starts.get(entityId);
      if (!start) {
        throw new EntityNotFoundError(entityId);
      }
      return {
        entityId,
        start,
        visits: new Map<string, Visit>([
          [entityId, { node: start.node, parentId: null, step: null, hops: 0, factor: 1, alternatives: [] }],
        ]),
        truncationReasons: [] as string[],
        frontier: [entityId],
        sameParty: [] as string[],
      };
    });
    if (sameParty.length > 0) {
      addSameParty(states[0], sameParty, starts);
    }
    for (let hop = 1; hop <= maxHops; hop++) {
      const walking = states.filter((state) => state.frontier.length > 0);
      if (walking.length === 0) {
        break;
      }
      const rows = hop === 1 ? firstRows : await expand([...new Set(walking.flatMap((state) => state.frontier))]);
      const rowsByVia = new Map<string, ExpandRow[]>();
      for (const row of rows) {
        const list = rowsByVia.get(row.viaId);
        if (list) {
          list.push(row);
        } else {
          rowsByVia.set(row.viaId, [row]);
        }
      }
      for (const state of walking) {
        state.frontier = this.walkHop(
          state.visits,
          state.truncationReasons,
          state.frontier,
          rowsByVia,
          hop,
          maxHops,
          state.start.node.demo,
        );
        if (hop === 1 && state.sameParty.length > 0) {
          // The start's other entries are walked on from hop 1, as an entity reached through SAME_AS is.
          state.frontier = [...state.sameParty, ...state.frontier.filter((id) => !state.sameParty.includes(id))];
        }
      }
    }
    return new Map(
      states.map((state) => [
        state.entityId,
        this.finishWalk(state.start, state.visits, state.truncationReasons, { asOf, maxHops, includeFormer }),
      ]),
    );
  }

  /** One hop of one walk over the rows read for its frontier; the next frontier. */
  private walkHop(
    visits: Map<string, Visit>,
    truncationReasons: string[],
    frontier: string[],
    rowsByVia: Map<string, ExpandRow[]>,
    hop: number,
    maxHops: number,
    fromDemo: boolean,
  ): string[] {
    const { maxRelationshipsPerNode, maxFrontierPerHop } = this.rules.walk;
    const perNode = new Map<string, number>();
    const candidates: Array<{ visit: Visit; order: string }> = [];
    for (const row of frontier.flatMap((id) => rowsByVia.get(id) ?? [])) {
      // Since rules 1.210.0: a real body's walk never enters a fictional demo body (only a demo body's own walk,
      // which starts from one its name reached, goes through the demo data).
      if (row.other.demo && !fromDemo) {
        continue;
      }
      const count = (perNode.get(row.viaId) ?? 0) + 1;
      perNode.set(row.viaId, count);
      if (count > maxRelationshipsPerNode) {
        continue;
      }
      const parent = visits.get(row.viaId);
      const step = readStep(row.type, row.forward, row.fromId, row.toId, row.properties, this.rules);
      if (!parent || !step) {
        continue;
      }
      const factor = parent.factor * step.weight * (hop > 1 ? this.rules.decayPerHop : 1);
      candidates.push({
        visit: { node: row.other, parentId: row.viaId, step, hops: hop, factor, alternatives: [] },
        order: `${row.other.id}\u0000${row.viaId}\u0000${row.type}\u0000${row.forward ? 1 : 0}`,
      });
    }
    for (const [viaId, count] of [...perNode.entries()].sort(([left], [right]) => left.localeCompare(right))) {
      if (count > maxRelationshipsPerNode) {
        truncationReasons.push(
          `${visits.get(viaId)?.node.name ?? viaId} (${viaId}) has more than ${maxRelationshipsPerNode} relationships to follow on hop ${hop}; only ${maxRelationshipsPerNode} were followed`,
        );
      }
    }
    candidates.sort((left, right) => right.visit.factor - left.visit.factor || left.order.localeCompare(right.order));
    const next: Visit[] = [];
    for (const { visit } of candidates) {
      const known = visits.get(visit.node.id);
      if (!known) {
        visits.set(visit.node.id, visit);
        next.push(visit);
      } else if (known.hops === hop && known.parentId === visit.parentId && visit.step) {
        known.alternatives.push(visit.step);
      }
    }
    // `next` is already strongest first: a frontier cut keeps the paths that matter most.
    if (next.length > maxFrontierPerHop && hop < maxHops) {
      truncationReasons.push(
        `${next.length} entities were reached on hop ${hop}; only the ${maxFrontierPerHop} strongest were walked further`,
      );
    }
    return next.slice(0, maxFrontierPerHop).map((visit) => visit.node.id);
  }

  /** The findings of a finished walk, strongest first, cut to the rules' maximum. */
  private finishWalk(
    start: { node: WalkNode; topics: string[] },
    visits: Map<string, Visit>,
    truncationReasons: string[],
    settings: { asOf: string; maxHops: number; includeFormer: boolean },
  ): Walk {
    if (truncationReasons.length > 0) {
      this.logger.debug(`Risk walk from ${start.node.id} was cut: ${truncationReasons.join('; ')}`);
    }

    const findings: RiskFindingData[] = [];
    for (const visit of visits.values()) {
      const reasons = targetReasons(visit.node, this.rules);
      if (reasons.length === 0) {
        continue;
      }
      const { nodes, steps } = chainTo(visits, visit.node.id);
      const score = round(visit.factor * reasons[0].weight);
      findings.push({
        target: visit.node,
        reasons,
        hops: visit.hops,
        score,
        level: levelForScore(score, this.rules),
        sentence: findingSentence(nodes, steps, reasons),
        nodes,
        steps,
      });
    }
    findings.sort(compareFindings);
    const findingsTotal = findings.length;
    if (findingsTotal > this.rules.walk.maxFindings) {
      truncationReasons.push(
        `${findingsTotal} findings; only the ${this.rules.walk.maxFindings} strongest are returned`,
      );
    }
    return {
      start: start.node,
      topics: start.topics,
      ...settings,
      visits,
      findings: findings.slice(0, this.rules.walk.maxFindings),
      findingsTotal,
      truncationReasons,
    };
  }

  async toAssessment(walk: Walk, knownSources?: Map<string, Source>): Promise<PathRiskAssessment> {
    const sourcesById = knownSources ?? (await this.sourcesFor(walk.findings));
    const findings = walk.findings.map((finding) => this.toFinding(walk.start, finding, sourcesById));
    const overall = riskLevelFrom(walk.findings);
    return {
      entity: summary(walk.start),
      riskLevel: overall.riskLevel as RiskLevel,
      reasons: overall.reasons,
      findings,
      findingsTotal: walk.findingsTotal,
      asOf: walk.asOf,
      maxHops: walk.maxHops,
      includeFormer: walk.includeFormer,
      truncated: walk.truncationReasons.length > 0,
      truncationReasons: walk.truncationReasons,
      rules: { id: this.rules.id, version: this.rules.version },
      rulesVersion: this.rules.version,
    };
  }

  toFinding(start: WalkNode, finding: RiskFindingData, sourcesById: Map<string, Source>): RiskFinding {
    return {
      start: summary(start),
      target: summary(finding.target),
      reasons: finding.reasons.map((reason) => ({
        kind: reason.kind,
        category: reason.category,
        listId: reason.listId,
        listName: reason.listName,
        programmes: reason.programmes,
        weight: round(reason.weight),
        description: reason.description,
        sources: reason.sourceIds.flatMap((id) => sourcesById.get(id) ?? []),
      })),
      hops: finding.hops,
      score: finding.score,
      level: finding.level as RiskLevel,
      sentence: finding.sentence,
      path: this.toPath(finding.nodes, finding.steps, sourcesById),
      steps: finding.steps.map((step) => this.toStep(step, sourcesById)),
    };
  }

  toPath(nodes: WalkNode[], steps: WalkStep[], sourcesById: Map<string, Source>): Path {
    return {
      nodes: nodes.map(summary),
      relationships: steps.map((step) =>
        toGraphRelationship(
          { type: step.type, fromId: step.fromId, toId: step.toId, properties: step.properties },
          sourcesById,
        ),
      ),
      hops: steps.length,
    };
  }

  private toStep(step: WalkStep, sourcesById: Map<string, Source>): RiskFinding['steps'][number] {
    return {
      type: step.type,
      direction: step.forward ? WalkDirection.ALONG : WalkDirection.AGAINST,
      from: step.fromId,
      to: step.toId,
      weight: round(step.weight),
      phrase: step.phrase,
      ownership: step.ownership,
      sources: sourceIdsOfStep(step).flatMap((id) => sourcesById.get(id) ?? []),
      alternatives: (step.alternatives ?? []).map((alternative) => this.toStep(alternative, sourcesById)),
    };
  }

  /** The sources of every step and reason of the findings, fetched in one query. */
  async sourcesFor(
    findings: Array<Pick<RiskFindingData, 'steps' | 'reasons'>>,
    extraIds: string[] = [],
    reads: RiskReads = this.repository,
  ): Promise<Map<string, Source>> {
    const ids = new Set<string>(extraIds);
    for (const finding of findings) {
      finding.steps
        .flatMap((step) => [step, ...(step.alternatives ?? [])])
        .forEach((step) => sourceIdsOfStep(step).forEach((id) => ids.add(id)));
      finding.reasons.forEach((reason) => reason.sourceIds.forEach((id) => ids.add(id)));
    }
    const rows = await reads.findSources([...ids].sort());
    return new Map(rows.map((row) => [String(row.id), toSource(row)]));
  }
}

export function summary(node: WalkNode): EntitySummary {
  return toEntitySummary(node as unknown as NodeRow);
}

export function sourceIdsOfStep(step: WalkStep): string[] {
  const value = step.properties.sourceIds;
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * Since rules 1.104.0: the start's other entries (`PathRiskOptions.sameParty`) as visits one identity step from
 * it, in the order given, each only when it adds a list the start and the entries before it are not on.
 */
function addSameParty(
  state: { entityId: string; start: { node: WalkNode }; visits: Map<string, Visit>; sameParty: string[] },
  ids: readonly string[],
  found: Map<string, { node: WalkNode }>,
): void {
  const lists = new Set(state.start.node.listings.map((listing) => listing.listId));
  // Since rules 1.108.0: from a body of the graph on no list, its entries are the list entries that name it.
  const ofBody = lists.size === 0;
  for (const id of ids) {
    const entry = found.get(id);
    const adds = entry ? entry.node.listings.filter((listing) => !lists.has(listing.listId)) : [];
    if (!entry || adds.length === 0 || state.visits.has(id)) {
      continue;
    }
    adds.forEach((listing) => lists.add(listing.listId));
    const step: WalkStep = {
      type: ofBody ? SAME_BODY_LISTED : SAME_LISTED_PARTY,
      forward: true,
      fromId: state.entityId,
      toId: id,
      properties: {},
      weight: 1,
      phrase: ofBody ? 'the same body as the list entry' : 'one listed party with',
      control: true,
      identity: true,
      ownership: null,
    };
    state.visits.set(id, { node: entry.node, parentId: state.entityId, step, hops: 1, factor: 1, alternatives: [] });
    state.sameParty.push(id);
  }
}

/** The step from a resolved list entry to its other entries (not a relationship of the graph; rules 1.104.0). */
export const SAME_LISTED_PARTY = 'SAME_LISTED_PARTY';

/**
 * The step from a resolved body of the graph to a list entry that names it (`listedBodyLinks` in
 * resolution-rule.ts; not a relationship of the graph; rules 1.108.0).
 */
export const SAME_BODY_LISTED = 'SAME_BODY_LISTED';

/** The nodes and steps from the walk's start to `targetId`, in order. */
export function chainTo(visits: Map<string, Visit>, targetId: string): { nodes: WalkNode[]; steps: WalkStep[] } {
  const nodes: WalkNode[] = [];
  const steps: WalkStep[] = [];
  for (let visit = visits.get(targetId); visit; visit = visit.parentId ? visits.get(visit.parentId) : undefined) {
    nodes.unshift(visit.node);
    if (visit.step) {
      steps.unshift(visit.alternatives.length > 0 ? { ...visit.step, alternatives: visit.alternatives } : visit.step);
    }
  }
  return { nodes, steps };
}
