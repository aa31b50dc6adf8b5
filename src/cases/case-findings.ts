import { createHash } from 'node:crypto';
import { normaliseIdentifier } from '../common/identifiers';
import type { Path } from '../graph/models/subgraph.model';
import { type Conflict, type PartyResolution, type RiskFinding } from '../risk/models/risk.model';
import { ResolutionStatus } from '../risk/risk.enums';
import type { ScreeningMatch } from '../screening/models/screening-result.model';
import type { CaseCandidate, CaseListing, CasePath, CasePartyResolution, CaseSource } from './models/case.model';
import type { RiskRules } from '../risk/risk-rules';
import { levelForScore } from '../risk/risk-scoring';
import { matchTargetReasons } from '../screening/match-reasons';
import type { EntryContent } from './cases.repository';

/** A party as its findings need it: its id, the data a dismissal rests on, the entity it resolved to. */
export interface FindingParty {
  id: string;
  partyKey: string;
  entityId: string | null;
}

/** The list entries and risk targets whose content the findings of these matches and paths rest on. */
export function findingEntryIds(matches: ScreeningMatch[], pathFindings: RiskFinding[]): string[] {
  return [...new Set([...matches.map((match) => match.entityId), ...pathFindings.map((finding) => finding.target.id)])];
}

/**
 * Every finding of one party: its list matches (those that match a listed entry) and the risk paths
 * from the entity it resolved to. The one builder runCase and monitoring share, so a monitored
 * finding has the same identity (targetKey) and content hash as the snapshot's.
 */
export function partyFindings(
  party: FindingParty,
  matches: ScreeningMatch[],
  pathFindings: RiskFinding[],
  entries: Map<string, EntryContent>,
  rules: RiskRules,
): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const match of matches.filter((candidate) => candidate.match && candidate.lists.length > 0)) {
    const { severity, reasons } = listMatchSeverity(match, rules);
    drafts.push(
      listMatchFinding(party.id, party.partyKey, party.entityId, match, severity, reasons, entries.get(match.entityId)),
    );
  }
  for (const finding of pathFindings) {
    drafts.push(pathRiskFinding(party.id, party.partyKey, finding, entries.get(finding.target.id)));
  }
  return drafts;
}

/** What a finding says, stored as JSON on the finding (immutable once the snapshot is taken). */
export interface FindingContent {
  summary: string;
  matchedEntity: { id: string; name: string; kind: string | null } | null;
  lists: CaseListing[];
  explanation: string[];
  paths: CasePath[];
  sources: CaseSource[];
}

/** A finding before it is stored: identity (targetKey), what it rests on (contentHash) and content. */
export interface FindingDraft {
  partyId: string | null;
  partyKey: string;
  partyEntityId: string | null;
  kind: string;
  severity: string;
  targetKey: string;
  contentHash: string;
  content: FindingContent;
}

