import { Inject, Injectable } from '@nestjs/common';
import { birthDateProblem, MAX_BIRTH_DATES } from '../common/birth-date';
import {
  NAME_WORD_CHARACTER,
  NO_NAME_CHARACTER_REASON,
  refusedCharacterReason,
  refusedTextField,
} from '../common/control-characters';
import { ALIASES_BESIDE_ID_REASON, aliasesProblem } from '../common/aliases';
import { identifiersProblem } from '../common/identifiers';
import {
  countReason,
  EMPTY_TEXT_REASON,
  idLengthReason,
  REQUIRED_REASON,
  textLengthReason,
} from '../common/text-input';
import { nameLengthReason } from '../common/name-length';
import { checkAsOf } from '../graph/graph-arguments';
import { EntityNotFoundError } from '../graph/graph.errors';
import type { EntitySummary } from '../graph/models/entity-summary.model';
import type { Source } from '../graph/models/source.model';
import type { Path } from '../graph/models/subgraph.model';
import { MATCH_THRESHOLD } from '../matching';
import { countryInputReason, countryOfInput } from '../matching/country-input';
import { type AreaSensitivity, ResearchSensitivity } from '../research-areas/research-sensitivity';
import type { AssessPartnershipInput, FundingInput } from './dto/risk.input';
import { checkFunding, fundingRows } from './funding-record';
import { EntityResolverService, type PartyRef } from './entity-resolver';
import {
  eitherSchemaResolution,
  personPartyReason,
  personReadingWanted,
  possibleListedCandidate,
} from './either-schema';
import {
  type Conflict,
  type PartyAssessment,
  type PartnerRisk,
  type PartyResolution,
  type PartnershipAssessment,
  type ResolutionCandidate,
  type ResearchAreaAssessment,
  type UnassessedParty,
} from './models/risk.model';
import { ConflictKind, ResolutionStatus, RiskLevel, SensitivityLevel } from './risk.enums';
import { chainTo, PathRiskService, sourceIdsOfStep, summary, type Walk } from './path-risk.service';
import { RISK_RULES } from './risk-rules.provider';
import type { RiskLevelName, RiskRules } from './risk-rules';
import { displayName, levelRank, maxLevel, nameSaid, readStep, type WalkNode, type WalkStep } from './risk-scoring';
import { listCaveat } from './list-caveat';
import {
  alertedCandidates,
  candidateWords,
  listedPartyCandidates,
  listedAmbiguity,
  listedAmbiguityReason,
  listedBodies,
  listedParty,
  listedPartyReason,
} from './listed-ambiguity';
import { fixed } from './resolution-rule';
import { RiskInputInvalidError } from './risk.errors';
import { RiskRepository } from './risk.repository';

export const MAX_FUNDERS = 10;
export const MAX_PEOPLE = 20;
export const MAX_RESEARCH_AREAS = 20;
export const MAX_TEXT_LENGTH = 200;
/** Since rules 1.226.0 a party's other names, as many as screen takes. */

export type Role = 'PARTNER' | 'FUNDER' | 'PERSON';

interface Party {
  role: Role;
  resolution: PartyResolution;
  walk: Walk | null;
  /** Since rules 1.136.0: an unresolved party's listed best candidate, alike only in spelling (`possibleListedMatch`). */
  possible?: PossibleMatch | null;
}

/**
 * Since rules 1.136.0: a list entry shown as the best candidate of a name it was not resolved to because the two
 * names differ only in one identity word alike in spelling alone (`listedSpellingAlone`). Its own listing counts
 * towards the level, as a screening match would ("riskLevel always counts listed matches"); its relationships are
 * not walked: the party is not said to be that body.
 */
export interface PossibleMatch {
  candidate: ResolutionCandidate;
  /** The two words alike in spelling alone; null for an ambiguity between list entries (`between`) or a party (`party`). */
  words: [string, string] | null;
  level: RiskLevelName;
  /**
   * The listing as the walk states it ("X is on …"); for `between` and `party`, each entry's, one after the other.
   * Since rules 1.221.0 also the listings of the entries `screen` folds into one party with those (a body's level is
   * its highest entry's).
   */
  listing: string;
  /**
   * Since rules 1.190.0: an AMBIGUOUS party whose every candidate within the margin is a list entry
   * (`listedAmbiguity`): those entries; since rules 1.221.0 counted per body (`listedBodies`: each body at its highest
   * listing's level, the party at the lowest of those: whichever body the name stands for, it is listed at least that
   * high); the party stays AMBIGUOUS and no entry's relationships are walked.
   */
  between?: ResolutionCandidate[];
  /**
   * Since rules 1.221.0: a NOT_FOUND organisation whose every candidate at 0.70 or more is an entry of one listed
   * party, the best at 0.85 or more (`listedParty`): those entries, counted at the party's highest listing's level;
   * nothing is walked.
   */
  party?: ResolutionCandidate[];
}

/** A chain the conflict rests on, before sources are attached. */
interface Chain {
  nodes: WalkNode[];
  steps: WalkStep[];
}

interface ConflictDraft {
  kind: ConflictKind;
  severity: RiskLevelName;
  sentence: string;
  parties: string[];
  entities: WalkNode[];
  chains: Chain[];
  researchArea: string | null;
  matchedTopics: string[];
}

/**
 * "Is this partnership risky, and why": each party resolved and walked, then the conflicts of
 * interest between them. Everything is sorted, so the same graph, rules and input give the same result.
 */
@Injectable()
export class PartnershipService {
  constructor(
    private readonly pathRisk: PathRiskService,
    private readonly repository: RiskRepository,
    private readonly resolver: EntityResolverService,
    @Inject(RISK_RULES) private readonly rules: RiskRules,
    private readonly sensitivity: ResearchSensitivity,
  ) {}

