import type { AuditEventRecord } from './audit-chain';
import type { Case, CaseSnapshot } from './models/case.model';

/**
 * What the case report (src/case-report) renders: plain data, names fixed by agreement with the
 * report. Built from one snapshot, so the same snapshot gives the same view.
 */
export interface CaseReportView {
  case: {
    id: string;
    title: string;
    status: string;
    outcome: string | null;
    summary: string | null;
    createdBy: string;
    createdAt: string;
    closedAt: string | null;
  };
  snapshot: {
    id: string;
    assessedAt: string;
    rulesVersion: string;
    riskLevel: string;
    listVersions: Array<{ list: string; version: string; issuedAt: string | null; sourceUrl: string | null }>;
  } | null;
  parties: Array<{
    id: string;
    role: string;
    name: string;
    country: string | null;
    resolution: {
      status: string;
      entity: { id: string; name: string; kind: string | null } | null;
      candidates: Array<{ score: number; entity: { id: string; name: string } }>;
      overriddenBy: string | null;
      reason: string | null;
    } | null;
  }>;
  findings: Array<{
    id: string;
    kind: string;
    severity: string;
    summary: string;
    matchedEntity: { id: string; name: string } | null;
    lists: Array<{ id: string; programme: string | null }>;
    explanation: string[];
    paths: Array<{
      nodes: Array<{ id: string; name: string; kind: string | null }>;
      edges: Array<{
        type: string;
        from: string;
        to: string;
        sources: Array<{ id: string; title: string; url: string | null }>;
      }>;
    }>;
    sources: Array<{ id: string; title: string; url: string | null }>;
    decision: { verdict: string; reason: string; decidedBy: string; decidedAt: string } | null;
  }>;
  mitigations: Array<{ text: string; owner: string | null; dueDate: string | null }>;
  audit: Array<{ at: string; user: string; action: string; detail: string }>;
}

/**
 * Pure: the case, one of its snapshots (null before the first run) and its audit events in, the
 * report's view out. Parties and resolutions come from the snapshot (as they were when assessed);
 * suppressed findings are left out, as they are from the case's findings.
 */
export function buildCaseReportView(
  found: Case,
  snapshot: CaseSnapshot | null,
  audit: Array<Pick<AuditEventRecord, 'at' | 'user' | 'action' | 'detail'>>,
): CaseReportView {
  const parties = snapshot ? snapshot.parties : found.parties;
  return {
    case: {
      id: found.id,
      title: found.title,
      status: found.status,
      outcome: found.outcome,
      summary: found.summary,
      createdBy: found.createdBy,
      createdAt: found.createdAt,
      closedAt: found.closedAt,
    },
    snapshot: snapshot
      ? {
          id: snapshot.id,
          assessedAt: snapshot.assessedAt,
          rulesVersion: snapshot.rulesVersion,
          riskLevel: snapshot.riskLevel,
          listVersions: snapshot.listVersions.map((version) => ({
            list: version.list,
            version: version.version,
            issuedAt: version.issuedAt,
            sourceUrl: version.sourceUrl,
          })),
        }
      : null,
    parties: parties.map((party) => ({
      id: party.id,
      role: party.role,
      name: party.name,
      country: party.country,
      resolution: party.resolution
        ? {
            status: party.resolution.status,
            entity: party.resolution.entity
              ? {
                  id: party.resolution.entity.id,
                  name: party.resolution.entity.name,
                  kind: party.resolution.entity.kind,
                }
              : null,
            candidates: party.resolution.candidates.map((candidate) => ({
              score: candidate.score,
              entity: { id: candidate.entity.id, name: candidate.entity.name },
            })),
            overriddenBy: party.resolution.overriddenBy,
            reason: party.resolution.reason,
          }
        : null,
    })),
    findings: (snapshot?.findings ?? [])
      .filter((finding) => !finding.suppressed)
      .map((finding) => ({
        id: finding.id,
        kind: finding.kind,
        severity: finding.severity,
        summary: finding.summary,
        matchedEntity: finding.matchedEntity
          ? { id: finding.matchedEntity.id, name: finding.matchedEntity.name }
          : null,
        lists: finding.lists.map((list) => ({ id: list.id, programme: list.programme })),
        explanation: [...finding.explanation],
        paths: finding.paths.map((path) => ({
          nodes: path.nodes.map((node) => ({ id: node.id, name: node.name, kind: node.kind })),
          edges: path.edges.map((edge) => ({
            type: edge.type,
            from: edge.from,
            to: edge.to,
            sources: edge.sources.map((source) => ({ id: source.id, title: source.title, url: source.url })),
          })),
        })),
        sources: finding.sources.map((source) => ({ id: source.id, title: source.title, url: source.url })),
        decision: finding.decision
          ? {
              verdict: finding.decision.verdict,
              reason: finding.decision.reason,
              decidedBy: finding.decision.decidedBy,
              decidedAt: finding.decision.decidedAt,
            }
          : null,
      })),
    mitigations: found.mitigations.map((mitigation) => ({
      text: mitigation.text,
      owner: mitigation.owner,
      dueDate: mitigation.dueDate,
    })),
    audit: audit.map((event) => ({ at: event.at, user: event.user, action: event.action, detail: event.detail })),
  };
}
