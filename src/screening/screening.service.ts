import { countReason, EMPTY_TEXT_REASON, REQUIRED_REASON, textLengthReason } from '../common/text-input';
import { AppError } from '../common/app-error';
import { birthDateProblem, MAX_BIRTH_DATES } from '../common/birth-date';
import { asOfDate, asOfReason } from '../common/as-of';
import { MAX_NAME_LENGTH } from '../common/name-length';
import { MAX_IDENTIFIER_LENGTH } from '../common/identifiers';
import { toPublicError } from '../common/error-mapper';
import { Injectable, Optional } from '@nestjs/common';
import { EntityResolverService, type ExpectedParty } from '../risk/entity-resolver';
import { type PartyResolution, type PathRiskAssessment } from '../risk/models/risk.model';
import { RiskLevel } from '../risk/risk.enums';
import { PathRiskService, type PathRiskSummary } from '../risk/path-risk.service';
import { fixed } from '../risk/resolution-rule';
import { levelForScore, riskLevelFrom } from '../risk/risk-scoring';
import { yieldToEventLoop } from '../common/event-loop';
import { NAME_WORD_CHARACTER, NO_NAME_CHARACTER_REASON, refusedCharacterReason } from '../common/control-characters';
import { MATCH_THRESHOLD, type MatchQuery, type MatchResult, SearchWork } from '../matching';
import { countryInputReason, countryOfInput } from '../matching/country-input';
import type { ScreeningInput } from './dto/screening.input';
import type { ScreeningMatch, ScreeningResult } from './models/screening-result.model';
import { ScreeningInputError } from './screening.errors';
import type { ListFreshness } from '../watchlists/watchlist-freshness';
import { ListFreshnessCache } from './list-freshness.cache';
import { matchTargetReasons, reviewOnly } from './match-reasons';
import {
  matchedStarts,
  pathCounted,
  screenSentence,
  type UncountedNamesake,
  uncountedNamesakes,
} from './screen-path-risks';
import type { RiskRules } from '../risk/risk-rules';
import { ScreeningIndexService, type ScreeningSnapshot } from './screening-index.service';

/** Since rules 1.219.0 one limit for every route's names (`src/common/name-length.ts`). */
export { MAX_NAME_LENGTH };
export const MAX_BATCH = 1_000;
export const MAX_LIMIT = 50;
export const DEFAULT_LIMIT = 5;
const MAX_VALUES = 20;
/** Candidates below this score are never returned, whatever the threshold. */
const LOWEST_RETURNED = 0.5;

/** Schemas a query may give (FollowTheMoney names), by lower-case spelling. */
export const SCREENING_SCHEMAS = [
  'Person',
  'Organization',
  'Company',
  'PublicBody',
  'LegalEntity',
  'Vessel',
  'Airplane',
  'Vehicle',
  'Asset',
  'Thing',
] as const;
const SCHEMA_BY_LOWER = new Map<string, string>(SCREENING_SCHEMAS.map((schema) => [schema.toLowerCase(), schema]));

/**
 * Names screened between two turns of the event loop in a batch (about 20–50 ms of CPU on this
 * machine): a batch of a thousand must not hold the loop for seconds (see `yieldToEventLoop`).
 */
const INPUTS_BETWEEN_YIELDS = 25;

/** Path-risk assessments screenEach remembers at most (a few KB each); all are forgotten when full. */
const WALKS_REMEMBERED = 20_000;

/** A checked query, ready for the index. */
export interface PreparedScreening {
  query: MatchQuery;
  limit: number;
  threshold: number;
  lists: string[];
  /** Whether to walk the matched entities' affiliation paths, and how. */
  walk: { enabled: boolean; maxHops: number | null; asOf: string | null };
}

/** Screens parties against the current candidate index, with explanations. */
@Injectable()
export class ScreeningService {
  /** The walks screenEach remembered, by the index snapshot they were made for (see `rememberWalks`). */
  private readonly rememberedWalks = new WeakMap<ScreeningSnapshot, Map<string, Promise<PathRiskAssessment>>>();

