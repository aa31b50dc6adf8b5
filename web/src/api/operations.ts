import { operation } from './client';

// Every document the app sends is here; operations.spec.ts validates each against the committed
// schema.graphql, so a field renamed on the server fails the unit tests, not an analyst's page.
// The result types below mirror the selections.

export type RiskLevel = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'NONE' | 'UNKNOWN';

export interface EntitySummary {
  id: string;
  name: string;
  type: string;
  kind: string | null;
  country: string[];
  riskCategories: string[];
  demo: boolean;
}

export interface Source {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  retrievedAt: string | null;
  licence: string | null;
}

export interface Property {
  key: string;
  value: string;
}

export interface Evidence {
  confidence: number | null;
  method: string | null;
  status: string | null;
  validFrom: string | null;
  validTo: string | null;
  sources: Source[];
}

export interface GraphRelationship {
  type: string;
  from: string;
  to: string;
  properties: Property[];
  evidence: Evidence;
}

export interface Path {
  hops: number;
  nodes: EntitySummary[];
  relationships: GraphRelationship[];
}

const SUMMARY = 'id name type kind country riskCategories demo';
const SOURCE = 'id title url publisher retrievedAt licence';
const EVIDENCE = `confidence method status validFrom validTo sources { ${SOURCE} }`;
const RELATIONSHIP = `type from to properties { key value } evidence { ${EVIDENCE} }`;
const PATH = `hops nodes { ${SUMMARY} } relationships { ${RELATIONSHIP} }`;

export interface SearchHit {
  score: number;
  matchedName: string;
  entity: EntitySummary;
}

export const SEARCH_ENTITIES = operation<{ searchEntities: SearchHit[] }, { query: string; limit: number }>(
  `query SearchEntities($query: String!, $limit: Int!) {
    searchEntities(query: $query, limit: $limit) { score matchedName entity { ${SUMMARY} } }
  }`,
);

export interface EntityDetail extends EntitySummary {
  aliases: string[];
  properties: Property[];
  riskEvidence: Array<{ category: string; source: Source | null }>;
  sources: Source[];
  relationshipsTruncated: boolean;
  relationships: Array<{
    type: string;
    direction: 'OUTGOING' | 'INCOMING';
    other: EntitySummary;
    properties: Property[];
    evidence: Evidence;
  }>;
}

export const ENTITY = operation<{ entity: EntityDetail }, { id: string }>(
  `query Entity($id: ID!) {
    entity(id: $id) {
      ${SUMMARY} aliases properties { key value }
      riskEvidence { category source { ${SOURCE} } }
      sources { ${SOURCE} }
      relationshipsTruncated
      relationships { type direction other { ${SUMMARY} } properties { key value } evidence { ${EVIDENCE} } }
    }
  }`,
);

export interface Listing {
  listId: string;
  listName: string;
  entryId: string | null;
  programmes: string[];
  listedFrom: string | null;
  listedTo: string | null;
  status: string;
  firstVersion: number | null;
  removedInVersion: number | null;
}

export interface WatchlistEntry {
  id: string;
  name: string;
  schema: string | null;
  aliases: string[];
  weakAliases: string[];
  birthDates: string[];
  country: string[];
  identifiers: string[];
  addresses: string[];
  remarks: string[];
  listings: Listing[];
}

export const WATCHLIST_ENTRY = operation<{ watchlistEntry: WatchlistEntry }, { id: string }>(
  `query WatchlistEntry($id: ID!) {
    watchlistEntry(id: $id) {
      id name schema aliases weakAliases birthDates country identifiers addresses remarks
      listings { listId listName entryId programmes listedFrom listedTo status firstVersion removedInVersion }
    }
  }`,
);

export interface Subgraph {
  truncated: boolean;
  nodes: EntitySummary[];
  relationships: GraphRelationship[];
}

export const NEIGHBOURHOOD = operation<
  { neighbourhood: Subgraph },
  { id: string; depth: number; relationshipTypes: string[] | null }
>(
  `query Neighbourhood($id: ID!, $depth: Int!, $relationshipTypes: [String!]) {
    neighbourhood(id: $id, depth: $depth, relationshipTypes: $relationshipTypes) {
      truncated nodes { ${SUMMARY} } relationships { ${RELATIONSHIP} }
    }
  }`,
);

export interface RiskPath {
  hops: number;
  target: EntitySummary;
  path: Path;
}

