/**
 * The graph model of DESIGN.md as TypeScript constants and record types.
 *
 * Labels and relationship types are the only parts of a Cypher statement that may vary, and they
 * may only take values from these allow-lists (they reach Cypher through `$(...)` dynamic labels,
 * always as parameters, never spliced into text).
 */

export const ENTITY_LABELS = ['Organisation', 'Military', 'SecurityService', 'State', 'Person'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const ORGANISATION_KINDS = [
  'University',
  'ResearchInstitute',
  'Laboratory',
  'Company',
  'StateOwnedEnterprise',
  'GovernmentBody',
  'Funder',
  'Other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const RELATIONSHIP_TYPES = [
  'AFFILIATED_WITH',
  'SUPERVISED_BY',
  'PART_OF',
  'SUBORDINATE_TO',
  'SUBSIDIARY_OF',
  'OWNED_BY',
  'CONTROLLED_BY',
  'FUNDED_BY',
  /** funder → the organisation, person or project it funds {amount, currency, programme, validFrom, validTo}. */
  'FUNDS',
  'EMPLOYED_BY',
  'DIRECTOR_OF',
  'MEMBER_OF',
  'LOCATED_IN',
  'HOSTS',
  'PARTNER_OF',
  'SUCCESSOR_OF',
  'FAMILY_OF',
  'ASSOCIATE_OF',
  'SAME_AS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const RISK_CATEGORIES = ['military', 'state-security', 'defence-industry', 'state', 'sanctioned'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const EVIDENCE_METHODS = ['list', 'registry', 'curated', 'analyst', 'inferred'] as const;
export type EvidenceMethod = (typeof EVIDENCE_METHODS)[number];

export const RELATIONSHIP_STATUSES = ['current', 'former', 'unknown'] as const;
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];

export type PropertyValue = string | number | boolean | string[] | number[] | null;

/** A `:Source` node: the evidence a fact rests on. */
export interface SourceRecord {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  retrievedAt: string | null;
  licence: string | null;
}

/** An `:Entity` node with its subtype label. */
export interface EntityRecord {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  kind: string | null;
  /** ISO 3166-1 alpha-2 codes, lower case. */
  country: string[];
  riskCategories: RiskCategory[];
  /** `riskCategorySourceIds[i]` is the source that backs `riskCategories[i]`. */
  riskCategorySourceIds: string[];
  sourceIds: string[];
  /** Further scalar properties (address, lat, long, topics, identifiers such as lei, ror, wikidata, demo). */
  properties: Record<string, PropertyValue>;
}

/** The evidence envelope that every relationship carries. */
export interface EvidenceEnvelope {
  sourceIds: string[];
  confidence: number;
  method: EvidenceMethod;
  validFrom: string | null;
  validTo: string | null;
  status: RelationshipStatus;
}

/** A relationship, directed from the subject to what it depends on. */
export interface RelationshipRecord extends EvidenceEnvelope {
  type: RelationshipType;
  fromId: string;
  toId: string;
  /** Type-specific properties: role, share, shareMin, shareMax, amount, currency, programme… */
  properties: Record<string, PropertyValue>;
}

/** A set of facts ready to be written: what the seed and curated imports produce. */
export interface GraphBatch {
  sources: SourceRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
}