  constructor(
    private readonly indexService: ScreeningIndexService,
    private readonly pathRisk: PathRiskService,
    private readonly resolver: EntityResolverService,
    @Optional() private readonly freshness?: ListFreshnessCache,
  ) {}

  async screen(input: ScreeningInput): Promise<ScreeningResult> {
    const prepared = prepareScreening(input, '');
    const snapshot = await this.indexService.current();
    const behind = this.indexService.isBehindGraph(snapshot);
    const [result] = thrown(
      await this.assessAll(
        [runScreening(snapshot, checkLists(prepared, snapshot, ''), behind, this.pathRisk.rules, this.resolver)],
        [prepared],
        snapshot,
        true,
      ),
    );
    return this.withFreshness(result);
  }

  /**
   * `options.resolve: false` leaves `resolution` null and saves its two Neo4j reads a name, and
   * `options.freshness: false` leaves each list version's `stale` false and `freshAsOf` null: for
   * callers that use the matches only (case monitoring re-screening thousands of parties).
   */
  async screenBatch(
    inputs: ScreeningInput[],
    options: { resolve?: boolean; freshness?: boolean } = {},
  ): Promise<ScreeningResult[]> {
    if (!Array.isArray(inputs)) {
      throw new ScreeningInputError('inputs', 'must be a list of screening inputs');
    }
    if (inputs.length > MAX_BATCH) {
      throw new ScreeningInputError('inputs', `at most ${MAX_BATCH} inputs a call; got ${inputs.length}`);
    }
    const prepared = inputs.map((input, position) => prepareScreening(input, `inputs[${position}].`));
    const snapshot = await this.indexService.current();
    const behind = this.indexService.isBehindGraph(snapshot);
    const screened: Screened[] = [];
    for (const [position, one] of prepared.entries()) {
      screened.push(
        runScreening(
          snapshot,
          checkLists(one, snapshot, `inputs[${position}].`),
          behind,
          this.pathRisk.rules,
          (options.resolve ?? true) ? this.resolver : null,
        ),
      );
      if (position % INPUTS_BETWEEN_YIELDS === INPUTS_BETWEEN_YIELDS - 1) {
        await yieldToEventLoop();
      }
    }
    const results = thrown(await this.assessAll(screened, prepared, snapshot, options.resolve ?? true));
    if (options.freshness ?? true) {
      for (const result of results) {
        await this.withFreshness(result);
      }
    }
    return results;
  }

  /**
   * Screens each input on its own, as `screen` would (the same result for the same input), but with
   * the graph reads of all of them together: one resolution read and one path walk (a query per hop)
   * for the whole set. An input that `screen` would refuse with a 400 error gets that error in its
   * place; the others their results. For the CLI's batches and any caller of many rows.
   *
   * `options.rememberWalks: true` walks each matched entity once for the index snapshot: a later set
   * that matches it again gets the assessment made for the first (the same one while the graph is not
   * changed under the run; `screen` screens a file against one snapshot). A third to two-fifths of a
   * file's matched entities are matched again in a later batch.
   */
  async screenEach(
    inputs: ScreeningInput[],
    options: { rememberWalks?: boolean } = {},
  ): Promise<Array<ScreeningResult | AppError>> {
    const snapshot = await this.indexService.current();
    const behind = this.indexService.isBehindGraph(snapshot);
    const outcomes: Array<ScreeningResult | AppError> = new Array<ScreeningResult | AppError>(inputs.length);
    const positions: number[] = [];
    const prepared: PreparedScreening[] = [];
    const screened: Screened[] = [];
    for (const [position, input] of inputs.entries()) {
      try {
        const one = checkLists(prepareScreening(input, ''), snapshot, '');
        screened.push(runScreening(snapshot, one, behind, this.pathRisk.rules, this.resolver));
        prepared.push(one);
        positions.push(position);
      } catch (error) {
        outcomes[position] = refusal(error);
      }
      if (position % INPUTS_BETWEEN_YIELDS === INPUTS_BETWEEN_YIELDS - 1) {
        await yieldToEventLoop();
      }
    }
    const assessed = await this.assessAll(screened, prepared, snapshot, true, options.rememberWalks ?? false);
    // The lists' freshness once for the set (every result has the snapshot's list versions), not once a row.
    const known = new Map<string, ListFreshness | null>();
    for (const version of snapshot.listVersions) {
      known.set(version.listId, this.freshness ? await this.freshness.freshness(version.listId) : null);
    }
    for (const [index, result] of assessed.entries()) {
      outcomes[positions[index]] = result instanceof AppError ? result : await this.withFreshness(result, known);
    }
    return outcomes;
  }

