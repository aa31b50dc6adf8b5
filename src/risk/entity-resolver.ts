import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  identifierName,
  namesNoBody,
  unfoldParties,
  type MatchQuery,
  type MatchResult,
  type SearchWork,
} from '../matching';
import { countryAfterName, countryInBrackets } from '../matching/country-in-name';
import { countriesNamed } from '../matching/country-in-name';
import { CANDIDATE_SOURCE, type CandidateSnapshot, type CandidateSource } from './candidate-source';
import { type AssessedListVersion, type PartyResolution, type ResolutionCandidate } from './models/risk.model';
import { ResolutionStatus } from './risk.enums';
import { summary } from './path-risk.service';
import {
  byScore,
  decideResolution,
  tiedEntryOfEvidence,
  fixed,
  acronymReadAsMatchedWords,
  acronymToCorroborate,
  ownAcronymWord,
  ListedPairOutcomes,
  type ListedPartyLink,
  listedBodyLinks,
  listedOrganisationLinks,
  listedPartyLinks,
  type PartyRecord,
  nameEvidence,
  type ResolutionDecision,
  type ResolutionPolicy,
  sameBodyAs,
  unwrittenOwnAcronym,
} from './resolution-rule';
import { eitherSchemaResolution, personReadingWanted } from './either-schema';
import { RISK_RULES } from './risk-rules.provider';
import type { RiskRules } from './risk-rules';
import { RiskRepository } from './risk.repository';

export interface PartyRef {
  id?: string | null;
  name?: string | null;
  /** ISO 3166-1 alpha-2; a feature of the score (agreement raises it, conflict lowers it). */
  country?: string | null;
  identifiers?: string[] | null;
  birthDates?: string[] | null;
  /**
   * Since rules 1.226.0: the party's other names, searched with its name as `screen` searches a query's aliases (the
   * best-matching name scores each candidate); none given, the search is the one it was.
   */
  aliases?: string[] | null;
}

export type ExpectedParty = 'organisation' | 'person';

/** The schema of a list entry the list does not type as a person or an organisation (the BIS Denied Persons List's). */
const UNTYPED_SCHEMA = 'LegalEntity';

/** A candidate as the resolver keeps it: the matcher's result and what the index knows of the entity. */
interface Scored {
  entityId: string;
  score: number;
  features: MatchResult['features'];
  name: string;
  type: string;
  kind: string | null;
  matchedName: string;
  queryName: string;
  lists: string[];
  /** Since rules 1.140.0: an organisation party's candidate whose list does not say person or body (see nameEvidence). */
  untyped?: boolean;
  /** Since rules 1.145.0: the towns the index holds the candidate in (see nameEvidence). */
  towns?: string[];
  /**
   * Since rules 1.220.0: the result the screen's search folded this candidate into as one party (`sameParty`: a name
   * shared, a country or identifier agreeing, no conflict), and why (see `screenFoldLinks`).
   */
  foldedInto?: { entityId: string; reason: string };
}

/**
 * A screened name for `resolveMatchesMany`: its screen's results and the kind of party it resolves; since rules
 * 1.166.0 with its query and lists, so that a name screened without a schema is read as an organisation, then a person.
 */
export interface ScreenedName {
  name: string;
  countries: string[];
  results: MatchResult[];
  kind?: ExpectedParty | 'party';
  query?: MatchQuery;
  lists?: string[];
  /** What the screen's search of the name made that the resolver's own readings of it can share (see SearchWork). */
  work?: SearchWork;
}

/** SAME_AS links among `ids` and the list records of `listedIds` (see `decide`). */
type LinkReader = (ids: string[], listedIds: string[]) => Promise<[Array<[string, string]>, PartyRecord[]]>;

/** Candidates read beyond the shown ones, so a runner-up of another body is found behind SAME_AS duplicates. */
const CANDIDATES_READ = 20;
/** Lowest matcher score read as a candidate: below it a body is not worth showing. */
const CANDIDATE_FLOOR = 0.3;

/**
 * The one place a name given for a party becomes an entity: assessPartnership, partnerRisk and
 * screen() (and through them the CLI and REST) all resolve here, by the rule in resolution-rule.ts.
 * Candidates come from the screening candidate index and are scored by the name matcher.
 */
/** How many compared pairs of list records the resolver keeps (a few MB). */
const LISTED_PAIRS_KEPT = 20_000;

@Injectable()
export class EntityResolverService {
  private indexService: CandidateSource | null = null;
  /** Pairs of list records already compared for `listedPartyLinks` (the rules are fixed for the process). */
  private readonly listedPairs = new ListedPairOutcomes(LISTED_PAIRS_KEPT);