  async assess(input: AssessPartnershipInput): Promise<PartnershipAssessment> {
    const areas = input.researchAreas ?? [];
    const partnerRef = checkRef('partner', input.partner);
    checkCount('funders', (input.funders ?? []).length, MAX_FUNDERS);
    checkCount('people', (input.people ?? []).length, MAX_PEOPLE);
    checkCount('researchAreas', areas.length, MAX_RESEARCH_AREAS);
    const funderRefs = (input.funders ?? []).map((ref, index) => checkRef(`funders[${index}]`, ref));
    const personRefs = (input.people ?? []).map((ref, index) => checkRef(`people[${index}]`, ref));
    areas.forEach((area, index) => {
      // Since rules 1.232.0 in the sentences a case's research areas say (`EMPTY_TEXT_REASON`, `textLengthReason`).
      const problem = area.trim().length === 0 ? EMPTY_TEXT_REASON : textLengthReason(area.length, MAX_TEXT_LENGTH);
      if (problem !== null) {
        throw new RiskInputInvalidError(`researchAreas[${index}]`, problem);
      }
      const refused = refusedCharacterReason(area);
      if (refused !== null) {
        throw new RiskInputInvalidError(`researchAreas[${index}]`, refused);
      }
    });
    const asOf = checkAsOf(input.asOf);
    checkFunding(input.funding ?? [], funderRefs.length);

    const [partner, funders, people, listVersions] = await Promise.all([
      this.party('PARTNER', partnerRef, 'organisation', asOf),
      Promise.all(funderRefs.map((ref) => this.party('FUNDER', ref, 'organisation', asOf))),
      Promise.all(personRefs.map((ref) => this.party('PERSON', ref, 'person', asOf))),
      this.resolver.consultedLists(),
    ]);
    const caveat = listCaveat(listVersions);

    await this.recordFunding(partner, funders, input.funding ?? []);

    const drafts: ConflictDraft[] = [];
    for (const funder of funders) {
      drafts.push(...this.sharedControllers(partner, funder), ...this.funderDefenceLinks(funder));
    }
    for (const party of [partner, ...funders, ...people]) {
      drafts.push(...this.listedParties(party));
    }
    drafts.push(...(await this.dualRoles(partner, funders, people, asOf)));
    const areaSensitivity = [...new Set(areas.map((area) => area.trim()))].map((area) => this.sensitivity.assess(area));
    drafts.push(...this.researchAreaConflicts(partner, areaSensitivity));
    drafts.sort(
      (left, right) =>
        levelRank(right.severity) - levelRank(left.severity) ||
        left.kind.localeCompare(right.kind) ||
        left.sentence.localeCompare(right.sentence),
    );

    const parties = [partner, ...funders, ...people];
    const sourcesById = await this.pathRisk.sourcesFor([
      ...parties.flatMap((party) => party.walk?.findings ?? []),
      ...drafts.flatMap((draft) => draft.chains.map((chain) => ({ steps: chain.steps, reasons: [] }))),
    ]);
    const assessed = new Map<Party, PartyAssessment>();
    for (const party of parties) {
      assessed.set(party, await this.toPartyAssessment(party, sourcesById));
    }
    const conflicts = drafts.map((draft) => this.toConflict(draft, sourcesById));

    const levels: Array<{ level: RiskLevelName; reason: string }> = [];
    for (const party of parties) {
      const risk = assessed.get(party)!.risk;
      if (risk) {
        for (const reason of risk.reasons) {
          levels.push({
            level: risk.riskLevel as RiskLevelName,
            reason: `${roleWord(party.role)} ${nameSaid(risk.entity)}: ${reason}`,
          });
        }
      }
    }
    for (const conflict of conflicts) {
      levels.push({ level: conflict.severity as RiskLevelName, reason: conflict.sentence });
    }
    for (const party of parties) {
      if (party.possible) {
        levels.push({ level: party.possible.level, reason: possibleMatchReason(party) });
      }
    }
    const found = maxLevel(...levels.map((entry) => entry.level));
    const unassessedParties = parties.flatMap((party) => (party.walk ? [] : [unassessed(party)]));
    // Since rules 1.158.0: a partner or funder that is a person on no organisation's reading says so.
    const personParties = [partner, ...funders].flatMap((party) => {
      const reason = party.walk
        ? personPartyReason(party.role === 'PARTNER' ? 'Partner' : 'Funder', party.resolution)
        : null;
      return reason ? [reason] : [];
    });
    const foundReasons =
      found === 'NONE'
        ? []
        : [...new Set(levels.filter((entry) => entry.level === found).map((entry) => entry.reason))];
    // A party given but not assessed leaves the answer open, unless what was found already decides it.
    const unknown =
      unassessedParties.length > 0 && levelRank(found) < levelRank(this.rules.resolution.unknownUnlessAtLeast);
    return {
      partner: assessed.get(partner)!,
      funders: funders.map((funder) => assessed.get(funder)!),
      people: people.map((person) => assessed.get(person)!),
      conflicts,
      riskLevel: unknown ? RiskLevel.UNKNOWN : (found as RiskLevel),
      reasons: [
        ...unassessedParties.map((party) => party.reason),
        ...personParties,
        ...foundReasons,
        ...(found === 'NONE' && unassessedParties.length < parties.length
          ? [nothingFound(parties.length - unassessedParties.length, unassessedParties)]
          : []),
        ...(caveat ? [caveat] : []),
      ],
      unassessedParties,
      researchAreas: areaSensitivity.map(toAreaAssessment),
      researchVocabularyVersion: this.sensitivity.version,
      listVersions,
      asOf,
      rules: { id: this.rules.id, version: this.rules.version },
      rulesVersion: this.rules.version,
    };
  }