  /** `stale` and `freshAsOf` of each list version, by the lists' latest syncs (or as `known` has them). */
  private async withFreshness(
    result: ScreeningResult,
    known?: ReadonlyMap<string, ListFreshness | null>,
  ): Promise<ScreeningResult> {
    for (const version of result.listVersions) {
      const freshness =
        known?.get(version.listId) ?? (this.freshness ? await this.freshness.freshness(version.listId) : null);
      version.stale = freshness?.overdue ?? false;
      version.freshAsOf = freshness?.freshAsOf ?? null;
    }
    return result;
  }

  /**
   * The graph reads of many screenings together: every party resolved in one go, and the matched
   * entities of all screenings that walk with the same settings (hops, date) walked together; then
   * each screening assessed on its own. A walk setting the rules refuse (a 400 error) is that
   * screening's error; any other failure fails them all.
   */
  private async assessAll(
    screened: Screened[],
    prepared: PreparedScreening[],
    snapshot: ScreeningSnapshot,
    resolve: boolean,
    rememberWalks = false,
  ): Promise<Array<ScreeningResult | AppError>> {
    const resolutions = resolve
      ? await this.resolver.resolveMatchesMany(
          screened.map((one, position) => ({
            name: prepared[position].query.name,
            countries: prepared[position].query.countries ?? [],
            results: one.raw,
            kind: partyKind(prepared[position].query.schema),
            // Since rules 1.166.0: a name screened without a schema is resolved through the resolver's own readings
            // of an organisation, then a person, as `partnerRisk` resolves it.
            query: prepared[position].query,
            lists: prepared[position].lists,
            work: one.work,
          })),
          snapshot,
        )
      : screened.map(() => null);
    const groups = new Map<string, { walk: PreparedScreening['walk']; ids: Set<string> }>();
    const walkKey = (walk: PreparedScreening['walk']): string => `${walk.maxHops ?? ''}|${walk.asOf ?? ''}`;
    screened.forEach((one, position) => {
      const walk = prepared[position].walk;
      const ids = matchedEntityIds(one.result);
      if (!walk.enabled || ids.length === 0) {
        return;
      }
      const group = groups.get(walkKey(walk)) ?? { walk, ids: new Set<string>() };
      ids.forEach((id) => group.ids.add(id));
      groups.set(walkKey(walk), group);
    });
    const walked = new Map<string, Map<string, PathRiskAssessment> | AppError>();
    for (const [key, group] of groups) {
      try {
        walked.set(key, await this.walks([...group.ids], group.walk, rememberWalks ? snapshot : null));
      } catch (error) {
        walked.set(key, refusal(error));
      }
    }
    return screened.map((one, position) => {
      const walk = prepared[position].walk;
      const ids = [...new Set(matchedEntityIds(one.result))].sort();
      let summary: PathRiskSummary | null = null;
      if (walk.enabled && ids.length > 0) {
        const assessments = walked.get(walkKey(walk))!;
        if (assessments instanceof AppError) {
          return assessments;
        }
        summary = this.pathRisk.summarise(ids.map((id) => assessments.get(id)!));
      }
      return this.assess(one, prepared[position], resolutions[position], summary);
    });
  }

