/**
 * The risk feature's enums, plain TypeScript: the services and the screening worker use them without
 * loading GraphQL; the model file (models/risk.model.ts) registers them as GraphQL enums.
 */
export enum RiskLevel {
  NONE = 'NONE',
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
  UNKNOWN = 'UNKNOWN',
}

export enum ResolutionStatus {
  RESOLVED = 'RESOLVED',
  AMBIGUOUS = 'AMBIGUOUS',
  NOT_FOUND = 'NOT_FOUND',
}

export enum WalkDirection {
  ALONG = 'ALONG',
  AGAINST = 'AGAINST',
}

export enum ConflictKind {
  SHARED_CONTROLLER = 'SHARED_CONTROLLER',
  FUNDER_DEFENCE_LINK = 'FUNDER_DEFENCE_LINK',
  LISTED_PARTY = 'LISTED_PARTY',
  PERSON_DUAL_ROLE = 'PERSON_DUAL_ROLE',
  RESEARCH_AREA_MATCH = 'RESEARCH_AREA_MATCH',
}

export enum SensitivityLevel {
  CONTROLLED = 'CONTROLLED',
  RELATED = 'RELATED',
  NONE = 'NONE',
}