  /**
   * partnerRisk: an entity given by id is walked as it is; a name is resolved first (as an organisation, then as a
   * person when no organisation answers: eitherSchemaResolution), and a name that does not resolve gives UNKNOWN with
   * the resolution's candidates, never a guess.
   */
  async partnerRisk(args: {
    entityId?: string | null;
    name?: string | null;
    country?: string | null;
    identifiers?: string[] | null;
    dateOfBirth?: string[] | null;
    aliases?: string[] | null;
    asOf?: string | null;
  }): Promise<PartnerRisk> {
    if (args.entityId && args.name) {
      throw new RiskInputInvalidError('name', 'give an entityId or a name, not both');
    }
    if (args.entityId && (args.aliases ?? []).length > 0) {
      throw new RiskInputInvalidError('aliases', 'are read with a name only: an entityId is taken as it is');
    }
    if (args.entityId) {
      return this.pathRisk.partnerRisk(args.entityId, args.asOf ?? null);
    }
    const ref = checkRef('partner', {
      name: args.name,
      country: args.country,
      identifiers: args.identifiers,
      dateOfBirth: args.dateOfBirth,
      aliases: args.aliases,
    });
    const asOf = checkAsOf(args.asOf);
    // Since rules 1.149.0: no schema is given, so a name no organisation answers is read as a person too
    // (eitherSchemaResolution): a listed person is never "not found in the graph or lists". Since rules 1.166.0 the
    // test is `personReadingWanted`, a screen's without a schema too.
    const { read: organisation, resolution } = await this.resolveParty(ref, 'organisation');
    const organisationPossible = await this.possibleListedMatch(organisation, asOf, ref);
    if (resolution.status === ResolutionStatus.RESOLVED && resolution.entityId) {
      return {
        ...(await this.pathRisk.partnerRisk(resolution.entityId, asOf, sameListedParty(resolution))),
        resolution,
      };
    }
    const party: Party = {
      role: 'PARTNER',
      resolution,
      walk: null,
      // Since rules 1.190.0 a person reading ambiguous between list entries only counts their listings too; since
      // rules 1.221.0 the person reading (or both readings' candidates) is read as assessPartnership reads it.
      possible:
        resolution === organisation ? organisationPossible : await this.possibleListedMatch(resolution, asOf, ref),
    };
    // Since rules 1.136.0 a possible listed match counts by its listing, as in assessPartnership.
    const counted =
      party.possible && levelRank(party.possible.level) >= levelRank(this.rules.resolution.unknownUnlessAtLeast);
    return {
      entity: null,
      resolution,
      riskLevel: counted ? (party.possible!.level as RiskLevel) : RiskLevel.UNKNOWN,
      reasons: [unassessed(party).reason, ...(party.possible ? [possibleMatchReason(party)] : [])],
      topFindings: [],
      findingsTotal: 0,
      truncated: false,
      truncationReasons: [],
      asOf,
      rules: { id: this.rules.id, version: this.rules.version },
      rulesVersion: this.rules.version,
    };
  }

  private async party(
    role: Role,
    ref: PartyRef & { dateOfBirth?: string[] | null },
    expected: 'organisation' | 'person',
    asOf: string,
  ): Promise<Party> {
    // Since rules 1.158.0: a partner or funder given by a name no organisation answers is read as a person too, as
    // partnerRisk reads it (eitherSchemaResolution): a listed person given as the partner is that person, assessed,
    // never "not found in the graph or lists" (`personPartyReason` says so in the reasons).
    const { read, resolution } = await this.resolveParty(ref, expected);
    const readPossible =
      expected === 'organisation' && !ref.id ? await this.possibleListedMatch(read, asOf, ref) : null;
    const walk =
      resolution.status === ResolutionStatus.RESOLVED && resolution.entity
        ? await this.repository.inReadTransaction((reads) =>
            this.pathRisk.walk(resolution.entity!.id, { asOf, sameParty: sameListedParty(resolution) }, reads),
          )
        : null;
    const possible = walk
      ? null
      : resolution === read && expected === 'organisation' && !ref.id
        ? readPossible
        : await this.possibleListedMatch(resolution, asOf, ref);
    return { role, resolution, walk, possible };
  }

  /**
   * The one path from a party as given to its resolution, for partnerRisk, the partner, funders and people: `read` is
   * the reading of the kind expected, `resolution` the answer (for an organisation given by name, the person reading
   * when no organisation answers: `personReadingWanted`, `eitherSchemaResolution`). Since rules 1.198.0 the dates of
   * birth reach the person reading wherever the party is given (partnerRisk and the partner and funders as well as
   * people), so that `decideResolution` weighs them alike on every route; a body's reading ignores them. Since rules
   * 1.200.0 a case's parties take this path too (`CasesService`: created, added, corrected and re-run).
   */
  async resolveParty(
    ref: PartyRef & { dateOfBirth?: string[] | null },
    expected: 'organisation' | 'person',
  ): Promise<{ read: PartyResolution; resolution: PartyResolution }> {
    const { dateOfBirth, ...party } = ref;
    const dated = { ...party, birthDates: dateOfBirth ?? null };
    const read = await this.resolver.resolve(expected === 'person' ? dated : party, expected);
    const person =
      expected === 'organisation' && !ref.id && personReadingWanted(read)
        ? await this.resolver.resolve(dated, 'person')
        : null;
    return { read, resolution: eitherSchemaResolution(read, person, this.rules.resolution.candidates) };
  }

  /**
   * Since rules 1.136.0: the unresolved answer's best candidate when it is a list entry alike in spelling alone
   * (`listedSpellingAlone`), with its own listing's level (a walk of one hop, its own findings only; since rules
   * 1.221.0 the highest of the listings of the entries `screen` folds into one party with it); otherwise an ambiguity
   * between list entries only (1.190.0) or a party not found whose every candidate at 0.70 or more is one listed
   * party (1.221.0); null otherwise. Public since rules 1.221.0: a case's party not assessed reads the same sentence.
   */
  async possibleListedMatch(
    resolution: PartyResolution,
    asOf: string,
    ref: PartyRef & { dateOfBirth?: string[] | null },
  ): Promise<PossibleMatch | null> {
    if (resolution.status === ResolutionStatus.RESOLVED || resolution.method === 'id') {
      return null;
    }
    const found = possibleListedCandidate(resolution);
    if (!found) {
      // Since rules 1.190.0: otherwise an ambiguity between list entries only; since 1.221.0 one listed party.
      return (await this.listedAmbiguityMatch(resolution, asOf, ref)) ?? this.listedPartyMatch(resolution, asOf, ref);
    }
    const { best, words } = found;
    const own = await this.ownListing(best.entityId, asOf);
    if (!own) {
      return null;
    }
    const parties = await this.screenParties(resolution, ref, best);
    const party = parties.get(best.entityId) ?? [];
    const body = await this.bodyListing([best.entityId, ...party.filter((id) => id !== best.entityId)], asOf, own);
    return { candidate: best, words, level: body.level, listing: body.sentence };
  }