  constructor(
    private readonly repository: RiskRepository,
    private readonly moduleRef: ModuleRef,
    @Inject(RISK_RULES) private readonly rules: RiskRules,
  ) {}

  get policy(): ResolutionPolicy {
    return {
      threshold: this.rules.resolution.minScore,
      margin: this.rules.resolution.margin,
      minNameScore: this.rules.resolution.minNameScore,
    };
  }

  async resolve(ref: PartyRef, expected: ExpectedParty): Promise<PartyResolution> {
    const country = ref.country?.trim().toLowerCase() || null;
    if (ref.id) {
      return this.resolveId(ref.id, country);
    }
    const name = (ref.name ?? '').trim();
    const snapshot = await this.index().current();
    const query: MatchQuery = {
      name,
      schema: expected === 'person' ? 'Person' : 'Organization',
      countries: country ? [country] : [],
      identifiers: ref.identifiers ?? [],
      birthDates: ref.birthDates ?? [],
      ...(ref.aliases && ref.aliases.length > 0 ? { aliases: ref.aliases } : {}),
    };
    const candidates = this.candidates(this.search(snapshot, query), snapshot, expected);
    const resolution = await this.decide(name, country, candidates, expected, this.readLinks, query.birthDates ?? []);
    if (resolution.status !== ResolutionStatus.RESOLVED) {
      return resolution;
    }
    const found = (await this.repository.findEntities([resolution.entityId!])).get(resolution.entityId!);
    if (!found) {
      // The index is a cache of the graph: an entity removed since it was built is not resolved to.
      return {
        ...resolution,
        status: ResolutionStatus.NOT_FOUND,
        entityId: null,
        explanation: `${resolution.explanation} But ${resolution.entityId} is no longer in the graph, so "${name}" is not resolved.`,
      };
    }
    return { ...resolution, entity: summary(found.node) };
  }

  /**
   * Since rules 1.161.0: the one search every resolution reads its candidates from (`resolve`, and `screen`, which
   * shows its own limit and threshold of the same results): CANDIDATES_READ candidates from CANDIDATE_FLOOR, or more
   * when the screen shows more (`shown`), and only the lists a screen asks for. `work`: what searches of the same
   * party's names share (the screen's search and the resolver's readings of the name, see SearchWork).
   */
  search(
    snapshot: CandidateSnapshot,
    query: MatchQuery,
    shown: { limit: number; threshold: number; lists?: string[] } = { limit: 0, threshold: 1 },
    work?: SearchWork,
  ): MatchResult[] {
    return snapshot.index.search(query, {
      limit: Math.max(CANDIDATES_READ, shown.limit),
      threshold: Math.min(CANDIDATE_FLOOR, shown.threshold),
      ...(shown.lists && shown.lists.length > 0 ? { lists: shown.lists } : {}),
      weakAliases: this.rules.weakAliases,
      derivedInitials: true,
      partOfNamedBody: this.rules.partOfNamedBody,
      ...(work ? { work } : {}),
    });
  }

  /**
   * Since rules 1.161.0: the candidates a resolution decides among, one step for every path (`resolve`, `screen`):
   * the search's first CANDIDATES_READ at CANDIDATE_FLOOR or above, of the kind expected (a person's or an
   * organisation's; either for a party), and (since rules 1.140.0) an organisation's candidate that its list does not
   * type (LegalEntity: a person or a body, the list does not say) and whose name shows nothing of a body marked, so
   * that initials alone do not resolve to it (nameEvidence).
   */
  private candidates(results: MatchResult[], snapshot: CandidateSnapshot, expected: ExpectedParty | 'party'): Scored[] {
    return toScored(results.filter((result) => result.score >= CANDIDATE_FLOOR).slice(0, CANDIDATES_READ), snapshot)
      .filter((candidate) =>
        expected === 'party' ? true : expected === 'person' ? candidate.type === 'Person' : candidate.type !== 'Person',
      )
      .map((candidate) =>
        expected === 'organisation' &&
        snapshot.details.get(candidate.entityId)?.schema === UNTYPED_SCHEMA &&
        namesNoBody(candidate.name) &&
        namesNoBody(candidate.matchedName)
          ? { ...candidate, untyped: true }
          : candidate,
      );
  }

  /**
   * The resolution of a screened name among its screening matches (the screen's own index search),
   * without reading the graph unless links could change the answer or what it shows (`linksWanted`). `entity`
   * stays null.
   */
  resolveMatches(
    name: string,
    countries: string[],
    results: MatchResult[],
    snapshot: CandidateSnapshot,
    kind: ExpectedParty | 'party' = 'party',
  ): Promise<PartyResolution> {
    return this.decide(name, countries.join(', ') || null, this.candidates(results, snapshot, kind), 'party');
  }

