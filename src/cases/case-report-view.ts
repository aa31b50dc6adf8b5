import type { AuditEventRecord } from './audit-chain';
import type { Case, CaseSnapshot } from './models/case.model';

import type { CaseReportView } from '../case-report/case-report.view';

export type { CaseReportView };

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
