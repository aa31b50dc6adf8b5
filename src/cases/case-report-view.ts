import type { AuditEventRecord } from './audit-chain';
import { type Case, type CaseFinding, type CaseSnapshot, type Mitigation } from './models/case.model';
import { CaseOutcome, CaseStatus } from './cases.enums';

import type { CaseReportDecision, CaseReportView } from '../case-report/case-report.view';

export type { CaseReportView };

type ReportEvent = Pick<AuditEventRecord, 'seq' | 'at' | 'user' | 'action' | 'detail'>;

/**
 * The audit events a snapshot's report covers: from the case's creation up to the next snapshot
 * (not included) or the case's closure (included), whichever comes first. A snapshot with neither
 * after it (the latest of an open case) covers every event so far.
 */
export function reportWindow(snapshotId: string, events: ReportEvent[]): ReportEvent[] {
  const ordered = [...events].sort((left, right) => left.seq - right.seq);
  const taken = ordered.findIndex(
    (event) => event.action === 'SNAPSHOT_TAKEN' && detailOf(event).snapshotId === snapshotId,
  );
  if (taken < 0) {
    return ordered;
  }
  const end = ordered.findIndex(
    (event, position) => position > taken && (event.action === 'SNAPSHOT_TAKEN' || event.action === 'CASE_CLOSED'),
  );
  if (end < 0) {
    return ordered;
  }
  return ordered.slice(0, ordered[end].action === 'CASE_CLOSED' ? end + 1 : end);
}

function detailOf(event: Pick<AuditEventRecord, 'detail'>): Record<string, unknown> {
  try {
    const parsed = JSON.parse(event.detail) as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * The case as it stood at the end of the window: title and mitigations as the last CASE_UPDATED in
 * it left them, closure only if the window holds it.
 */
function caseAsOf(
  found: Case,
  window: ReportEvent[],
): Pick<Case, 'title' | 'status' | 'outcome' | 'summary' | 'closedAt' | 'mitigations'> {
  let title = found.title;
  let mitigations: Mitigation[] = [];
  let closed: ReportEvent | null = null;
  for (const event of window) {
    const detail = detailOf(event);
    if (event.action === 'CASE_CREATED' && typeof detail.title === 'string') {
      title = detail.title;
    } else if (event.action === 'CASE_UPDATED') {
      const changed = (detail.changed ?? {}) as Record<string, unknown>;
      if (typeof changed.title === 'string') {
        title = changed.title;
      }
      if (typeof changed.mitigations === 'string') {
        mitigations = JSON.parse(changed.mitigations) as Mitigation[];
      }
    } else if (event.action === 'CASE_CLOSED') {
      closed = event;
    }
  }
  mitigations = mitigations.map((mitigation) => ({
    text: mitigation.text,
    owner: mitigation.owner ?? null,
    dueDate: mitigation.dueDate ?? null,
  }));
  if (!closed) {
    return { title, status: CaseStatus.OPEN, outcome: null, summary: null, closedAt: null, mitigations };
  }
  const detail = detailOf(closed);
  return {
    title,
    status: CaseStatus.CLOSED,
    outcome: typeof detail.outcome === 'string' ? (detail.outcome as CaseOutcome) : null,
    summary: typeof detail.summary === 'string' ? detail.summary : null,
    closedAt: closed.at,
    mitigations,
  };
}

/**
 * Each finding's decision as of the end of the window: the last DECISION event on it there, else
 * the decision carried over from an earlier snapshot (stored with the snapshot, so fixed).
 */
function decisionsAsOf(window: ReportEvent[]): Map<string, CaseReportDecision> {
  const decisions = new Map<string, CaseReportDecision>();
  for (const event of window) {
    if (event.action !== 'DECISION') {
      continue;
    }
    const detail = detailOf(event);
    if (typeof detail.findingId === 'string') {
      decisions.set(detail.findingId, {
        verdict: String(detail.verdict),
        reason: String(detail.reason),
        decidedBy: event.user,
        decidedAt: event.at,
      });
    }
  }
  return decisions;
}

/**
 * Pure: the case, one of its snapshots (null before the first run) and its audit events in, the
 * report's view out. With a snapshot, the view is a function of that snapshot and of the audit
 * events of its window (see reportWindow): parties, resolutions and findings as the snapshot holds
 * them, decisions, title, mitigations and closure as of the window's end. Later events (a decision
 * on a later snapshot, an alert after closure) leave it as it was, so the report of a snapshot is
 * the same document whenever it is made. Before the first run the view is the case as it is now.
 * Suppressed findings are left out, as they are from the case's findings.
 */
export function buildCaseReportView(found: Case, snapshot: CaseSnapshot | null, audit: ReportEvent[]): CaseReportView {
  const window = snapshot ? reportWindow(snapshot.id, audit) : [...audit].sort((left, right) => left.seq - right.seq);
  const asOf = snapshot ? caseAsOf(found, window) : found;
  const decisions = decisionsAsOf(window);
  const parties = snapshot ? snapshot.parties : found.parties;
  return {
    case: {
      id: found.id,
      title: asOf.title,
      status: asOf.status,
      outcome: asOf.outcome,
      summary: asOf.summary,
      createdBy: found.createdBy,
      createdAt: found.createdAt,
      closedAt: asOf.closedAt,
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
            sample: version.sample,
            stale: version.stale,
          })),
        }
      : null,
    parties: parties.map((party) => ({
      id: party.id,
      role: party.role,
      name: party.name,
      country: party.country,
      dateOfBirth: [...(party.dateOfBirth ?? [])],
      aliases: [...(party.aliases ?? [])],
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
        decision: decisionOf(finding, decisions),
      })),
    mitigations: asOf.mitigations.map((mitigation) => ({
      text: mitigation.text,
      owner: mitigation.owner,
      dueDate: mitigation.dueDate,
    })),
    audit: window.map((event) => ({ at: event.at, user: event.user, action: event.action, detail: event.detail })),
  };
}

function decisionOf(finding: CaseFinding, decisions: Map<string, CaseReportDecision>): CaseReportDecision | null {
  const decided = decisions.get(finding.id);
  if (decided) {
    return decided;
  }
  // Carried from an earlier snapshot: a decision whose own finding is another one is fixed with this snapshot.
  const carried = finding.decision && finding.decision.findingId !== finding.id ? finding.decision : null;
  return carried
    ? { verdict: carried.verdict, reason: carried.reason, decidedBy: carried.decidedBy, decidedAt: carried.decidedAt }
    : null;
}