  /**
   * `resolveMatches` for many screened names at once: the SAME_AS links and list records that the
   * ambiguous ones and the resolved list entries need (`linksWanted`) are read in one query each for all
   * of them, and each name then sees only its own candidates' links and records, as its own two queries
   * would have returned them.
   */
  async resolveMatchesMany(screened: ScreenedName[], snapshot: CandidateSnapshot): Promise<PartyResolution[]> {
    // Since rules 1.166.0: a name screened without a schema (with its query) is read as `partnerRisk` reads a name:
    // as an organisation first, through the resolver's own organisation search, then as a person when no
    // organisation answers and no list entry alike in spelling alone is a possible match (`personReadingWanted`).
    const either = screened.map((one) => one.kind === 'party' && one.query !== undefined);
    const read = (one: ScreenedName, kind: ExpectedParty): ScreenedName => ({
      ...one,
      kind,
      results: this.search(
        snapshot,
        { ...one.query!, schema: kind === 'person' ? 'Person' : 'Organization' },
        {
          limit: 0,
          threshold: 1,
          lists: one.lists,
        },
        one.work,
      ),
    });
    const answers = await this.decideMany(
      screened.map((one, position) => (either[position] ? read(one, 'organisation') : one)),
      snapshot,
    );
    const again = screened
      .map((_, position) => position)
      .filter((position) => either[position] && personReadingWanted(answers[position]));
    if (again.length === 0) {
      return answers;
    }
    const persons = await this.decideMany(
      again.map((position) => read(screened[position], 'person')),
      snapshot,
    );
    again.forEach((position, at) => {
      answers[position] = eitherSchemaResolution(answers[position], persons[at], this.rules.resolution.candidates);
    });
    return answers;
  }

  /** `resolveMatchesMany`'s decisions, each among its own results, with the links of all read in one go. */
  private async decideMany(screened: ScreenedName[], snapshot: CandidateSnapshot): Promise<PartyResolution[]> {
    const scored = screened.map((one) => this.candidates(one.results, snapshot, one.kind ?? 'party'));
    const linked = scored.filter((candidates, position) =>
      linksWanted(
        decideResolution(
          candidates,
          pairsOf(foldsKept(screenFoldLinks(candidates), [], candidates)),
          this.policy,
          queryCountries(screened[position].name, screened[position].countries.join(', ')),
          screened[position].query?.birthDates ?? [],
        ),
        candidates,
        this.policy,
      ),
    );
    const ids = [...new Set(linked.flatMap((candidates) => candidates.map((candidate) => candidate.entityId)))];
    const listed = [...new Set(linked.flatMap((candidates) => recordIds(candidates, this.policy)))];
    const [sameAs, records] =
      linked.length > 0 ? await this.readLinks(ids, listed) : [[] as Array<[string, string]>, [] as PartyRecord[]];
    const readLinks: LinkReader = (rowIds, rowListed) => {
      const inRow = new Set(rowIds);
      const listedInRow = new Set(rowListed);
      return Promise.resolve([
        sameAs.filter(([left, right]) => inRow.has(left) && inRow.has(right)),
        records.filter((record) => listedInRow.has(record.entityId)),
      ]);
    };
    return Promise.all(
      screened.map((one, position) =>
        this.decide(
          one.name,
          one.countries.join(', ') || null,
          scored[position],
          one.kind ?? 'party',
          readLinks,
          one.query?.birthDates ?? [],
        ),
      ),
    );
  }

  /** The two reads an ambiguous resolution (or a resolved list entry) makes, each in its own query. */
  private readonly readLinks: LinkReader = (ids, listedIds) =>
    Promise.all([this.repository.findSameAsLinks(ids), this.repository.findResolutionRecords(listedIds)]);

  private async resolveId(id: string, country: string | null): Promise<PartyResolution> {
    const found = (await this.repository.findEntities([id])).get(id);
    return {
      status: found ? ResolutionStatus.RESOLVED : ResolutionStatus.NOT_FOUND,
      method: 'id',
      query: id,
      country,
      entityId: found ? id : null,
      entity: found ? summary(found.node) : null,
      score: found ? 1 : null,
      matchedName: found ? found.node.name : null,
      threshold: this.policy.threshold,
      margin: this.policy.margin,
      runnerUp: null,
      candidates: [],
      explanation: found ? `Given by id: ${found.node.name}.` : `No entity has id "${id}".`,
    };
  }

