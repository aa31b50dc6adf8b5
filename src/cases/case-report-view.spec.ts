import { describe, expect, it } from 'vitest';
import { ResolutionStatus, RiskLevel } from '../risk/risk.enums';
import { buildCaseReportView, reportWindow } from './case-report-view';
import { type Case, type CaseFinding, type CaseSnapshot } from './models/case.model';
import { CaseOutcome, CaseStatus, FindingVerdict, PartyRole } from './cases.enums';

// Made-up case: the names exist nowhere.
function event(seq: number, action: string, detail: Record<string, unknown>, user = 'analyst-a') {
  return {
    seq,
    at: `2026-11-30T10:00:${String(seq).padStart(2, '0')}.000Z`,
    user,
    action,
    detail: JSON.stringify(detail),
  };
}

const EVENTS = [
  event(1, 'CASE_CREATED', { title: 'Draft title' }),
  event(2, 'SNAPSHOT_TAKEN', { snapshotId: 'snap-1' }),
  event(3, 'DECISION', { findingId: 'finding-1', verdict: 'ESCALATED', reason: 'Ask export control' }),
  event(4, 'CASE_UPDATED', { changed: { title: 'Joint optics lab', mitigations: '[{"text":"No transfer"}]' } }),
  event(5, 'SNAPSHOT_TAKEN', { snapshotId: 'snap-2' }),
  event(6, 'DECISION', { findingId: 'finding-2', verdict: 'DISMISSED', reason: 'Other body' }, 'analyst-b'),
  event(7, 'CASE_CLOSED', { outcome: 'APPROVED', summary: 'Approved' }),
  event(8, 'ALERT_RAISED', { alerts: [] }, 'system:monitoring'),
];

function finding(id: string, snapshotId: string): CaseFinding {
  return {
    id,
    snapshotId,
    partyId: 'party-1',
    kind: 'LIST_MATCH',
    severity: RiskLevel.HIGH,
    summary: 'matches',
    matchedEntity: { id: 'list:1', name: 'Velmora Optics Bureau', kind: null },
    lists: [],
    explanation: [],
    paths: [],
    sources: [],
    decision: null,
    suppressed: false,
    changedSinceDismissed: false,
    contentHash: 'hash',
    decisionVersion: 0,
  };
}

function snapshot(id: string, findings: CaseFinding[]): CaseSnapshot {
  return {
    id,
    seq: 1,
    assessedAt: '2026-11-30T10:00:00.000Z',
    asOf: '2026-11-30',
    createdBy: 'analyst-a',
    riskLevel: RiskLevel.HIGH,
    reasons: [],
    rulesVersion: 'rules@1',
    listVersions: [],
    parties: [
      {
        id: 'party-1',
        role: PartyRole.PARTNER,
        name: 'Velmora Optics Institute',
        country: null,
        dateOfBirth: [],
        identifiers: [],
        aliases: [],
        resolution: {
          status: ResolutionStatus.NOT_FOUND,
          entity: null,
          candidates: [],
          explanation: '',
          notInGraph: false,
          overriddenBy: null,
          overriddenAt: null,
          reason: null,
        },
      },
    ],
    findings,
  };
}

const CASE_NOW = {
  id: 'case-1',
  title: 'Joint optics lab',
  status: CaseStatus.CLOSED,
  outcome: CaseOutcome.APPROVED,
  summary: 'Approved',
  createdBy: 'analyst-a',
  createdAt: '2026-11-30T10:00:01.000Z',
  closedAt: '2026-11-30T10:00:07.000Z',
  mitigations: [{ text: 'No transfer', owner: null, dueDate: null }],
  parties: [],
} as unknown as Case;

describe(reportWindow.name, () => {
  it.each([
    ['snap-1', [1, 2, 3, 4], 'the next snapshot ends the window, not included'],
    ['snap-2', [1, 2, 3, 4, 5, 6, 7], 'the closure ends it, included; the alert after it is not'],
    ['snap-unknown', [1, 2, 3, 4, 5, 6, 7, 8], 'a snapshot with no event of its own covers everything'],
  ])('covers events up to where %s ends (%s: %s)', (snapshotId, seqs, _reason) => {
    const sut = reportWindow(snapshotId, [...EVENTS].reverse());

    expect(sut.map((one) => one.seq)).toEqual(seqs);
  });
});

describe(buildCaseReportView.name, () => {
  it('shows an earlier snapshot as the case stood before the next one: open, with its decisions then', () => {
    const sut = buildCaseReportView(CASE_NOW, snapshot('snap-1', [finding('finding-1', 'snap-1')]), EVENTS);

    expect(sut.case).toMatchObject({ title: 'Joint optics lab', status: 'OPEN', outcome: null, closedAt: null });
    expect(sut.mitigations).toEqual([{ text: 'No transfer', owner: null, dueDate: null }]);
    expect(sut.findings[0].decision).toEqual({
      verdict: 'ESCALATED',
      reason: 'Ask export control',
      decidedBy: 'analyst-a',
      decidedAt: '2026-11-30T10:00:03.000Z',
    });
    expect(sut.audit).toHaveLength(4);
  });

  it('gives the same view of a snapshot after later events as before them', () => {
    const snap = snapshot('snap-2', [finding('finding-2', 'snap-2')]);
    const before = buildCaseReportView(CASE_NOW, snap, EVENTS.slice(0, 7));

    const sut = buildCaseReportView(CASE_NOW, snap, [
      ...EVENTS,
      event(9, 'ALERT_ACKNOWLEDGED', { alertId: 'alert-1' }, 'analyst-b'),
    ]);

    expect(sut).toEqual(before);
    expect(sut.case).toMatchObject({ status: 'CLOSED', outcome: 'APPROVED', closedAt: '2026-11-30T10:00:07.000Z' });
    expect(sut.findings[0].decision).toMatchObject({ verdict: FindingVerdict.DISMISSED, decidedBy: 'analyst-b' });
  });

  it('keeps a decision carried from an earlier snapshot, and leaves a later own decision out', () => {
    const carried = {
      ...finding('finding-3', 'snap-1'),
      decision: {
        verdict: FindingVerdict.DISMISSED,
        reason: 'Other body',
        decidedBy: 'analyst-b',
        decidedAt: '2026-11-29T09:00:00.000Z',
        scope: null,
        version: 1,
        findingId: 'finding-0',
      },
    };
    const ownLater = {
      ...finding('finding-4', 'snap-1'),
      decision: { ...carried.decision, findingId: 'finding-4', decidedAt: '2026-11-30T10:00:06.000Z' },
    };

    const sut = buildCaseReportView(CASE_NOW, snapshot('snap-1', [carried, ownLater]), EVENTS);

    expect(sut.findings.map((one) => one.decision?.decidedAt ?? null)).toEqual(['2026-11-29T09:00:00.000Z', null]);
  });

  it.each([
    [['1966-02'], ['1966-02'], 'a partner given with a date of birth shows it, as resolved and screened'],
    [undefined, [], 'a party of a snapshot taken before parties kept dates shows none'],
  ])('shows the dates of birth %j as %j (%s)', (given, shown, _reason) => {
    const snap = snapshot('snap-1', []);
    const party = { ...snap.parties[0], dateOfBirth: given } as unknown as CaseSnapshot['parties'][number];

    const sut = buildCaseReportView(CASE_NOW, { ...snap, parties: [party] }, EVENTS);

    expect(sut.parties[0].dateOfBirth).toEqual(shown);
  });
});