  /**
   * The path-risk assessments of `ids` walked with `walk`'s settings (together, one query a hop), or,
   * given the snapshot, those already made for it and the others walked together and remembered.
   */
  private async walks(
    ids: string[],
    walk: PreparedScreening['walk'],
    rememberFor: ScreeningSnapshot | null,
  ): Promise<Map<string, PathRiskAssessment>> {
    const settings = { maxHops: walk.maxHops, asOf: walk.asOf };
    if (rememberFor === null) {
      return this.pathRisk.assessMany(ids, settings);
    }
    let remembered = this.rememberedWalks.get(rememberFor);
    if (remembered === undefined) {
      remembered = new Map();
      this.rememberedWalks.set(rememberFor, remembered);
    }
    // A walk without a date is made as of today (checkAsOf): remembered for the day it was made.
    const asOf = walk.asOf ?? new Date().toISOString().slice(0, 10);
    const keyOf = (id: string): string => `${walk.maxHops ?? ''}|${asOf}|${id}`;
    const found = new Map<string, Promise<PathRiskAssessment>>();
    const missing: string[] = [];
    for (const id of ids) {
      const known = remembered.get(keyOf(id));
      if (known) {
        found.set(id, known);
      } else {
        missing.push(id);
      }
    }
    if (missing.length > 0) {
      const assessed = this.pathRisk.assessMany(missing, settings);
      if (remembered.size + missing.length > WALKS_REMEMBERED) {
        remembered.clear();
      }
      for (const id of missing) {
        const one = assessed.then((all) => all.get(id)!);
        found.set(id, one);
        remembered.set(keyOf(id), one);
      }
      // A failed walk is not remembered: the next set that needs it walks again (and fails as it fails).
      assessed.catch(() => missing.forEach((id) => remembered.delete(keyOf(id))));
    }
    const entries = await Promise.all(
      [...found].map(async ([id, assessment]): Promise<[string, PathRiskAssessment]> => [id, await assessment]),
    );
    return new Map(entries);
  }