  /**
   * Since rules 1.144.0: a name resolved to a body through its name with an acronym of the query's own, or an acronym
   * alone read as the initials of the body's name (since rules 1.172.0 also an acronym of the query's own read as the
   * initials of words of the name the query lacks: `acronymToCorroborate`), stays resolved only when a name of the body (of a candidate of its body, or of a body it
   * is PART_OF) writes that acronym; otherwise NOT_FOUND, the body shown as the best candidate.
   */
  private async ownAcronymRead(resolution: PartyResolution, candidates: Scored[]): Promise<PartyResolution> {
    const best = candidates.find((candidate) => candidate.entityId === resolution.entityId);
    if (resolution.method === 'identifier' || !best || acronymToCorroborate(best) === null) {
      return resolution;
    }
    const body = resolution.candidates.filter((candidate) => candidate.sameBodyAsBest);
    const ids = [...new Set([best.entityId, ...body.map((candidate) => candidate.entityId)])];
    const names = [
      best.name,
      best.matchedName,
      ...body.flatMap((candidate) => [candidate.name, candidate.matchedName ?? '']),
      ...(await this.repository.findBodyNames(ids)),
    ];
    const acronym = unwrittenOwnAcronym(best, names);
    if (!acronym) {
      return resolution;
    }
    return {
      ...resolution,
      status: ResolutionStatus.NOT_FOUND,
      entityId: null,
      // The name evidence is not strong: the acronym is a word of the query's own that the body's names never write.
      candidates: resolution.candidates.map((candidate) =>
        candidate.entityId === best.entityId ? { ...candidate, strongNameEvidence: false } : candidate,
      ),
      explanation: `${resolution.explanation} But the query ${
        ownAcronymWord(best)
          ? `is the name "${best.matchedName}" with an acronym of its own ("${acronym}")`
          : acronymReadAsMatchedWords(best)
            ? `writes the acronym "${acronym}", read as the initials of words of "${best.matchedName}" that the query lacks`
            : `is the acronym "${acronym}", read as the initials of "${best.matchedName}"`
      }, and no name of ${best.name} (${best.entityId}) or of a body it is part of writes it: such an acronym names another body (a school, campus or centre of it, a body named after it, a company of those initials) as often as this one, so "${resolution.query}" is not resolved.`,
    };
  }

  private async decide(
    name: string,
    country: string | null,
    candidates: Scored[],
    expected: ExpectedParty | 'party',
    readLinks: LinkReader = this.readLinks,
    /** Since rules 1.189.0: the dates of birth the party is given with (see `decideResolution`). */
    birthDates: readonly string[] = [],
  ): Promise<PartyResolution> {
    const policy = this.policy;
    const countries = queryCountries(name, country);
    // Since rules 1.220.0: a body and a list entry the screen folds as one party are one body here too.
    let folds = foldsKept(screenFoldLinks(candidates), [], candidates);
    let decision = decideResolution(candidates, pairsOf(folds), policy, countries, birthDates);
    let sameParty: ListedPartyLink[] = folds;
    let listedBody: Scored | null = null;
    if (linksWanted(decision, candidates, policy)) {
      // Links can only merge candidates into one body: they may resolve an ambiguous answer, and (since rules
      // 1.104.0) they show a resolved list entry's other entries, the same listed party on other lists.
      const ids = candidates.map((candidate) => candidate.entityId);
      const [sameAs, records] = await readLinks(ids, recordIds(candidates, policy));
      // Since rules 1.108.0: a list entry and the body of the graph it names are one body, as SAME_AS would say.
      const near = new Set(nearCandidates(candidates, policy).map((candidate) => candidate.entityId));
      const bodyLinks = listedBodyLinks(
        records.filter((record) => near.has(record.entityId)),
        this.rules.resolution.sameListedBody,
        sameAs,
      );
      folds = foldsKept(screenFoldLinks(candidates), [...sameAs, ...pairsOf(bodyLinks)], candidates);
      const asOne = [...sameAs, ...pairsOf(bodyLinks), ...pairsOf(folds)];
      // Since rules 1.118.0: organisations' list entries named alike with no fact on both records to corroborate.
      const organisationLinks = this.organisationLinks(
        records.filter((record) => near.has(record.entityId)),
        asOne,
      );
      asOne.push(...organisationLinks.map((link): [string, string] => [link.left, link.right]));
      // Only the best candidate's body decides the answer and its explanation.
      sameParty = listedPartyLinks(records, this.rules.resolution.sameListedParty, this.listedPairs, {
        id: decision.best!.entityId,
        sameAs: asOne,
      });
      sameParty = [...organisationLinks, ...sameParty];
      const links = [...asOne, ...sameParty.map((link): [string, string] => [link.left, link.right])];
      if (links.length > 0) {
        decision = decideResolution(candidates, links, policy, countries, birthDates);
      }
      sameParty = [...bodyLinks, ...folds, ...sameParty];
      listedBody = bodyNamed(decision, candidates, bodyLinks);
    }
    const shown = candidates
      .slice()
      .sort((left, right) => right.score - left.score || left.entityId.localeCompare(right.entityId))
      .slice(0, this.rules.resolution.candidates)
      .map((candidate) => this.toCandidate(candidate, decision));
    const resolved = decision.status === 'RESOLVED' && decision.best !== null;
    // Since rules 1.108.0: resolved to a list entry that names a body of the graph, the answer is that body (the
    // risk walks its relationships and counts the entry's listings, `sameListedParty` in partnership.service.ts).
    const best = resolved && listedBody ? listedBody : decision.best;
    const resolution: PartyResolution = {
      status: ResolutionStatus[decision.status],
      method: decision.basis === 'identifier' ? 'identifier' : 'name',
      query: name,
      country,
      entityId: resolved ? best!.entityId : null,
      entity: null,
      score: best?.score ?? null,
      matchedName: best?.matchedName ?? null,
      threshold: policy.threshold,
      margin: policy.margin,
      runnerUp: decision.runnerUp ? this.toCandidate(decision.runnerUp, decision) : null,
      candidates: shown,
      explanation: explain(name, expected, decision, policy, sameParty, listedBody),
    };
    // Since rules 1.161.0 in every path (`resolve` only before): an acronym of the query's own the body never writes.
    return resolved ? this.ownAcronymRead(resolution, candidates) : resolution;
  }

