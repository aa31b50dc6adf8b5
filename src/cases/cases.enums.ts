/**
 * The cases feature's enums, plain TypeScript: services use them without loading GraphQL; the model
 * file (models/case.model.ts) registers them as GraphQL enums.
 */
export enum CaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum CaseOutcome {
  APPROVED = 'APPROVED',
  APPROVED_WITH_MITIGATIONS = 'APPROVED_WITH_MITIGATIONS',
  REJECTED = 'REJECTED',
}

export enum PartyRole {
  PARTNER = 'PARTNER',
  FUNDER = 'FUNDER',
  PERSON = 'PERSON',
}

export enum FindingVerdict {
  CONFIRMED = 'CONFIRMED',
  DISMISSED = 'DISMISSED',
  ESCALATED = 'ESCALATED',
}

export enum SuppressionScope {
  CASE = 'CASE',
  PARTY_EVERYWHERE = 'PARTY_EVERYWHERE',
}

export enum AlertStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}

export enum AlertDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