  /**
   * Resolution, matches and walk into one level. The party is resolved among its matches by the one
   * resolution rule (EntityResolverService). Every match at or above the threshold counts towards the
   * level by what it is itself (an active listing, a risk category), whatever `pathRisks` says; with
   * `pathRisks` the matched entities (curated graph entities and list entries alike; the walk follows
   * SAME_AS) are also walked to risk targets by the risk rules. NONE means the name was assessed
   * against the lists and the graph and nothing was found; the reasons say which.
   */
  private assess(
    screened: Screened,
    prepared: PreparedScreening,
    resolution: PartyResolution | null,
    walk: PathRiskSummary | null,
  ): ScreeningResult {
    const { result } = screened;
    const rules = this.pathRisk.rules;
    const matched = result.matches.filter((match) => match.match);
    result.resolvedEntityIds = matchedEntityIds(result);
    result.rulesVersion = `${rules.id}@${rules.version}`;
    result.resolution = resolution;

    const matchFindings = matched.flatMap((match) => {
      const reasons = matchTargetReasons(match, rules);
      if (reasons.length === 0) {
        return [];
      }
      const score = reasons[0].weight;
      return [
        {
          entityId: match.entityId,
          level: levelForScore(score, rules),
          score,
          sentence: `Matched ${match.name} (${match.entityId}) at ${fixed(match.score)}: ${reasons.map((reason) => reason.description).join(' and ')}.`,
        },
      ];
    });
    const counted: Array<{ level: RiskLevel | ReturnType<typeof levelForScore>; score: number; sentence: string }> = [
      ...matchFindings,
    ];

    let uncounted: UncountedNamesake[] = [];
    if (walk) {
      const starts = matchedStarts(matched, prepared.query.countries ?? []);
      result.pathRisks = walk.pathRisks.map((finding) => ({
        ...finding,
        sentence: screenSentence(finding, starts.get(finding.start.id), prepared.query.countries ?? []),
        counted: pathCounted(finding, starts),
      }));
      uncounted = uncountedNamesakes(result.pathRisks, starts, prepared.query.countries ?? []);
      result.pathRisksTruncated = walk.assessments.some((assessment) => assessment.truncated);
      // A matched entity's own listing or category is already counted as a match finding above.
      const counts = new Set(matchFindings.map((finding) => finding.entityId));
      // What is found from an entity matched through a weak alias alone, or through derived initials another body
      // writes as its own (since rules 1.117.0), weighs no more than that match.
      const reviewed = new Map<string, { findingWeight: number; description: string }>();
      for (const match of matched) {
        const review = reviewOnly(match, rules);
        if (review) {
          [match.entityId, ...match.alsoListedAs.map((entry) => entry.entityId)].forEach((id) =>
            reviewed.set(id, review),
          );
        }
      }
      counted.push(
        ...result.pathRisks
          .filter((finding) => finding.hops > 0 || !counts.has(finding.start.id))
          // Since rules 1.201.0: a namesake of another country's paths are shown, not counted (namesakeOfAnotherCountry).
          .filter((finding) => finding.counted)
          .map((finding) => {
            const review = reviewed.get(finding.start.id);
            if (!review || finding.score <= review.findingWeight) {
              return finding;
            }
            const score = review.findingWeight;
            return {
              level: levelForScore(score, rules),
              score,
              sentence: `${finding.sentence} (${review.description})`,
            };
          }),
      );
    }

    const overall = riskLevelFrom(counted);
    result.riskLevel = overall.riskLevel as RiskLevel;
    result.riskReasons = overall.reasons;
    if (overall.riskLevel === 'NONE') {
      result.riskReasons = [noneReason(matched, prepared, rules.walk.defaultHops, uncounted)];
    }
    return result;
  }
}

/** The entities a screening matched at or above its threshold, with the entries folded into them. */
function matchedEntityIds(result: ScreeningResult): string[] {
  return result.matches
    .filter((match) => match.match)
    .flatMap((match) => [match.entityId, ...match.alsoListedAs.map((entry) => entry.entityId)]);
}

/** The results, or the first refusal among them thrown (for the callers that answer all or nothing). */
function thrown(outcomes: Array<ScreeningResult | AppError>): ScreeningResult[] {
  const refused = outcomes.find((outcome) => outcome instanceof AppError);
  if (refused) {
    throw refused;
  }
  return outcomes as ScreeningResult[];
}

/** A screening's own refusal (a 400 error) as a value; anything else is thrown on. */
function refusal(error: unknown): AppError {
  if (error instanceof AppError && toPublicError(error).httpStatus === 400) {
    return error;
  }
  throw error;
}

/**
 * Why a screening found nothing: which matches were assessed, and how far; since rules 1.201.0, the namesakes of another
 * country whose path risks were shown but not counted.
 */
function noneReason(
  matched: ScreeningMatch[],
  prepared: PreparedScreening,
  defaultHops: number,
  uncounted: readonly UncountedNamesake[] = [],
): string {
  const threshold = prepared.threshold.toFixed(2);
  if (matched.length === 0) {
    return `No list entry or graph entity matched at ≥ ${threshold}: assessed against the lists and the graph, nothing found.`;
  }
  const names = matched.map((match) => `${match.name} (${fixed(match.score)})`).join(', ');
  const hops = prepared.walk.maxHops ?? defaultHops;
  const namesakes = uncounted
    .map(
      (namesake) =>
        `${namesake.name} (${namesake.entityId}), ${namesake.wording.replace(/; not counted$/, '')}: ${namesake.paths} ${namesake.paths === 1 ? 'path' : 'paths'}`,
    )
    .join('; ');
  const walk = !prepared.walk.enabled
    ? 'affiliation paths not walked (pathRisks: false)'
    : namesakes
      ? `and no risk path within ${hops} hops counted: those of a namesake of another country are shown, not counted (${namesakes})`
      : `and no risk path within ${hops} hops`;
  return `Matched at ≥ ${threshold}: ${names}; none is listed or has a risk category, ${walk}.`;
}