  /** Since rules 1.118.0: `listedOrganisationLinks` among `records`, when the rules ask for them. */
  private organisationLinks(records: PartyRecord[], links: Array<[string, string]>): ListedPartyLink[] {
    const policy = this.rules.resolution.sameListedOrganisation;
    if (!policy) {
      return [];
    }
    return listedOrganisationLinks(records, policy, links, (among) =>
      listedPartyLinks(among, this.rules.resolution.sameListedParty, this.listedPairs).map((link): [string, string] => [
        link.left,
        link.right,
      ]),
    );
  }

  private toCandidate(candidate: Scored, decision: ResolutionDecision<Scored>): ResolutionCandidate {
    return {
      entityId: candidate.entityId,
      name: candidate.name,
      type: candidate.type,
      kind: candidate.kind,
      score: candidate.score,
      matchedName: candidate.matchedName,
      queryName: candidate.queryName,
      lists: candidate.lists,
      strongNameEvidence: nameEvidence(candidate, this.policy).strong,
      sameBodyAsBest: decision.best !== null && decision.sameBody.has(candidate.entityId),
      features: candidate.features.map((feature) => ({
        name: feature.name,
        value: feature.value,
        reason: feature.reason,
      })),
    };
  }

  /**
   * The list versions a resolution is checked against now (those the candidate index was built from), by list id,
   * each with whether it is a sample copy and whether it is overdue. A freshness that cannot be read counts as not
   * overdue, with no date: it never fails an assessment.
   */
  async consultedLists(): Promise<AssessedListVersion[]> {
    const source = this.index();
    const snapshot = await source.current();
    const versions = [...snapshot.listVersions].sort((left, right) => left.listId.localeCompare(right.listId));
    return Promise.all(
      versions.map(async (version) => {
        const freshness = await source.freshness(version.listId).catch(() => null);
        return {
          listId: version.listId,
          versionId: version.versionId,
          listName: version.listName ?? null,
          issuedAt: version.issuedAt ?? null,
          sample: version.sample === true,
          stale: freshness?.overdue ?? false,
          freshAsOf: freshness?.freshAsOf ?? null,
        };
      }),
    );
  }

  /**
   * Since rules 1.221.0: the entries the screen folds into one party (`groupParties`: one party listed by several
   * lists, the head and its `alsoListedAs`) among the results of the resolution's own search of a name, each entry's
   * id mapped to its party's ids. What the level of a party not resolved is read by (`PartnershipService`: a body's
   * level is its highest entry's, as `screen` counts a folded party); it decides no resolution.
   */
  async screenParties(ref: PartyRef, expected: ExpectedParty): Promise<Map<string, string[]>> {
    const snapshot = await this.index().current();
    const country = ref.country?.trim().toLowerCase() || null;
    const results = this.search(snapshot, {
      name: (ref.name ?? '').trim(),
      schema: expected === 'person' ? 'Person' : 'Organization',
      countries: country ? [country] : [],
      identifiers: ref.identifiers ?? [],
      birthDates: ref.birthDates ?? [],
      // Since rules 1.232.0 the party's other names too, as `resolve` and `screen` search them: the entries an alias
      // found are folded as the screen folds them (none given, the search is the one it was).
      ...(ref.aliases && ref.aliases.length > 0 ? { aliases: ref.aliases } : {}),
    });
    const parties = new Map<string, string[]>();
    for (const result of results) {
      const members = [result.entityId, ...(result.alsoListedAs ?? []).map((entry) => entry.entityId)];
      for (const id of members) {
        parties.set(id, members);
      }
    }
    return parties;
  }