export const RISK_PATHS = operation<{ riskPaths: RiskPath[] }, { entityId: string; maxHops: number }>(
  `query RiskPaths($entityId: ID!, $maxHops: Int!) {
    riskPaths(entityId: $entityId, maxHops: $maxHops) { hops target { ${SUMMARY} } path { ${PATH} } }
  }`,
);

export const PATHS = operation<{ paths: Path[] }, { fromId: string; toId: string; maxHops: number }>(
  `query Paths($fromId: ID!, $toId: ID!, $maxHops: Int!) {
    paths(fromId: $fromId, toId: $toId, maxHops: $maxHops) { ${PATH} }
  }`,
);

export interface ScreeningInput {
  name: string;
  schema?: string;
  country?: string[];
  dateOfBirth?: string[];
  limit?: number;
}

export interface ScreeningMatch {
  entityId: string;
  name: string;
  matchedName: string;
  queryName: string;
  score: number;
  match: boolean;
  curated: boolean;
  schema: string;
  type: string;
  kind: string | null;
  riskCategories: string[];
  lists: Array<{ id: string; programme: string | null }>;
  features: Array<{ name: string; reason: string; value: number }>;
}

export interface RiskFinding {
  level: RiskLevel;
  score: number;
  hops: number;
  sentence: string;
  target: EntitySummary;
  path: Path;
}

export interface ScreeningResult {
  riskLevel: RiskLevel;
  riskReasons: string[];
  screenedAt: string;
  rulesVersion: string;
  matches: ScreeningMatch[];
  pathRisks: RiskFinding[];
  pathRisksTruncated: boolean;
  resolution: { status: 'RESOLVED' | 'AMBIGUOUS' | 'NOT_FOUND'; entityId: string | null; explanation: string } | null;
  listVersions: Array<{ listId: string; listName: string | null; versionId: string; sample: boolean; stale: boolean }>;
}

const SCREENING_RESULT = `
  riskLevel riskReasons screenedAt rulesVersion pathRisksTruncated
  matches {
    entityId name matchedName queryName score match curated schema type kind riskCategories
    lists { id programme } features { name reason value }
  }
  pathRisks { level score hops sentence target { ${SUMMARY} } path { ${PATH} } }
  resolution { status entityId explanation }
  listVersions { listId listName versionId sample stale }`;

export const SCREEN = operation<{ screen: ScreeningResult }, { input: ScreeningInput }>(
  `query Screen($input: ScreeningInput!) { screen(input: $input) { ${SCREENING_RESULT} } }`,
);

export interface BatchRowResult {
  riskLevel: RiskLevel;
  riskReasons: string[];
  matches: Array<{ entityId: string; name: string; score: number; match: boolean; lists: Array<{ id: string }> }>;
}

export const SCREEN_BATCH = operation<{ screenBatch: BatchRowResult[] }, { inputs: ScreeningInput[] }>(
  `query ScreenBatch($inputs: [ScreeningInput!]!) {
    screenBatch(inputs: $inputs) { riskLevel riskReasons matches { entityId name score match lists { id } } }
  }`,
);

export interface ListVersion {
  id: string;
  seq: number;
  status: string;
  format: string;
  issuedAt: string | null;
  issuedAtSource: string | null;
  importedAt: string | null;
  entryCount: number | null;
  added: number | null;
  updated: number | null;
  delisted: number | null;
  rejected: number | null;
  sample: boolean;
  error: string | null;
  sourceUrl: string | null;
  licence: string | null;
}

export interface Watchlist {
  id: string;
  name: string;
  activeVersion: ListVersion | null;
  versions: ListVersion[];
  sync: { overdue: boolean; freshAsOf: string | null; lastOutcome: string | null; cadence: string | null };
}

const LIST_VERSION =
  'id seq status format issuedAt issuedAtSource importedAt entryCount added updated delisted rejected sample error sourceUrl licence';

export const WATCHLISTS = operation<{ watchlists: Watchlist[] }>(
  `query Watchlists {
    watchlists {
      id name activeVersion { ${LIST_VERSION} } versions { ${LIST_VERSION} }
      sync { overdue freshAsOf lastOutcome cadence }
    }
  }`,
);

/** Every operation, for the spec. */
export const ALL_OPERATIONS = {
  SEARCH_ENTITIES,
  ENTITY,
  WATCHLIST_ENTRY,
  NEIGHBOURHOOD,
  RISK_PATHS,
  PATHS,
  SCREEN,
  SCREEN_BATCH,
  WATCHLISTS,
};