  /**
   * Since rules 1.190.0: an AMBIGUOUS answer between list entries only (`listedAmbiguity`); since rules 1.221.0 at the
   * lowest level of the bodies they are (`listedBodies`, as `screen` folds entries into one party), each body at its
   * highest listing's level (before, the lowest entry's level: a body listed by METI and by a sanctions list counted at
   * METI's); null when any of them has no listing of its own in the graph.
   */
  private async listedAmbiguityMatch(
    resolution: PartyResolution,
    asOf: string,
    ref: PartyRef & { dateOfBirth?: string[] | null },
  ): Promise<PossibleMatch | null> {
    const between = listedAmbiguity(resolution, this.rules.resolution.candidates);
    if (!between) {
      return null;
    }
    const owns = await Promise.all(between.map((candidate) => this.ownListing(candidate.entityId, asOf)));
    if (owns.some((own) => !own)) {
      return null;
    }
    const parties = await this.screenParties(resolution, ref, between[0]);
    const bodies = await Promise.all(
      listedBodies(between, parties).map((members) => this.bodyListing(members, asOf, null)),
    );
    const level = bodies
      .map((body) => body.level)
      .reduce((lowest, next) => (levelRank(next) < levelRank(lowest) ? next : lowest));
    return {
      candidate: between[0],
      words: null,
      level,
      listing: bodies.map((body) => body.sentence).join(' '),
      between,
    };
  }

  /**
   * Since rules 1.221.0: a NOT_FOUND organisation whose every candidate at 0.70 or more is one listed party, the best
   * at 0.85 or more (`listedParty`, as `screen` folds entries into one party), at the party's highest listing's level; null when no
   * entry of it has a listing of its own in the graph.
   */
  private async listedPartyMatch(
    resolution: PartyResolution,
    asOf: string,
    ref: PartyRef & { dateOfBirth?: string[] | null },
  ): Promise<PossibleMatch | null> {
    // The test without the fold first: a search is made only for a NOT_FOUND answer that could be one listed party.
    const alerted = listedPartyCandidates(resolution, this.rules.resolution.candidates);
    if (!alerted) {
      return null;
    }
    const parties = await this.screenParties(resolution, ref, alerted[0]);
    const entries = listedParty(resolution, this.rules.resolution.candidates, parties);
    if (!entries) {
      return null;
    }
    const body = await this.bodyListing(listedBodies(entries, parties)[0], asOf, null);
    return body.counted
      ? { candidate: entries[0], words: null, level: body.level, listing: body.sentence, party: entries }
      : null;
  }

  /** The entries `screen` folds into one party, by the resolution's search of the name as the party was given. */
  private screenParties(
    resolution: PartyResolution,
    ref: PartyRef & { dateOfBirth?: string[] | null },
    candidate: ResolutionCandidate,
  ): Promise<Map<string, string[]>> {
    // As `resolveParty` searches: an organisation's reading without the dates of birth, a person's with them; since
    // rules 1.232.0 with the party's aliases too (before, an entry found by an alias alone was not folded with the
    // party's other entries, so the level and sentence differed from `screen`'s of the same input).
    const person = candidate.type === 'Person';
    return this.resolver.screenParties(
      {
        name: ref.name ?? resolution.query,
        country: ref.country ?? null,
        identifiers: ref.identifiers ?? null,
        birthDates: person ? (ref.dateOfBirth ?? null) : null,
        aliases: ref.aliases ?? null,
      },
      person ? 'person' : 'organisation',
    );
  }

  /**
   * Since rules 1.221.0: a listed body's level, its highest entry's (`members`: the entries `screen` folds into one
   * party), with each entry's listing sentence; `known`, an entry's own listing already read.
   */
  private async bodyListing(
    members: readonly string[],
    asOf: string,
    known: { level: RiskLevelName; sentence: string } | null,
  ): Promise<{ level: RiskLevelName; sentence: string; counted: boolean }> {
    const read = await Promise.all(
      members.map(async (id, position): Promise<{ level: RiskLevelName; sentence: string } | null> =>
        position === 0 && known ? known : this.ownListing(id, asOf),
      ),
    );
    const owns = read.filter((own): own is { level: RiskLevelName; sentence: string } => own !== null);
    if (owns.length === 0) {
      return { level: 'NONE', sentence: '', counted: false };
    }
    const level = owns
      .map((own) => own.level)
      .reduce((highest, next) => (levelRank(next) > levelRank(highest) ? next : highest));
    return { level, sentence: [...new Set(owns.map((own) => own.sentence))].join(' '), counted: true };
  }

  /** A list entry's own listing finding (a walk of one hop, its own findings only); null when it has none. */
  private async ownListing(entityId: string, asOf: string) {
    // The index is a cache of the graph: an entry removed since it was built counts nothing.
    const walk = await this.repository
      .inReadTransaction((reads) => this.pathRisk.walk(entityId, { asOf, maxHops: 1 }, reads))
      .catch((error: unknown) => {
        if (error instanceof EntityNotFoundError) {
          return null;
        }
        throw error;
      });
    return walk?.findings.find((finding) => finding.hops === 0) ?? null;
  }

  private async toPartyAssessment(party: Party, sourcesById: Map<string, Source>): Promise<PartyAssessment> {
    return {
      role: party.role,
      resolution: party.resolution,
      risk: party.walk ? await this.pathRisk.toAssessment(party.walk, sourcesById) : null,
    };
  }

  /** Bodies that own, control or supervise the party within the rules' hops, through control steps only. */
  private controllers(walk: Walk): Map<string, Chain & { hops: number }> {
    const found = new Map<string, Chain & { hops: number }>();
    for (const [id, visit] of walk.visits) {
      if (visit.hops === 0 || visit.hops > this.rules.conflicts.sharedControllerMaxHopsEachSide) {
        continue;
      }
      const chain = chainTo(walk.visits, id);
      if (chain.steps.every((step) => step.control)) {
        found.set(id, { ...chain, hops: visit.hops });
      }
    }
    return found;
  }

  /**
   * Records who funds the work (FUNDS, funder → partner) when the analyst gave `funding`, for the
   * funders and partner that resolved. Kept apart from the assessment itself: it writes, the rest reads.
   */
  private async recordFunding(partner: Party, funders: Party[], funding: FundingInput[]): Promise<number> {
    const rows = fundingRows(
      partner.walk?.start.id ?? null,
      funders.map((funder) => funder.walk?.start.id ?? null),
      funding,
    );
    return this.repository.recordFunding(rows, new Date().toISOString());
  }