export interface PartyData {
  name: string;
  country: string | null;
  dateOfBirth: string[];
  entityRef: string | null;
  /** Since rules 1.219.0; absent or empty leaves the key as it was before (dismissals of stored parties hold). */
  identifiers?: string[];
  /** Since rules 1.232.0; absent or empty leaves the key as it was before (dismissals of stored parties hold). */
  aliases?: string[];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A name as a party's key compares it: case and spacing folded. */
function comparedName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The party data a dismissal rests on: the name as compared (case and spacing folded), country,
 * dates of birth, a given id, (since rules 1.219.0, when any) identifiers as compared and (since rules 1.232.0, when
 * any) other names as compared. Not the role: dismissing a match for a body holds whatever role it has.
 */
export function partyKey(party: PartyData): string {
  return sha256(
    JSON.stringify([
      comparedName(party.name),
      party.country?.toLowerCase() ?? null,
      [...party.dateOfBirth].sort(),
      party.entityRef,
      ...(party.identifiers && party.identifiers.length > 0
        ? [[...new Set(party.identifiers.map(normaliseIdentifier))].sort()]
        : []),
      // Other names as compared (case and spacing folded), after the identifiers' place (an empty list holds it when
      // aliases are given without identifiers, so the two never read as each other).
      ...(party.aliases && party.aliases.length > 0
        ? [
            ...(party.identifiers && party.identifiers.length > 0 ? [] : [[]]),
            [...new Set(party.aliases.map(comparedName))].sort(),
          ]
        : []),
    ]),
  );
}

/** An entry's content as list versions write it: the entity's content hash and its programmes by list. */
function entryText(entry: EntryContent | undefined): string {
  if (!entry) {
    return 'absent';
  }
  const listings = [...entry.listings]
    .sort((left, right) => left.list.localeCompare(right.list))
    .map((listing) => [listing.list, listing.program, listing.removedSeq === null ? 'listed' : 'removed']);
  return JSON.stringify([entry.contentHash, listings]);
}

export function toCasePaths(path: Path): CasePath {
  return {
    nodes: path.nodes.map((node) => ({ id: node.id, name: node.name, kind: node.kind ?? node.type ?? null })),
    edges: path.relationships.map((relationship) => ({
      type: relationship.type,
      from: relationship.from,
      to: relationship.to,
      sources: relationship.sources.map(toCaseSource),
    })),
  };
}

export function toCaseSource(source: { id: string; title: string; url: string | null }): CaseSource {
  return { id: source.id, title: source.title, url: source.url ?? null };
}

function pathText(path: CasePath): string {
  return JSON.stringify([path.nodes.map((node) => node.id), path.edges.map((edge) => [edge.type, edge.from, edge.to])]);
}

export function listMatchFinding(
  partyId: string,
  key: string,
  partyEntityId: string | null,
  match: ScreeningMatch,
  severity: string,
  reasons: string[],
  entry: EntryContent | undefined,
): FindingDraft {
  const lists = match.lists.map((listing) => ({ id: listing.id, programme: listing.programme ?? null }));
  return {
    partyId,
    partyKey: key,
    partyEntityId,
    kind: 'LIST_MATCH',
    severity,
    targetKey: `LIST_MATCH|${match.entityId}`,
    contentHash: sha256(JSON.stringify([key, 'LIST_MATCH', match.entityId, entryText(entry)])),
    content: {
      summary: `"${match.queryName}" matches ${match.name} at ${match.score.toFixed(2)}, on ${[...new Set(lists.map((list) => list.id))].join(', ')}.`,
      matchedEntity: { id: match.entityId, name: match.name, kind: match.kind ?? match.type },
      lists,
      explanation: [
        `Compared "${match.queryName}" with "${match.matchedName}": score ${match.score.toFixed(2)}.`,
        ...match.features.map((feature) => `${feature.name}: ${feature.reason}`),
        ...reasons,
      ],
      paths: [],
      sources: [],
    },
  };
}

export function pathRiskFinding(
  partyId: string,
  key: string,
  finding: RiskFinding,
  target: EntryContent | undefined,
): FindingDraft {
  const path = toCasePaths(finding.path);
  const sources = uniqueSources([
    ...path.edges.flatMap((edge) => edge.sources),
    ...finding.reasons.flatMap((reason) => reason.sources.map(toCaseSource)),
  ]);
  return {
    partyId,
    partyKey: key,
    partyEntityId: finding.start.id,
    kind: 'PATH_RISK',
    severity: finding.level,
    targetKey: `PATH_RISK|${finding.target.id}|${path.nodes.map((node) => node.id).join('>')}`,
    contentHash: sha256(JSON.stringify([key, 'PATH_RISK', pathText(path), finding.level, entryText(target)])),
    content: {
      summary: finding.sentence,
      matchedEntity: {
        id: finding.target.id,
        name: finding.target.name,
        kind: finding.target.kind ?? finding.target.type,
      },
      lists: finding.reasons
        .filter((reason) => reason.kind === 'LISTING' && reason.listId)
        .flatMap((reason): CaseListing[] =>
          reason.programmes.length > 0
            ? reason.programmes.map((programme) => ({ id: reason.listId!, programme }))
            : [{ id: reason.listId!, programme: null }],
        ),
      explanation: [
        `${finding.hops} ${finding.hops === 1 ? 'hop' : 'hops'}, score ${finding.score.toFixed(2)}, level ${finding.level}.`,
        ...finding.reasons.map((reason) => reason.description),
        ...finding.steps.map((step) => step.phrase),
      ],
      paths: [path],
      sources,
    },
  };
}

export function conflictFinding(key: string, conflict: Conflict): FindingDraft {
  const paths = conflict.paths.map(toCasePaths);
  const targetKey = `${conflict.kind}|${[...conflict.parties].sort().join(',')}|${conflict.entities
    .map((entity) => entity.id)
    .sort()
    .join(',')}|${conflict.researchArea ?? ''}`;
  return {
    partyId: null,
    partyKey: key,
    partyEntityId: null,
    kind: conflict.kind,
    severity: conflict.severity,
    targetKey,
    contentHash: sha256(JSON.stringify([key, targetKey, conflict.sentence, paths.map(pathText)])),
    content: {
      summary: conflict.sentence,
      matchedEntity: conflict.entities[0]
        ? { id: conflict.entities[0].id, name: conflict.entities[0].name, kind: conflict.entities[0].kind ?? null }
        : null,
      lists: [],
      explanation: [
        conflict.sentence,
        ...(conflict.matchedTopics.length > 0 ? [`Partner topics: ${conflict.matchedTopics.join(', ')}.`] : []),
      ],
      paths,
      sources: uniqueSources(conflict.sources.map(toCaseSource)),
    },
  };
}

function uniqueSources(sources: CaseSource[]): CaseSource[] {
  return [...new Map(sources.map((source) => [source.id, source])).values()].sort((left, right) =>
    left.id.localeCompare(right.id),
  );
}

/** The resolver's answer as a case keeps it: the top five candidates, no auto-pick of an ambiguous one. */
export function toCaseResolution(
  resolution: PartyResolution,
  override: { by: string; at: string; reason: string; notInGraph: boolean } | null = null,
): CasePartyResolution {
  const candidates: CaseCandidate[] = resolution.candidates.slice(0, 5).map((candidate) => ({
    score: candidate.score,
    entity: { id: candidate.entityId, name: candidate.name, kind: candidate.kind ?? candidate.type },
  }));
  const entity =
    resolution.status === ResolutionStatus.RESOLVED && resolution.entity
      ? {
          id: resolution.entity.id,
          name: resolution.entity.name,
          kind: resolution.entity.kind ?? resolution.entity.type,
        }
      : null;
  return {
    status: resolution.status,
    entity,
    candidates,
    explanation: resolution.explanation,
    notInGraph: override?.notInGraph ?? false,
    overriddenBy: override?.by ?? null,
    overriddenAt: override?.at ?? null,
    reason: override?.reason ?? null,
  };
}

/** How serious a list match is, by what the entry is (its listings and categories) times the match score. */
export function listMatchSeverity(match: ScreeningMatch, rules: RiskRules): { severity: string; reasons: string[] } {
  const reasons = matchTargetReasons(match, rules);
  const level = reasons.length > 0 ? levelForScore(reasons[0].weight * match.score, rules) : 'LOW';
  return { severity: level === 'NONE' ? 'LOW' : level, reasons: reasons.map((reason) => reason.description) };
}

/**
 * The schema a case screens a party with: the party's own reading, as `assessPartnership` reads it. A person is
 * screened as a Person; a partner or funder (given without a type, as `assessPartnership`'s are) as a Person when its
 * resolution is a person's (a name no organisation answers that the person reading resolved, or left ambiguous
 * between persons: `eitherSchemaResolution`; or an analyst's override to a person), as an Organization otherwise.
 */
export function partyScreeningSchema(
  role: string,
  resolution: Pick<CasePartyResolution, 'status' | 'entity' | 'candidates'> | null,
): 'Person' | 'Organization' {
  if (role === 'PERSON') {
    return 'Person';
  }
  const read =
    resolution?.status === ResolutionStatus.RESOLVED
      ? resolution.entity
      : resolution?.status === ResolutionStatus.AMBIGUOUS
        ? (resolution.candidates[0]?.entity ?? null)
        : null;
  return read?.kind === 'Person' ? 'Person' : 'Organization';
}
