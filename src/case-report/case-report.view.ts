/**
 * What the report for the file is rendered from: a plain object with every value the report shows,
 * already read from the graph (the cases feature builds it for one case and one snapshot). Dates are
 * ISO 8601 strings. The report renders arrays in the order given here, so a source that returns the
 * same snapshot in the same order gets a byte-identical report.
 */
export interface CaseReportView {
  case: CaseReportCase;
  /** null for a case never run: the report then says it was not assessed. */
  snapshot: CaseReportSnapshot | null;
  parties: CaseReportParty[];
  findings: CaseReportFinding[];
  mitigations: CaseReportMitigation[];
  audit: CaseReportAuditEvent[];
}

export interface CaseReportCase {
  id: string;
  title: string;
  status: string;
  /** APPROVED, APPROVED_WITH_MITIGATIONS or REJECTED once closed. */
  outcome: string | null;
  summary: string | null;
  createdBy: string;
  createdAt: string;
  closedAt: string | null;
}

export interface CaseReportSnapshot {
  id: string;
  assessedAt: string;
  rulesVersion: string;
  riskLevel: string;
  listVersions: CaseReportListVersion[];
}

export interface CaseReportListVersion {
  list: string;
  version: string;
  issuedAt: string | null;
  sourceUrl: string | null;
  /** A sample copy shipped with partner-graph; null when the snapshot did not record it. */
  sample: boolean | null;
  /** Overdue when the snapshot was taken; null when the snapshot did not record it. */
  stale: boolean | null;
}

export interface CaseReportEntityReference {
  id: string;
  name: string;
}

export interface CaseReportParty {
  id: string;
  /** PARTNER, FUNDER, PERSON… */
  role: string;
  name: string;
  country: string | null;
  /** Dates of birth as given (YYYY, YYYY-MM or YYYY-MM-DD); empty when none were (a body, or a snapshot taken before parties kept them). */
  dateOfBirth: string[];
  /** Other names as given (since rules 1.232.0); empty when none were (or a snapshot taken before parties kept them). */
  aliases: string[];
  /** null while the party has not been resolved. */
  resolution: CaseReportResolution | null;
}

export interface CaseReportResolution {
  /** RESOLVED, AMBIGUOUS, NOT_FOUND, or an analyst's override (e.g. OVERRIDDEN, NOT_IN_GRAPH). */
  status: string;
  entity: (CaseReportEntityReference & { kind: string | null }) | null;
  candidates: Array<{ score: number; entity: CaseReportEntityReference }>;
  /** The user who overrode the resolver's answer, when one did. */
  overriddenBy: string | null;
  reason: string | null;
}

/** A source a fact rests on (a `:Source` node). */
export interface CaseReportCitation {
  id: string;
  title: string;
  url: string | null;
}

export interface CaseReportPathNode {
  id: string;
  name: string;
  kind: string | null;
}

export interface CaseReportPathEdge {
  /** The relationship type, e.g. SUBSIDIARY_OF. */
  type: string;
  /** Node ids: the relationship points from `from` to `to`, which may run against the path's order. */
  from: string;
  to: string;
  sources: CaseReportCitation[];
}

/** A path of the graph: `edges[i]` joins `nodes[i]` and `nodes[i + 1]`, in either direction. */
export interface CaseReportPath {
  nodes: CaseReportPathNode[];
  edges: CaseReportPathEdge[];
}

export interface CaseReportDecision {
  /** CONFIRMED, DISMISSED or ESCALATED. */
  verdict: string;
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

export interface CaseReportFinding {
  id: string;
  kind: string;
  severity: string;
  summary: string;
  matchedEntity: CaseReportEntityReference | null;
  lists: Array<{ id: string; programme: string | null }>;
  explanation: string[];
  paths: CaseReportPath[];
  sources: CaseReportCitation[];
  decision: CaseReportDecision | null;
}

export interface CaseReportMitigation {
  text: string;
  owner: string | null;
  dueDate: string | null;
}

export interface CaseReportAuditEvent {
  at: string;
  user: string;
  action: string;
  detail: string | null;
}

/**
 * Where the report controller gets its views. Throws an AppError whose code maps to NOT_FOUND when the
 * case (or the snapshot named) is unknown. Without `snapshotId`: the case's latest snapshot.
 */
export interface CaseReportSource {
  view(caseId: string, snapshotId?: string): Promise<CaseReportView>;
}

/** The injection token of the CaseReportSource the application provides (the cases feature). */
export const CASE_REPORT_SOURCE = Symbol('CASE_REPORT_SOURCE');