  /**
   * The screening candidate index, looked up when first needed: the screening module uses the risk
   * module's walk, so the risk module cannot import it; it provides the CANDIDATE_SOURCE port instead.
   */
  private index(): CandidateSource {
    this.indexService ??= this.moduleRef.get<CandidateSource>(CANDIDATE_SOURCE, { strict: false });
    return this.indexService;
  }
}

/**
 * Whether the answer needs the candidates' SAME_AS links and list records: an AMBIGUOUS answer (links may merge
 * the two bodies into one), and since rules 1.104.0 a RESOLVED list entry with a candidate on a list it is not
 * on (the same listed party on another list: the answer then shows it as the same body, `sameBodyAsBest`, and
 * the risk walks it with the entry resolved to). Nothing is read for a body on no list.
 */
function linksWanted(decision: ResolutionDecision<Scored>, candidates: Scored[], policy: ResolutionPolicy): boolean {
  if (decision.status === 'AMBIGUOUS') {
    return true;
  }
  // Since rules 1.159.0: a NOT_FOUND best tied at the top by a candidate of strong name evidence, which the links
  // may show to be an entry of the best's body (`bodyEntryOfEvidence`).
  if (decision.status === 'NOT_FOUND' && tiedEntryOfEvidence(candidates, policy)) {
    return true;
  }
  const best = decision.best;
  if (decision.status !== 'RESOLVED' || !best) {
    return false;
  }
  // Since rules 1.108.0: a resolved organisation with a near candidate of the other kind (a list entry beside a
  // body of the graph, or a body of the graph beside a list entry), which may be the same body (`listedBodyLinks`).
  const near = nearCandidates(candidates, policy);
  if (near.includes(best) && near.some((candidate) => candidate.lists.length > 0 !== best.lists.length > 0)) {
    return true;
  }
  if (best.lists.length === 0) {
    return false;
  }
  return candidates.some(
    (candidate) => candidate !== best && candidate.lists.some((listId) => !best.lists.includes(listId)),
  );
}

/**
 * Since rules 1.108.0: the organisations among the candidates that may be linked as a list entry and the body of
 * the graph it names (`listedBodyLinks`): those that could decide the answer, within the margin of the threshold.
 */
function nearCandidates(candidates: Scored[], policy: ResolutionPolicy): Scored[] {
  return candidates.filter(
    (candidate) => candidate.type !== 'Person' && candidate.score >= round(policy.threshold - policy.margin),
  );
}

/** The candidates whose records the links need: the list entries, and (since rules 1.108.0) the near organisations. */
function recordIds(candidates: Scored[], policy: ResolutionPolicy): string[] {
  const near = nearCandidates(candidates, policy);
  const mixed =
    near.some((candidate) => candidate.lists.length > 0) && near.some((candidate) => candidate.lists.length === 0);
  return [
    ...new Set([
      ...candidates.filter((candidate) => candidate.lists.length > 0).map((candidate) => candidate.entityId),
      ...(mixed ? near.map((candidate) => candidate.entityId) : []),
    ]),
  ];
}

/**
 * Since rules 1.108.0: when the best candidate is a list entry that `bodyLinks` join to a body of the graph in the
 * best's body, that body (the best-scoring such); otherwise null.
 */