  private sharedControllers(partner: Party, funder: Party): ConflictDraft[] {
    if (!partner.walk || !funder.walk || partner.walk.start.id === funder.walk.start.id) {
      return [];
    }
    const partnerSide = this.controllers(partner.walk);
    const funderSide = this.controllers(funder.walk);
    const shared = [...partnerSide.keys()]
      .filter((id) => funderSide.has(id) && id !== partner.walk!.start.id && id !== funder.walk!.start.id)
      .map((id) => ({ id, partnerChain: partnerSide.get(id)!, funderChain: funderSide.get(id)! }))
      .map((entry) => ({ ...entry, combined: entry.partnerChain.hops + entry.funderChain.hops }))
      .sort((left, right) => left.combined - right.combined || left.id.localeCompare(right.id));
    if (shared.length === 0) {
      return [];
    }
    // The nearest shared controllers; those above them add nothing an analyst needs.
    const nearest = shared.filter((entry) => entry.combined === shared[0].combined).slice(0, 3);
    return nearest.map(({ partnerChain, funderChain, combined }) => {
      const controller = partnerChain.nodes[partnerChain.nodes.length - 1];
      const severity =
        this.rules.conflicts.sharedControllerSeverityByCombinedHops.find((rule) => combined <= rule.maxHops)
          ?.severity ?? 'LOW';
      return {
        kind: ConflictKind.SHARED_CONTROLLER,
        severity,
        sentence:
          `${nameSaid(partner.walk!.start)} (partner) and ${nameSaid(funder.walk!.start)} (funder) share a controlling body, ` +
          `${displayName(controller)}: the partner is ${chainWords(partnerChain)} and the funder is ${chainWords(funderChain)}.`,
        parties: [partner.walk!.start.id, funder.walk!.start.id],
        entities: [controller],
        chains: [partnerChain, funderChain],
        researchArea: null,
        matchedTopics: [],
      };
    });
  }

  private funderDefenceLinks(funder: Party): ConflictDraft[] {
    if (!funder.walk) {
      return [];
    }
    const categories = new Set(this.rules.conflicts.funderDefenceCategories);
    const links = funder.walk.findings.filter((finding) =>
      finding.reasons.some((reason) => reason.kind === 'CATEGORY' && categories.has(reason.category ?? '')),
    );
    // Findings are strongest first; one conflict per kind of body reached, with its strongest path.
    const byCategory = new Map<string, (typeof links)[number]>();
    for (const finding of links) {
      const category = finding.reasons.find((reason) => categories.has(reason.category ?? ''))!.category!;
      if (!byCategory.has(category)) {
        byCategory.set(category, finding);
      }
    }
    return [...byCategory.entries()].map(([category, finding]) => ({
      kind: ConflictKind.FUNDER_DEFENCE_LINK,
      severity: maxLevel(finding.level, this.rules.conflicts.funderDefenceMinimumSeverity),
      sentence:
        finding.hops === 0
          ? `The funder ${nameSaid(funder.walk!.start)} is itself ${finding.reasons[0].description} (${category}).`
          : `The funder ${nameSaid(funder.walk!.start)} is linked to ${displayName(finding.target)} (${category}): ${lowerFirst(finding.sentence)}`,
      parties: [funder.walk!.start.id],
      entities: [finding.target],
      chains: [{ nodes: finding.nodes, steps: finding.steps }],
      researchArea: null,
      matchedTopics: [],
    }));
  }

  private listedParties(party: Party): ConflictDraft[] {
    if (!party.walk) {
      return [];
    }
    const listed = party.walk.findings.find((finding) => finding.reasons.some((reason) => reason.kind === 'LISTING'));
    if (!listed) {
      return [];
    }
    const listing = listed.reasons.find((reason) => reason.kind === 'LISTING')!;
    return [
      {
        kind: ConflictKind.LISTED_PARTY,
        severity: maxLevel(listed.level, this.rules.conflicts.listedPartyMinimumSeverity),
        sentence:
          listed.hops === 0
            ? `The ${roleWord(party.role).toLowerCase()} ${nameSaid(party.walk.start)} is ${listing.description}.`
            : `The ${roleWord(party.role).toLowerCase()} ${nameSaid(party.walk.start)} is within ${listed.hops} ${listed.hops === 1 ? 'hop' : 'hops'} of a listed body: ${lowerFirst(listed.sentence)}`,
        parties: [party.walk.start.id],
        entities: [listed.target],
        chains: [{ nodes: listed.nodes, steps: listed.steps }],
        researchArea: null,
        matchedTopics: [],
      },
    ];
  }

