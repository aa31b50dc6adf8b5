import * as generated from './generated';

// The pages' documents live in documents/pages.graphql; tools/generate-web-types.mjs validates them
// against the committed schema.graphql and derives their result and variables types (generated.ts),
// so a field renamed on the server breaks the web build, not an analyst's page. The names below are
// the ones the pages use.

export type { RiskLevel, ScreeningInput } from './generated';

export type EntitySummary = generated.EntitySummaryFragment;
export type Source = generated.SourceFragment;
export type Evidence = generated.EvidenceFragment;
export type GraphRelationship = generated.GraphRelationshipFragment;
export type Path = generated.PathFragment;
export type Property = GraphRelationship['properties'][number];

export type SearchHit = generated.SearchEntitiesQuery['searchEntities'][number];
export const SEARCH_ENTITIES = generated.SearchEntitiesDocument;

export type EntityDetail = generated.EntityQuery['entity'];
export const ENTITY = generated.EntityDocument;

export type WatchlistEntry = generated.WatchlistEntryQuery['watchlistEntry'];
export type Listing = WatchlistEntry['listings'][number];
export const WATCHLIST_ENTRY = generated.WatchlistEntryDocument;

export type Subgraph = generated.NeighbourhoodQuery['neighbourhood'];
export const NEIGHBOURHOOD = generated.NeighbourhoodDocument;

export type RiskPath = generated.RiskPathsQuery['riskPaths'][number];
export const RISK_PATHS = generated.RiskPathsDocument;

export const PATHS = generated.PathsDocument;

export type ScreeningResult = generated.ScreeningResultFragment;
export type ScreeningMatch = ScreeningResult['matches'][number];
export type RiskFinding = ScreeningResult['pathRisks'][number];
export const SCREEN = generated.ScreenDocument;

export type BatchRowResult = generated.ScreenBatchQuery['screenBatch'][number];
export const SCREEN_BATCH = generated.ScreenBatchDocument;

export type ListVersion = generated.ListVersionFragment;
export type Watchlist = generated.WatchlistsQuery['watchlists'][number];
export const WATCHLISTS = generated.WatchlistsDocument;