function bodyNamed(
  decision: ResolutionDecision<Scored>,
  candidates: Scored[],
  bodyLinks: ListedPartyLink[],
): Scored | null {
  const best = decision.best;
  if (!best || best.lists.length === 0) {
    return null;
  }
  const linked = new Set(
    bodyLinks
      .filter((link) => decision.sameBody.has(link.left) && decision.sameBody.has(link.right))
      .map((link) => link.right),
  );
  return byScore(candidates.filter((candidate) => linked.has(candidate.entityId)))[0] ?? null;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Since rules 1.166.0: the countries the resolution rule reads for a query (small letters): those given (`country`,
 * one or several joined by commas) and one written after the name ("<name>, <country>": `countryAfterName`, the
 * matcher's reading; since rules 1.182.0 also "<name> (<country>)": `countryInBrackets`; since rules 1.184.0, when
 * neither and none given, the countries the name writes by their names: `countriesNamed`).
 */
function queryCountries(name: string, country: string | null): string[] {
  const given = (country ?? '')
    .split(',')
    .map((code) => code.trim().toLowerCase())
    .filter((code) => code.length > 0);
  const written = countryAfterName(name)?.code ?? countryInBrackets(name)?.code;
  if (!written && given.length === 0) {
    // Since rules 1.184.0: a country's name the name writes, as the matcher reads it (`countriesNamed`).
    return countriesNamed(name).map((country) => country.code);
  }
  return [...new Set(written ? [...given, written] : given)];
}

/** Candidates one entry each: entries the index folded as one party are linked again by the resolution rule. */
function toScored(results: MatchResult[], snapshot: CandidateSnapshot): Scored[] {
  const foldedInto = new Map(
    results.flatMap((result) =>
      (result.alsoListedAs ?? []).map((entry) => [entry.entityId, { entityId: result.entityId, reason: entry.reason }]),
    ),
  );
  return unfoldParties(results).map((result) => {
    const details = snapshot.details.get(result.entityId);
    const folded = foldedInto.get(result.entityId);
    return {
      entityId: result.entityId,
      score: result.score,
      features: result.features,
      name: details?.name ?? result.matchedName,
      type: details?.type ?? 'Organisation',
      kind: details?.kind ?? null,
      matchedName: result.matchedName,
      queryName: result.queryName,
      lists: [...new Set(details?.listings.map((listing) => listing.id) ?? result.listIds)].sort(),
      ...(result.towns ? { towns: result.towns } : {}),
      ...(folded ? { foldedInto: folded } : {}),
    };
  });
}

function pairsOf(links: readonly ListedPartyLink[]): Array<[string, string]> {
  return links.map((link): [string, string] => [link.left, link.right]);
}

/**
 * Since rules 1.220.0: the `screenFoldLinks` that join what `links` (and the folds kept before) have not already
 * joined and that put no two entries of one list into one body: a list lists a party once (the screen's own rule), so
 * a body whose record holds a unit's name as an alias ("<parent>" with the alias "<unit>") is not joined to the unit's
 * entry when an entry of the same list already names the body; nor is an entry that other links already join to
 * another body of the graph (the unit's own record).
 */
export function foldsKept(
  folds: readonly ListedPartyLink[],
  links: ReadonlyArray<readonly [string, string]>,
  candidates: ReadonlyArray<Pick<Scored, 'entityId' | 'lists'>>,
): ListedPartyLink[] {
  const lists = new Map(candidates.map((candidate) => [candidate.entityId, candidate.lists]));
  const listsOf = (body: Set<string>) => new Set([...body].flatMap((id) => lists.get(id) ?? []));
  const kept: ListedPartyLink[] = [];
  for (const fold of folds) {
    const joined = [...links, ...pairsOf(kept)];
    const body = sameBodyAs(fold.right, joined);
    if (body.has(fold.left)) {
      continue;
    }
    const onBody = listsOf(body);
    const entryBody = sameBodyAs(fold.left, joined);
    if ([...listsOf(entryBody)].some((listId) => onBody.has(listId))) {
      continue;
    }
    // An entry already joined to another body of the graph (on no list) names that one: two bodies of the graph
    // take a SAME_AS decision, never a fold (as `listedBodyLinks` links an entry naming two bodies to neither).
    if ([...entryBody].some((id) => id !== fold.left && (lists.get(id) ?? []).length === 0)) {
      continue;
    }
    kept.push(fold);
  }
  return kept;
}

/**
 * Since rules 1.220.0: a body of the graph on no list (a registry's record, a curated body) and a list entry that the
 * screen's search folds into one party (`sameParty`: a name of one is a name of the other, a country or identifier
 * agrees, none conflicts) are one body for the resolution too, as `listedBodyLinks` would say, whatever the entry's
 * own score against the query: the screen counts the entry's listing against the body, so the resolver does (the
 * level, and the reasons naming the entry). Two list entries folded stay `listedPartyLinks`' business; persons are
 * never linked this way.
 */
export function screenFoldLinks(
  candidates: ReadonlyArray<
    Pick<Scored, 'entityId' | 'type' | 'lists' | 'foldedInto'> & Partial<Pick<Scored, 'name' | 'matchedName'>>
  >,
): ListedPartyLink[] {
  const byId = new Map(candidates.map((candidate) => [candidate.entityId, candidate]));
  return candidates.flatMap((member): ListedPartyLink[] => {
    const head = member.foldedInto ? byId.get(member.foldedInto.entityId) : undefined;
    if (!head || head.type === 'Person' || member.type === 'Person') {
      return [];
    }
    if (head.lists.length > 0 === member.lists.length > 0) {
      return [];
    }
    const [entry, body] = member.lists.length > 0 ? [member, head] : [head, member];
    if (namedByOwnName(entry) && !namedByOwnName(body) && !wordsWithin(entry.name, body.name)) {
      // Since rules 1.225.0: the query is the entry's own name and only another name of the body (an alias), and the
      // entry's name is no part of the body's own: the body holds a unit's or another body's name among its names (the
      // 1.108.0 rule: a unit held as an alias is not the body).
      return [];
    }
    return [
      {
        left: entry.entityId,
        right: body.entityId,
        body: true,
        reason: `the list entry ${entry.entityId} (${entry.lists.join(', ')}) and the body ${body.entityId} of the graph are one body as the screen folds them: ${member.foldedInto!.reason}`,
      },
    ];
  });
}

/** Whether the query reached the candidate through its own name (not one of its other names); unknown counts as own. */
function namedByOwnName(candidate: Partial<Pick<Scored, 'name' | 'matchedName'>>): boolean {
  if (candidate.name === undefined || candidate.matchedName === undefined) {
    return true;
  }
  const folded = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return folded(candidate.name) === folded(candidate.matchedName);
}

/** Whether every word of `inner`'s name (brackets dropped) is a word of `outer`'s own name; unknown names count as so. */
function wordsWithin(inner: string | undefined, outer: string | undefined): boolean {
  if (inner === undefined || outer === undefined) {
    return true;
  }
  const words = (name: string) =>
    name
      .toLowerCase()
      .replace(/\([^)]*\)/g, ' ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0);
  const own = new Set(words(outer));
  return words(inner).every((word) => own.has(word));
}

function label(candidate: Scored): string {
  return `${candidate.name} (${candidate.entityId}, ${fixed(candidate.score)})`;
}

/** One paragraph an analyst can check: what was decided, on which candidates, and by which numbers. */
export function explain(
  name: string,
  expected: ExpectedParty | 'party',
  decision: ResolutionDecision<Scored>,
  policy: ResolutionPolicy,
  sameParty: ListedPartyLink[] = [],
  listedBody: Scored | null = null,
): string {
  // Since rules 1.116.0 a name that is an identifier (a ROR id…) is looked up as one too: the answer says so.
  const read = identifierName(name);
  const asIdentifier = read ? `The name is ${read.label}: looked up as an identifier. ` : '';
  return asIdentifier + explainDecision(name, expected, decision, policy, sameParty, listedBody);
}

function explainDecision(
  name: string,
  expected: ExpectedParty | 'party',
  decision: ResolutionDecision<Scored>,
  policy: ResolutionPolicy,
  sameParty: ListedPartyLink[],
  listedBody: Scored | null,
): string {
  const { best, runnerUp } = decision;
  switch (decision.status) {
    case 'RESOLVED': {
      const through =
        decision.basis === 'identifier'
          ? 'by an identifier on both records'
          : `through the name "${best!.matchedName}"`;
      const merged = sameParty.filter((link) => decision.sameBody.has(link.left) && decision.sameBody.has(link.right));
      const others = decision.sameBody.size - 1;
      const kinds = [
        'SAME_AS',
        ...(merged.some((link) => !link.body) ? ['one listed party'] : []),
        ...(merged.some((link) => link.body) ? ['a list entry of the body'] : []),
      ];
      const sameBody =
        others > 0
          ? ` ${others} other candidate${others === 1 ? ' is' : 's are'} the same body (${kinds.join(', ').replace(/, ([^,]*)$/, ' or $1')})${merged.length > 0 ? `: ${merged.map((link) => link.reason).join('. ')}` : ''}.`
          : '';
      // Since rules 1.108.0: the best is a list entry of a body of the graph; the answer is the body.
      const to = listedBody
        ? `${label(listedBody)}, the body of the graph the list entry ${label(best!)} names,`
        : label(best!);
      return `"${name}" resolved to ${to} ${through}: ${decision.why}.${sameBody}`;
    }
    case 'AMBIGUOUS':
      return `"${name}" is ambiguous between ${label(best!)} and ${label(runnerUp!)}: ${decision.why}; not resolved.`;
    case 'NOT_FOUND':
      return best
        ? `No ${expected} in the graph or lists matched "${name}" well enough: ${decision.why} (the best is ${label(best)}; a resolution needs at least ${fixed(policy.threshold)}, strong name evidence, no country conflicting with the one given and a lead of ${fixed(policy.margin)}).`
        : `No ${expected} in the graph or lists matched "${name}".`;
  }
}