  private async dualRoles(partner: Party, funders: Party[], people: Party[], asOf: string): Promise<ConflictDraft[]> {
    const walkedPeople = people.filter((person) => person.walk !== null);
    const walkedFunders = funders.filter((funder) => funder.walk !== null);
    if (!partner.walk || walkedPeople.length === 0 || walkedFunders.length === 0) {
      return [];
    }
    const sideOf = (walk: Walk): Map<string, Chain> => {
      const side = new Map<string, Chain>([[walk.start.id, { nodes: [walk.start], steps: [] }]]);
      for (const [id, chain] of this.controllers(walk)) {
        side.set(id, chain);
      }
      return side;
    };
    const partnerSide = sideOf(partner.walk);
    const roles = await this.repository.findPersonRoles({
      ids: walkedPeople.map((person) => person.walk!.start.id),
      types: this.rules.conflicts.personDualRoleTypes,
      asOf,
      includeFormer: this.rules.walk.includeFormerByDefault,
    });
    const drafts: ConflictDraft[] = [];
    for (const person of walkedPeople) {
      const personNode = person.walk!.start;
      const personRoles = roles.filter((role) => role.personId === personNode.id);
      const partnerRole = personRoles.find((role) => partnerSide.has(role.body.id));
      if (!partnerRole) {
        continue;
      }
      for (const funder of walkedFunders) {
        const funderSide = sideOf(funder.walk!);
        const funderRole = personRoles.find((role) => funderSide.has(role.body.id) && !partnerSide.has(role.body.id));
        if (!funderRole) {
          continue;
        }
        const roleChain = (role: (typeof personRoles)[number]): Chain => {
          const step = readStep(role.type, true, personNode.id, role.body.id, role.properties, this.rules);
          return {
            nodes: [personNode, role.body],
            steps: [
              step ?? {
                type: role.type,
                forward: true,
                fromId: personNode.id,
                toId: role.body.id,
                properties: role.properties,
                weight: 1,
                phrase: role.type.toLowerCase().replaceAll('_', ' '),
                control: false,
                identity: false,
                ownership: null,
              },
            ],
          };
        };
        drafts.push({
          kind: ConflictKind.PERSON_DUAL_ROLE,
          severity: this.rules.conflicts.personDualRoleSeverity,
          sentence:
            `${personNode.name} holds roles on both sides: ${roleWords(partnerRole.type)} ${partnerRole.body.name}` +
            `${partnerRole.body.id === partner.walk.start.id ? ' (the partner)' : ` (on the partner's side: the partner is ${chainWords(partnerSide.get(partnerRole.body.id)!)})`}` +
            ` and ${roleWords(funderRole.type)} ${funderRole.body.name}` +
            `${funderRole.body.id === funder.walk!.start.id ? ' (the funder)' : ` (on the funder's side: the funder is ${chainWords(funderSide.get(funderRole.body.id)!)})`}.`,
          parties: [personNode.id, partner.walk.start.id, funder.walk!.start.id],
          entities: [partnerRole.body, funderRole.body],
          chains: [
            roleChain(partnerRole),
            partnerSide.get(partnerRole.body.id)!,
            roleChain(funderRole),
            funderSide.get(funderRole.body.id)!,
          ].filter((chain) => chain.steps.length > 0),
          researchArea: null,
          matchedTopics: [],
        });
      }
    }
    return drafts;
  }

  /**
   * Research areas against the sensitivity vocabulary (the export control lists' categories): each
   * area is reported with the categories and terms it touches. A sensitive area is a conflict only
   * with a defence-linked partner (its own category, or a path to a military, security or
   * defence-industry body); a topic with no sensitivity raises nothing on its own.
   */
  private researchAreaConflicts(partner: Party, areas: AreaSensitivity[]): ConflictDraft[] {
    const link = partner.walk ? this.defenceLink(partner.walk) : null;
    if (!partner.walk || !link) {
      return [];
    }
    const start = partner.walk.start;
    const topicsByCategory = new Map<string, string[]>();
    for (const topic of partner.walk.topics) {
      for (const category of this.sensitivity.assess(topic).categories) {
        topicsByCategory.set(category.id, [...(topicsByCategory.get(category.id) ?? []), topic]);
      }
    }
    return areas.flatMap((area): ConflictDraft[] => {
      if (area.level === 'NONE') {
        return [];
      }
      const severity =
        area.level === 'CONTROLLED'
          ? this.rules.conflicts.researchAreaSeverityWhenPartnerHigh
          : this.rules.conflicts.researchAreaSeverity;
      const categories = area.categories.map(
        (category) => `${category.id} ${category.name} (${category.terms.join(', ')})`,
      );
      const partnerTopics = [
        ...new Set(area.categories.flatMap((category) => topicsByCategory.get(category.id) ?? [])),
      ];
      const own =
        partnerTopics.length > 0
          ? ` ${start.name}'s own defence-related research includes ${partnerTopics.map((topic) => `"${topic}"`).join(', ')} in the same ${area.categories.length === 1 ? 'category' : 'categories'}.`
          : '';
      return [
        {
          kind: ConflictKind.RESEARCH_AREA_MATCH,
          severity,
          sentence: `The research area "${area.area}" is ${area.level === 'CONTROLLED' ? 'export-controlled' : 'dual-use related'} (${categories.join('; ')}) and the partner ${nameSaid(start)} is defence-linked (${link}).${own}`,
          parties: [start.id],
          entities: [start],
          chains: [],
          researchArea: area.area,
          matchedTopics: partnerTopics,
        },
      ];
    });
  }

  /** Why a walked party counts as defence-linked, or null: its own category, else its nearest defence finding. */
  private defenceLink(walk: Walk): string | null {
    const categories = new Set(this.rules.conflicts.funderDefenceCategories);
    const own = walk.start.riskCategories.filter((category) => categories.has(category));
    if (own.length > 0) {
      return `itself ${own.join(', ')}`;
    }
    const finding = walk.findings.find(
      (candidate) =>
        levelRank(candidate.level) >= levelRank(this.rules.conflicts.researchAreaPartnerMinimumLevel) &&
        candidate.reasons.some((reason) => reason.kind === 'CATEGORY' && categories.has(reason.category ?? '')),
    );
    return finding
      ? `${finding.target.name}, ${finding.hops} ${finding.hops === 1 ? 'hop' : 'hops'} away, ${finding.level}`
      : null;
  }

  private toConflict(draft: ConflictDraft, sourcesById: Map<string, Source>): Conflict {
    const paths: Path[] = draft.chains.map((chain) => this.pathRisk.toPath(chain.nodes, chain.steps, sourcesById));
    const sourceIds = [...new Set(draft.chains.flatMap((chain) => chain.steps.flatMap(sourceIdsOfStep)))].sort();
    return {
      kind: draft.kind,
      severity: draft.severity as RiskLevel,
      sentence: draft.sentence,
      parties: draft.parties,
      entities: draft.entities.map((node): EntitySummary => summary(node)),
      paths,
      sources: sourceIds.flatMap((id) => sourcesById.get(id) ?? []),
      researchArea: draft.researchArea,
      matchedTopics: draft.matchedTopics,
    };
  }
}

/**
 * "Nothing found for the party assessed." Since rules 1.190.0, when a party was not assessed, the sentence names it, so
 * that it is not read as nothing found at all beside that party's candidate at 1.0.
 */
export function nothingFound(
  assessedCount: number,
  notAssessed: Array<Pick<UnassessedParty, 'role' | 'query'>>,
): string {
  const assessed = `Nothing found for the ${assessedCount === 1 ? 'party' : 'parties'} assessed`;
  if (notAssessed.length === 0) {
    return `${assessed}.`;
  }
  const named = notAssessed.map((party) => `${roleWord(party.role as Role).toLowerCase()} "${party.query}"`);
  return `${assessed}; ${named.join(', ')}, not assessed (above), ${named.length === 1 ? 'is' : 'are'} not counted.`;
}

function unassessed(party: Party): UnassessedParty {
  const { resolution } = party;
  return {
    role: party.role,
    query: resolution.query,
    status: resolution.status,
    reason: unassessedReason(party.role, resolution, party.possible),
  };
}

/**
 * `funder "X" not found in the graph or lists: not assessed`, `partner "Y" not resolved: not assessed (closest
 * candidate: …)`, and the like: the one sentence for a party given and not assessed, in `assessPartnership`,
 * `partnerRisk` and a case's reasons (`CasesService`), from the party's resolution and, where the route reads one, its
 * possible listed match.
 */
export function unassessedReason(
  partyRole: Role,
  resolution: PartyResolution,
  possible: PossibleMatch | null = null,
): string {
  const role = roleWord(partyRole).toLowerCase();
  const given = resolution.method === 'id' ? `id "${resolution.query}"` : `"${resolution.query}"`;
  const candidates = resolution.candidates;
  let reason: string;
  if (resolution.status === ResolutionStatus.AMBIGUOUS && possible?.between) {
    reason = listedAmbiguityReason(role, given, possible.between, possible.level);
  } else if (possible?.party) {
    reason = listedPartyReason(role, given, possible.party, possible.level);
  } else if (resolution.status === ResolutionStatus.AMBIGUOUS && resolution.runnerUp && candidates.length > 0) {
    // Since rules 1.221.0 a listed candidate is named with its lists, and one not named is added.
    const best = candidates[0];
    reason = `${role} ${given} is ambiguous between ${candidateWords(best)} and ${candidateWords(resolution.runnerUp)}: not assessed${alsoListed(candidates, [best, resolution.runnerUp])}`;
  } else if (possible) {
    const { candidate } = possible;
    reason = `${role} ${given} not resolved: possible match ${candidate.name} (${candidate.lists.join(', ')}; ${fixed(candidate.score)}) on a spelling alone; its listing is counted, its relationships are not walked`;
  } else if (resolution.method === 'id') {
    reason = `${role} ${given} is not in the graph: not assessed`;
  } else {
    // Since rules 1.202.0: a closest candidate at or above the threshold was found and refused on the evidence
    // (a common name alone, another country, no strong name evidence): the party is "not resolved", not "not found".
    // Since rules 1.221.0 a list entry at the screening threshold or more is never "not found in the graph or lists",
    // and a listed candidate is named with its lists.
    const closest = candidates[0];
    const listed = alertedCandidates(resolution).some((candidate) => candidate.lists.length > 0);
    const found = (closest !== undefined && closest.score >= resolution.threshold) || listed;
    const lists = closest && closest.lists.length > 0 ? ` (${[...new Set(closest.lists)].join(', ')})` : '';
    reason = `${role} ${given} ${found ? 'not resolved' : 'not found in the graph or lists'}: not assessed${closest ? ` (closest candidate: ${closest.name}${lists}, ${fixed(closest.score)}, ${closestNotResolved(closest, resolution.threshold)})` : ''}${closest ? alsoListed(candidates, [closest]) : ''}`;
  }
  return reason;
}

/**
 * Since rules 1.221.0: the list entries shown at the screening threshold or more (what `screen` alerts on) that an
 * unresolved party's sentence does not already name (`named`): `; also a listed candidate: X (uk-sanctions; 1)`.
 */
function alsoListed(candidates: ResolutionCandidate[], named: Array<Pick<ResolutionCandidate, 'entityId'>>): string {
  const others = alertedCandidates({ candidates }).filter(
    (candidate) => candidate.lists.length > 0 && !named.some((one) => one.entityId === candidate.entityId),
  );
  if (others.length === 0) {
    return '';
  }
  return `; also ${others.length === 1 ? 'a listed candidate' : 'listed candidates'}: ${others.map(candidateWords).join(', ')}`;
}

/**
 * Since rules 1.161.0: why the closest candidate of a party not found was not resolved, as the resolution decided it
 * (it said "below the threshold or without strong name evidence" of a candidate at 1.000 of another country).
 */
export function closestNotResolved(
  closest: Pick<ResolutionCandidate, 'score' | 'strongNameEvidence' | 'features'>,
  threshold: number,
): string {
  if (closest.score < threshold) {
    return `below the ${fixed(threshold)} a resolution needs`;
  }
  if (closest.features.some((feature) => feature.name === 'country' && feature.value < 0)) {
    return 'of another country than the one given';
  }
  if (!closest.strongNameEvidence) {
    return 'without strong name evidence';
  }
  return "not resolved: the resolution's explanation says why";
}

/** Since rules 1.136.0: what a possible listed match adds to the reasons, at its listing's level. */
function possibleMatchReason(party: Party): string {
  const { candidate, words, listing, between, level } = party.possible!;
  if (party.possible!.party) {
    return `${roleWord(party.role)} "${party.resolution.query}": not resolved, every candidate at ${fixed(MATCH_THRESHOLD)} or more an entry of one listed party, counted at ${level}, its highest listing's level. ${listing}`;
  }
  if (between || !words) {
    return `${roleWord(party.role)} "${party.resolution.query}": ambiguous between list entries only, counted at ${level}, the lowest level of the listed bodies they are (each at its highest listing's level). ${listing}`;
  }
  return `${roleWord(party.role)} "${party.resolution.query}": possible match, not resolved: ${candidate.name} (${candidate.entityId}) at ${fixed(candidate.score)}, the names differing only in "${words[0]}" and "${words[1]}", alike in spelling alone. ${listing}`;
}

/** The party as given, checked; its country read as every route reads one (`countryOfInput`), as its code. */
export function checkRef<Ref extends PartyRef & { dateOfBirth?: string[] | null }>(
  field: string,
  ref: Ref | null | undefined,
): Ref {
  // Since rules 1.232.0 an absent or empty name in the screen's sentences, naming the field (`give an id or a name`
  // before).
  if (!ref || (!ref.id && (ref.name === null || ref.name === undefined))) {
    throw new RiskInputInvalidError(`${field}.name`, REQUIRED_REASON);
  }
  if (!ref.id && !ref.name!.trim()) {
    throw new RiskInputInvalidError(`${field}.name`, EMPTY_TEXT_REASON);
  }
  if (ref.id && ref.name) {
    throw new RiskInputInvalidError(field, 'give an id or a name, not both');
  }
  // Since rules 1.226.0 refused as every route refuses them (`refusedCharacterReason`): control characters, a
  // bidirectional override, an unpaired surrogate (the matcher read a control character as a word break and resolved).
  const refused = refusedTextField({
    id: ref.id,
    name: ref.name,
    country: ref.country,
    identifiers: ref.identifiers,
    dateOfBirth: ref.dateOfBirth,
    aliases: ref.aliases,
  });
  if (refused !== null) {
    throw new RiskInputInvalidError(`${field}.${refused.field}`, refused.reason);
  }
  if (ref.name && !NAME_WORD_CHARACTER.test(ref.name)) {
    throw new RiskInputInvalidError(`${field}.name`, NO_NAME_CHARACTER_REASON);
  }
  const idProblem = ref.id ? idLengthReason(ref.id) : null;
  if (idProblem !== null) {
    throw new RiskInputInvalidError(`${field}.id`, idProblem);
  }
  // Since rules 1.219.0 the one limit of every route's names (the screen's; a case's parties too).
  const tooLong = nameLengthReason(ref.name?.length ?? 0);
  if (tooLong !== null) {
    throw new RiskInputInvalidError(`${field}.name`, tooLong);
  }
  const country = ref.country ? countryOfInput(ref.country.slice(0, 200)) : null;
  if (ref.country && country === null) {
    throw new RiskInputInvalidError(`${field}.country`, countryInputReason(ref.country.slice(0, 40)));
  }
  // Since rules 1.226.0 aliases are checked as screen checks them (at most 20, each 1 to 1,000 characters), and read
  // with a name only.
  // with a name only; since rules 1.232.0 by the one check a case's parties share (`aliasesProblem`).
  const aliases = ref.aliases ?? [];
  const refusedAliases = aliasesProblem(aliases);
  if (refusedAliases !== null && refusedAliases.at === null) {
    throw new RiskInputInvalidError(`${field}.aliases`, refusedAliases.reason);
  }
  if (ref.id && aliases.length > 0) {
    throw new RiskInputInvalidError(`${field}.aliases`, ALIASES_BESIDE_ID_REASON);
  }
  if (refusedAliases !== null) {
    throw new RiskInputInvalidError(`${field}.aliases[${refusedAliases.at}]`, refusedAliases.reason);
  }
  // Since rules 1.219.0 identifiers are checked as every route checks them (`identifiersProblem`: the screen's limits).
  const identifiers = identifiersProblem(ref.identifiers ?? []);
  if (identifiers !== null) {
    const at = identifiers.at === null ? '' : `[${identifiers.at}]`;
    throw new RiskInputInvalidError(`${field}.identifiers${at}`, identifiers.reason);
  }
  const dates = ref.dateOfBirth ?? [];
  if (dates.length > MAX_BIRTH_DATES) {
    throw new RiskInputInvalidError(`${field}.dateOfBirth`, countReason(dates.length, MAX_BIRTH_DATES)!);
  }
  // Since rules 1.226.0 each date in the one sentence of every route (`birthDateProblem`), read trimmed as screen reads it.
  dates.forEach((value, index) => {
    const problem = birthDateProblem(value);
    if (problem !== null) {
      throw new RiskInputInvalidError(`${field}.dateOfBirth[${index}]`, problem);
    }
  });
  const dated = dates.length === 0 ? ref : { ...ref, dateOfBirth: dates.map((value) => value.trim()) };
  const checked = aliases.length === 0 ? dated : { ...dated, aliases: aliases.map((alias) => alias.trim()) };
  return country === null ? checked : { ...checked, country };
}

function checkCount(field: string, count: number, maximum: number): void {
  const problem = countReason(count, maximum);
  if (problem !== null) {
    throw new RiskInputInvalidError(field, problem);
  }
}

function roleWord(role: Role): string {
  return role === 'PARTNER' ? 'Partner' : role === 'FUNDER' ? 'Funder' : 'Person';
}

function roleWords(type: string): string {
  const words: Record<string, string> = {
    EMPLOYED_BY: 'employed by',
    DIRECTOR_OF: 'a director of',
    MEMBER_OF: 'a member of',
    AFFILIATED_WITH: 'affiliated with',
  };
  return words[type] ?? type.toLowerCase().replaceAll('_', ' ');
}

/** "supervised by X, which is controlled by Y (2 hops)". */
function chainWords(chain: Chain): string {
  const parts = chain.steps.map((step, index) => {
    const other = chain.nodes[index + 1];
    const text = step.ownership
      ? `${step.phrase} ${displayName(other)} (${step.ownership.wording})`
      : `${step.phrase} ${displayName(other)}`;
    return index === 0 ? text : `which is ${text}`;
  });
  return `${parts.join(', ')} (${chain.steps.length} ${chain.steps.length === 1 ? 'hop' : 'hops'})`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function toAreaAssessment(area: AreaSensitivity): ResearchAreaAssessment {
  return {
    area: area.area,
    level: SensitivityLevel[area.level],
    categories: area.categories.map((category) => ({ ...category, level: SensitivityLevel[category.level] })),
  };
}

/**
 * Since rules 1.104.0: the listed entries a RESOLVED answer shows as the same body as the one resolved to
 * (another list's entry of the same listed party, or a SAME_AS of it; since rules 1.108.0 also the list entries that
 * name the body of the graph resolved to), which the risk walks with it.
 */
export function sameListedParty(resolution: PartyResolution): string[] {
  if (resolution.status !== ResolutionStatus.RESOLVED || !resolution.entityId) {
    return [];
  }
  return resolution.candidates
    .filter(
      (candidate) =>
        candidate.sameBodyAsBest && candidate.entityId !== resolution.entityId && candidate.lists.length > 0,
    )
    .map((candidate) => candidate.entityId);
}