/** A screening before its level: the result and the matcher's raw results it was made from. */
interface Screened {
  result: ScreeningResult;
  raw: MatchResult[];
  /** A party of either kind's search work, which the resolver's readings of it share (see SearchWork). */
  work?: SearchWork;
}

/**
 * Since rules 1.161.0: the kind of party a screening resolves, by the schema given: a person's, an organisation's, or
 * either when none is given (or one of either kind, LegalEntity, or a thing's). Since rules 1.166.0 a party of either
 * kind is read as `partnerRisk` reads a name: an organisation first, then a person (`resolveMatchesMany`).
 */
function partyKind(schema: string | undefined): ExpectedParty | 'party' {
  if (schema === 'Person') {
    return 'person';
  }
  return schema === 'Organization' || schema === 'Company' || schema === 'PublicBody' ? 'organisation' : 'party';
}

/**
 * A screening's search and its matches. With a resolver (the screening resolves the party), since rules 1.161.0 the
 * search is the resolver's own (`EntityResolverService.search`): the resolution decides among the candidates
 * `assessPartnership` and `partnerRisk` read for the name, and the matches shown are the first `limit` of them at
 * the screening's threshold, as a search of its own would return them.
 */
function runScreening(
  snapshot: ScreeningSnapshot,
  prepared: PreparedScreening,
  behind: boolean,
  rules: RiskRules,
  resolver: EntityResolverService | null,
): Screened {
  const lowest = Math.min(LOWEST_RETURNED, prepared.threshold);
  // A party of either kind is read again by the resolver, as an organisation (`resolveMatchesMany`): the same names in
  // the same mode, whose preparation, blocking and comparisons that reading takes from this search (answers alike).
  const work = resolver && partyKind(prepared.query.schema) === 'party' ? new SearchWork() : undefined;
  const raw = resolver
    ? resolver.search(
        snapshot,
        prepared.query,
        { limit: prepared.limit, threshold: lowest, lists: prepared.lists },
        work,
      )
    : snapshot.index.search(prepared.query, {
        limit: prepared.limit,
        threshold: lowest,
        lists: prepared.lists.length > 0 ? prepared.lists : undefined,
        weakAliases: rules.weakAliases,
        derivedInitials: true,
        partOfNamedBody: rules.partOfNamedBody,
      });
  const results = resolver ? raw.filter((result) => result.score >= lowest).slice(0, prepared.limit) : raw;
  const listingsOf = (entityId: string, listIds: string[]) =>
    snapshot.details.get(entityId)?.listings ?? listIds.map((id) => ({ id, programme: null }));
  const matches: ScreeningMatch[] = results.map((result) => {
    const details = snapshot.details.get(result.entityId);
    return {
      entityId: result.entityId,
      name: details?.name ?? result.matchedName,
      matchedName: result.matchedName,
      queryName: result.queryName,
      score: result.score,
      match: result.score >= prepared.threshold,
      type: details?.type ?? 'Organisation',
      schema: details?.schema ?? 'LegalEntity',
      kind: details?.kind ?? null,
      riskCategories: details?.riskCategories ?? [],
      curated: result.listIds.length === 0,
      demo: details?.demo === true,
      lists: [
        ...listingsOf(result.entityId, result.listIds),
        ...(result.alsoListedAs ?? []).flatMap((entry) => listingsOf(entry.entityId, entry.listIds)),
      ],
      features: result.features.map((feature) => ({
        name: feature.name,
        value: feature.value,
        reason: feature.reason,
      })),
      alsoListedAs: (result.alsoListedAs ?? []).map((entry) => ({
        entityId: entry.entityId,
        name: snapshot.details.get(entry.entityId)?.name ?? entry.matchedName,
        matchedName: entry.matchedName,
        score: entry.score,
        lists: listingsOf(entry.entityId, entry.listIds),
        reason: entry.reason,
      })),
    };
  });
  const screenedAt = Date.now();
  const result: ScreeningResult = {
    matches,
    listVersions: snapshot.listVersions.map((version) => ({
      listId: version.listId,
      versionId: version.versionId,
      listName: version.listName ?? null,
      issuedAt: version.issuedAt ?? null,
      issuedAtSource: version.issuedAtSource ?? null,
      sourceUrl: version.sourceUrl ?? null,
      licence: version.licence ?? null,
      sample: version.sample ?? false,
      stale: false,
      freshAsOf: null,
    })),
    indexBuiltAt: snapshot.builtAt,
    indexAgeSeconds: Math.max(0, (screenedAt - builtAtMilliseconds(snapshot.builtAt)) / 1000),
    indexGeneration: snapshot.generation,
    indexBehindGraph: behind,
    screenedAt: isoTime(screenedAt),
    resolvedEntityIds: [],
    pathRisks: [],
    riskLevel: RiskLevel.NONE,
    riskReasons: [],
    rulesVersion: '',
    pathRisksTruncated: false,
    resolution: null,
  };
  return { result, raw, work };
}

