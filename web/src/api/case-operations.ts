import { operation } from './client';
import type { RiskLevel } from './operations';

// The cases pages' documents (issue 12's API). Like operations.ts, each is validated against the
// committed schema.graphql by operations.spec.ts, and the result types mirror the selections.

export type CaseStatus = 'OPEN' | 'CLOSED';
export type CaseOutcome = 'APPROVED' | 'APPROVED_WITH_MITIGATIONS' | 'REJECTED';
export type Verdict = 'CONFIRMED' | 'DISMISSED' | 'ESCALATED';
export type PartyRole = 'PARTNER' | 'FUNDER' | 'PERSON';
export type ResolutionStatus = 'RESOLVED' | 'AMBIGUOUS' | 'NOT_FOUND';

export interface CaseEntity {
  id: string;
  name: string;
  kind: string | null;
}

export interface CaseSummary {
  id: string;
  title: string;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  riskLevel: RiskLevel | null;
  createdBy: string;
  createdAt: string;
  assignedTo: string | null;
  assessedAt: string | null;
  parties: Array<{ id: string; role: PartyRole; name: string }>;
}

const CASE_SUMMARY =
  'id title status outcome riskLevel createdBy createdAt assignedTo assessedAt parties { id role name }';

export interface CasesPage {
  edges: Array<{ cursor: string; node: CaseSummary }>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

export const CASES = operation<
  { cases: CasesPage },
  { status: CaseStatus | null; assignedTo: string | null; first: number; after: string | null }
>(
  `query Cases($status: CaseStatus, $assignedTo: String, $first: Int, $after: String) {
    cases(status: $status, assignedTo: $assignedTo, first: $first, after: $after) {
      edges { cursor node { ${CASE_SUMMARY} } }
      pageInfo { endCursor hasNextPage }
    }
  }`,
);

export interface CaseSource {
  id: string;
  title: string;
  url: string | null;
}

export interface CaseParty {
  id: string;
  role: PartyRole;
  name: string;
  country: string | null;
  dateOfBirth: string[];
  resolution: {
    status: ResolutionStatus;
    explanation: string;
    entity: CaseEntity | null;
    candidates: Array<{ score: number; entity: CaseEntity }>;
    notInGraph: boolean;
    overriddenBy: string | null;
    overriddenAt: string | null;
    reason: string | null;
  } | null;
}

export interface CasePath {
  nodes: CaseEntity[];
  edges: Array<{ type: string; from: string; to: string; sources: CaseSource[] }>;
}

export interface CaseFinding {
  id: string;
  kind: string;
  severity: RiskLevel;
  summary: string;
  explanation: string[];
  partyId: string | null;
  matchedEntity: CaseEntity | null;
  lists: Array<{ id: string; programme: string | null }>;
  paths: CasePath[];
  sources: CaseSource[];
  decision: {
    verdict: Verdict;
    reason: string;
    decidedBy: string;
    decidedAt: string;
    scope: 'CASE' | 'PARTY_EVERYWHERE' | null;
  } | null;
  decisionVersion: number;
  suppressed: boolean;
  changedSinceDismissed: boolean;
}

export interface CaseDetail extends CaseSummary {
  notes: string | null;
  summary: string | null;
  closedAt: string | null;
  closedBy: string | null;
  updatedAt: string;
  researchAreas: string[];
  rulesVersion: string | null;
  latestSnapshotId: string | null;
  listVersions: Array<{ list: string; version: string; issuedAt: string | null }>;
  mitigations: Array<{ text: string; owner: string | null; dueDate: string | null }>;
  reportUrls: { html: string; pdf: string };
  parties: CaseParty[];
  findings: CaseFinding[];
  snapshots: Array<{
    id: string;
    seq: number;
    assessedAt: string;
    asOf: string;
    createdBy: string;
    riskLevel: RiskLevel;
    rulesVersion: string;
    reasons: string[];
  }>;
}

export interface AuditLog {
  verified: boolean;
  brokenAt: number | null;
  problem: string | null;
  events: Array<{ seq: number; at: string; user: string; action: string; detail: string; hash: string }>;
}

const PARTY = `id role name country dateOfBirth
  resolution {
    status explanation entity { id name kind } candidates { score entity { id name kind } }
    notInGraph overriddenBy overriddenAt reason
  }`;

const FINDING = `id kind severity summary explanation partyId
  matchedEntity { id name kind } lists { id programme }
  paths { nodes { id name kind } edges { type from to sources { id title url } } }
  sources { id title url }
  decision { verdict reason decidedBy decidedAt scope }
  decisionVersion suppressed changedSinceDismissed`;

const CASE_DETAIL = `${CASE_SUMMARY} notes summary closedAt closedBy updatedAt researchAreas rulesVersion latestSnapshotId
  listVersions { list version issuedAt }
  mitigations { text owner dueDate }
  reportUrls { html pdf }
  parties { ${PARTY} }
  findings { ${FINDING} }
  snapshots { id seq assessedAt asOf createdBy riskLevel rulesVersion reasons }`;

export const CASE_DETAIL_QUERY = operation<{ case: CaseDetail | null; auditLog: AuditLog }, { id: string }>(
  `query CaseDetail($id: ID!) {
    case(id: $id) { ${CASE_DETAIL} }
    auditLog(caseId: $id) { verified brokenAt problem events { seq at user action detail hash } }
  }`,
);

export interface CaseOrganisationInput {
  name?: string;
  id?: string;
  country?: string;
}

export interface CasePersonInput {
  name?: string;
  id?: string;
  country?: string;
  dateOfBirth?: string[];
}

export interface CaseInput {
  title: string;
  partner: CaseOrganisationInput;
  funders?: CaseOrganisationInput[];
  people?: CasePersonInput[];
  researchAreas?: string[];
  notes?: string;
}

export const CREATE_CASE = operation<{ createCase: { id: string } }, { input: CaseInput }>(
  `mutation CreateCase($input: CaseInput!) { createCase(input: $input) { id } }`,
);

export const RUN_CASE = operation<{ runCase: { id: string } }, { id: string }>(
  `mutation RunCase($id: ID!) { runCase(id: $id) { id latestSnapshotId } }`,
);

export const DECIDE_FINDING = operation<
  { decideFinding: { id: string } },
  {
    findingId: string;
    verdict: Verdict;
    reason: string;
    expectedVersion: number;
    scope: 'CASE' | 'PARTY_EVERYWHERE' | null;
  }
>(
  `mutation DecideFinding($findingId: ID!, $verdict: FindingVerdict!, $reason: String!, $expectedVersion: Int, $scope: SuppressionScope) {
    decideFinding(findingId: $findingId, verdict: $verdict, reason: $reason, expectedVersion: $expectedVersion, scope: $scope) {
      id decisionVersion
    }
  }`,
);

export const OVERRIDE_RESOLUTION = operation<
  { overrideResolution: { id: string } },
  { partyId: string; entityId: string | null; notInGraph: boolean | null; reason: string }
>(
  `mutation OverrideResolution($partyId: ID!, $entityId: ID, $notInGraph: Boolean, $reason: String!) {
    overrideResolution(partyId: $partyId, entityId: $entityId, notInGraph: $notInGraph, reason: $reason) { id }
  }`,
);

export const CLOSE_CASE = operation<
  { closeCase: { id: string } },
  { id: string; outcome: CaseOutcome; summary: string }
>(
  `mutation CloseCase($id: ID!, $outcome: CaseOutcome!, $summary: String!) {
    closeCase(id: $id, outcome: $outcome, summary: $summary) { id status }
  }`,
);

export interface MitigationInput {
  text: string;
  owner?: string;
  dueDate?: string;
}

export const UPDATE_MITIGATIONS = operation<
  { updateCase: { id: string } },
  { id: string; mitigations: MitigationInput[] }
>(
  `mutation UpdateMitigations($id: ID!, $mitigations: [MitigationInput!]) {
    updateCase(id: $id, input: { mitigations: $mitigations }) { id }
  }`,
);

export const ASSIGN_CASE = operation<{ assignCase: { id: string } }, { id: string; userId: string }>(
  `mutation AssignCase($id: ID!, $userId: String!) { assignCase(id: $id, userId: $userId) { id assignedTo } }`,
);

export interface Alert {
  id: string;
  caseId: string;
  change: string;
  status: 'OPEN' | 'ACKNOWLEDGED';
  createdAt: string;
  generation: number;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  party: { id: string; name: string; role: PartyRole };
  finding: {
    kind: string;
    severity: RiskLevel;
    summary: string;
    explanation: string[];
    matchedEntity: CaseEntity | null;
    lists: Array<{ id: string; programme: string | null }>;
  };
}

const ALERT = `id caseId change status createdAt generation acknowledgedBy acknowledgedAt
  party { id name role }
  finding { kind severity summary explanation matchedEntity { id name kind } lists { id programme } }`;

export const ALERTS = operation<{ alerts: Alert[] }, { status: 'OPEN' | 'ACKNOWLEDGED' | null }>(
  `query Alerts($status: AlertStatus) { alerts(status: $status, first: 200) { ${ALERT} } }`,
);

export const ACKNOWLEDGE_ALERT = operation<{ acknowledgeAlert: Alert }, { id: string }>(
  `mutation AcknowledgeAlert($id: ID!) { acknowledgeAlert(id: $id) { ${ALERT} } }`,
);

/** Every cases document, for the spec. */
export const ALL_CASE_OPERATIONS = {
  CASES,
  CASE_DETAIL_QUERY,
  CREATE_CASE,
  RUN_CASE,
  DECIDE_FINDING,
  OVERRIDE_RESOLUTION,
  CLOSE_CASE,
  UPDATE_MITIGATIONS,
  ASSIGN_CASE,
  ALERTS,
  ACKNOWLEDGE_ALERT,
};