/**
 * The last instant written as ISO text, and the index build time last parsed: a batch screens many
 * rows in the same millisecond against the same index, and `toISOString` and `Date.parse` were a few
 * microseconds a row of the CLI's time. The same text as `new Date(at).toISOString()`.
 */
let lastIso = { at: Number.NaN, text: '' };
let lastBuiltAt = { text: '', milliseconds: Number.NaN };

function isoTime(at: number): string {
  if (lastIso.at !== at) {
    lastIso = { at, text: new Date(at).toISOString() };
  }
  return lastIso.text;
}

function builtAtMilliseconds(builtAt: string): number {
  if (lastBuiltAt.text !== builtAt) {
    lastBuiltAt = { text: builtAt, milliseconds: Date.parse(builtAt) };
  }
  return lastBuiltAt.milliseconds;
}

function checkLists(prepared: PreparedScreening, snapshot: ScreeningSnapshot, prefix: string): PreparedScreening {
  prepared.lists.forEach((list, position) => {
    if (!snapshot.knownLists.has(list)) {
      const known = [...snapshot.knownLists].sort().join(', ') || 'none imported yet';
      throw new ScreeningInputError(`${prefix}lists[${position}]`, `unknown list "${list}"; lists: ${known}`);
    }
  });
  return prepared;
}

/**
 * Checks one input and turns it into a query. Lengths are checked before anything else looks at the
 * text, so a huge name is refused at once. Accepts the GraphQL input and the REST JSON (where a
 * single string may stand for a one-element list).
 */
export function prepareScreening(input: ScreeningInput, prefix: string): PreparedScreening {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ScreeningInputError(prefix ? prefix.slice(0, -1) : 'input', 'must be an object with at least a name');
  }
  const name = checkText(input.name, `${prefix}name`, MAX_NAME_LENGTH, true)!;
  if (!NAME_WORD_CHARACTER.test(name)) {
    throw new ScreeningInputError(`${prefix}name`, NO_NAME_CHARACTER_REASON);
  }
  const aliases = checkList(input.aliases, `${prefix}aliases`, MAX_NAME_LENGTH);
  let schema: string | undefined;
  if (input.schema !== null && input.schema !== undefined) {
    const text = checkText(input.schema, `${prefix}schema`, 40, true)!;
    schema = SCHEMA_BY_LOWER.get(text.toLowerCase());
    if (!schema) {
      throw new ScreeningInputError(
        `${prefix}schema`,
        `unknown schema "${text}"; schemas: ${SCREENING_SCHEMAS.join(', ')}`,
      );
    }
  }
  const countries = checkList(input.country, `${prefix}country`, 100).map((raw, position) => {
    const code = countryOfInput(raw);
    if (!code) {
      throw new ScreeningInputError(`${prefix}country[${position}]`, countryInputReason(raw));
    }
    return code;
  });
  // Since rules 1.219.0 at most MAX_BIRTH_DATES, as partnerRisk, assessPartnership and cases take (20 before).
  // Since rules 1.226.0 each date read and refused as every route reads it (`birthDateProblem`, one sentence each).
  const birthDates = checkValues(input.dateOfBirth, `${prefix}dateOfBirth`, MAX_BIRTH_DATES).map((raw, position) => {
    const problem = birthDateProblem(raw);
    if (problem !== null) {
      throw new ScreeningInputError(`${prefix}dateOfBirth[${position}]`, problem);
    }
    return (raw as string).trim();
  });
  const identifiers = checkList(input.identifiers, `${prefix}identifiers`, MAX_IDENTIFIER_LENGTH);
  const lists = checkList(input.lists, `${prefix}lists`, 64);
  const limit = input.limit ?? DEFAULT_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ScreeningInputError(`${prefix}limit`, `must be a whole number from 1 to ${MAX_LIMIT}`);
  }
  const threshold = input.threshold ?? MATCH_THRESHOLD;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new ScreeningInputError(`${prefix}threshold`, 'must be a number from 0 to 1');
  }
  const walkEnabled = input.pathRisks ?? true;
  if (typeof walkEnabled !== 'boolean') {
    throw new ScreeningInputError(`${prefix}pathRisks`, 'must be true or false');
  }
  const maxHops = input.maxHops ?? null;
  if (maxHops !== null && (typeof maxHops !== 'number' || !Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6)) {
    throw new ScreeningInputError(`${prefix}maxHops`, 'must be a whole number from 1 to 6');
  }
  // Since rules 1.219.0 read as every route reads it (`asOfDate`): a date-time's date is kept, as partnerRisk's is.
  const asOfText = checkText(input.asOf, `${prefix}asOf`, 100, false) ?? null;
  const asOf = asOfText === null ? null : asOfDate(asOfText);
  if (asOfText !== null && asOf === null) {
    throw new ScreeningInputError(`${prefix}asOf`, asOfReason(asOfText));
  }
  return {
    query: { name, aliases, schema, countries, birthDates, identifiers },
    limit,
    threshold,
    lists,
    walk: { enabled: walkEnabled, maxHops, asOf },
  };
}

function checkText(value: unknown, field: string, maxLength: number, required: boolean): string | undefined {
  if (value === null || value === undefined) {
    if (required) {
      throw new ScreeningInputError(field, REQUIRED_REASON);
    }
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new ScreeningInputError(field, 'must be text');
  }
  const tooLong = textLengthReason(value.length, maxLength);
  if (tooLong !== null) {
    throw new ScreeningInputError(field, tooLong);
  }
  const refused = refusedCharacterReason(value);
  if (refused !== null) {
    throw new ScreeningInputError(field, refused);
  }
  const trimmed = value.trim();
  if (trimmed.length === 0) {
    throw new ScreeningInputError(field, EMPTY_TEXT_REASON);
  }
  return trimmed;
}

function checkList(value: unknown, field: string, maxLength: number, maxValues = MAX_VALUES): string[] {
  return checkValues(value, field, maxValues).map((item, position) =>
    checkText(item, `${field}[${position}]`, maxLength, true)!,
  );
}

/** A list as given (REST may send one value for a list of one), at most `maxValues` long; each value unchecked. */
function checkValues(value: unknown, field: string, maxValues = MAX_VALUES): unknown[] {
  if (value === null || value === undefined) {
    return [];
  }
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  const tooMany = countReason(values.length, maxValues);
  if (tooMany !== null) {
    throw new ScreeningInputError(field, tooMany);
  }
  return values;
}
