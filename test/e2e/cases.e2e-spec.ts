import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseMonitoringService } from '../../src/cases/case-monitoring.service';
import { CasesRepository } from '../../src/cases/cases.repository';
import { CasesService } from '../../src/cases/cases.service';
import { PathRiskService } from '../../src/risk/path-risk.service';
import { ScreeningService } from '../../src/screening/screening.service';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { bootForLists } from '../helpers/app-with-lists';
import { graphqlData, type TestApp } from '../helpers/test-app';
import { ftmLine, importTestList, rebuildScreeningIndex } from '../helpers/test-lists';

const READER_KEY = 'cases-reader-key-for-tests-0001';
const SCREENER_KEY = 'cases-screener-key-for-tests-01';
const SCREENER_TWO_KEY = 'cases-screener-two-key-for-test';

// Made-up bodies and people: none of them exists, in the data or anywhere else.
const LISTED_NAME = 'Quorvantis Hydrodynamic Systems Bureau';
const FUNDER_NAME = 'Belvarine Orchard Trust for Sciences';
const PERSON_NAME = 'Tamsin Orlequay-Vadrenko';

const CASE_FIELDS = `id title status outcome summary createdBy createdAt riskLevel rulesVersion assessedAt latestSnapshotId
  listVersions { list version issuedAt sample stale }
  mitigations { text owner dueDate }
  reportUrls { html pdf }
  parties { id role name resolution { status entity { id name kind } candidates { score entity { id name } } overriddenBy reason notInGraph } }
  findings { id kind severity summary matchedEntity { id name } lists { id programme } explanation
    paths { nodes { id name } edges { type from to } } sources { id title url }
    decision { verdict reason decidedBy decidedAt } suppressed changedSinceDismissed decisionVersion }`;

describe('due-diligence cases (GraphQL)', () => {
  let sut: TestApp;
  const listId = `test-cases-${randomUUID().slice(0, 8)}`;
  const pathListId = `test-case-paths-${randomUUID().slice(0, 8)}`;
  const identityListId = `test-case-identity-${randomUUID().slice(0, 8)}`;
  const sharedListId = `test-case-shared-${randomUUID().slice(0, 8)}`;
  const directory = mkdtempSync(join(tmpdir(), 'cases-e2e-'));
  const reader = { 'x-api-key': READER_KEY };
  const screener = { 'x-api-key': SCREENER_KEY };
  const screenerTwo = { 'x-api-key': SCREENER_TWO_KEY };

  const importList = async (aliases: string[], file: string, extra: string[] = []): Promise<void> => {
    const path = join(directory, file);
    writeFileSync(
      path,
      [
        ftmLine('qhsb-1', LISTED_NAME, aliases),
        ftmLine('other-1', 'Marrowgate Vessel Chartering Consortium', []),
        ...extra,
      ].join('\n') + '\n',
    );
    await activate(listId, path);
  };

  const activate = async (list: string, path: string): Promise<void> => {
    await importTestList(sut.app, { listId: list, format: 'ftm', path });
    await rebuildScreeningIndex(sut.app, 'cases tests: list imported');
  };

  const call = (query: string, variables: Record<string, unknown>, headers = screener): Promise<any> =>
    graphqlData(sut, query, variables, headers);

  const createCase = async (input: Record<string, unknown>): Promise<any> =>
    (
      await call(`mutation Create($input: CaseInput!) { createCase(input: $input) { ${CASE_FIELDS} } }`, {
        input,
      })
    ).createCase;

  const runCase = async (id: string): Promise<any> =>
    (await call(`mutation Run($id: ID!) { runCase(id: $id) { ${CASE_FIELDS} } }`, { id })).runCase;

  const decide = (findingId: string, verdict: string, reason: string, headers = screener, scope?: string) =>
    sut.graphql(
      `mutation Decide($findingId: ID!, $verdict: FindingVerdict!, $reason: String!, $scope: SuppressionScope) {
        decideFinding(findingId: $findingId, verdict: $verdict, reason: $reason, scope: $scope) {
          id decisionVersion decision { verdict reason decidedBy decidedAt scope }
        }
      }`,
      { findingId, verdict, reason, scope },
      headers,
    );

  const auditLog = async (caseId: string): Promise<any> =>
    (
      await call(
        `query Audit($caseId: ID!) { auditLog(caseId: $caseId) { verified brokenAt problem events { seq at user action detail prevHash hash } } }`,
        { caseId },
        reader,
      )
    ).auditLog;

  const listMatch = (found: any): any =>
    found.findings.find(
      (finding: any) => finding.kind === 'LIST_MATCH' && finding.matchedEntity.id === `${listId}:qhsb-1`,
    );

  beforeAll(async () => {
    sut = await bootForLists(
      {
        API_KEYS: `${READER_KEY}:reader,${SCREENER_KEY}:screener,${SCREENER_TWO_KEY}:screener`,
        // Monitoring is run by the test (below), not by the poller, so the test knows when it ran.
        SCREENING_POLL_INTERVAL_MS: '0',
      },
      [listId, pathListId, identityListId, sharedListId],
    );
    await importList([], 'v1.ftm.json');
  }, 300_000);

  afterAll(async () => {
    await sut?.close();
  });

  it('takes a case from creation through a snapshot, a decision and mitigations to closure, all in the audit chain', async () => {
    const created = await createCase({
      title: 'Joint hydrodynamics laboratory',
      partner: { name: LISTED_NAME, country: 'NL' },
      funders: [{ name: FUNDER_NAME }],
      people: [{ name: PERSON_NAME, dateOfBirth: ['1971'] }],
      researchAreas: ['underwater acoustics'],
    });

    expect(created).toMatchObject({ status: 'OPEN', createdBy: 'key-2', riskLevel: null, findings: [] });
    expect(created.parties.map((party: any) => party.role)).toEqual(['PARTNER', 'FUNDER', 'PERSON']);
    expect(created.reportUrls).toEqual({
      html: `/api/cases/${created.id}/report.html`,
      pdf: `/api/cases/${created.id}/report.pdf`,
    });

    const run = await runCase(created.id);

    const match = listMatch(run);
    expect(match).toMatchObject({
      severity: expect.any(String),
      suppressed: false,
      decision: null,
      decisionVersion: 0,
    });
    expect(match.lists.map((list: any) => list.id)).toContain(listId);
    expect(match.explanation.length).toBeGreaterThan(0);
    expect(run.listVersions.map((version: any) => version.list)).toContain(listId);
    // An operator's import, not a sample copy, and just imported: the report has no caveat for it.
    expect(run.listVersions.find((version: any) => version.list === listId)).toMatchObject({
      sample: false,
      stale: false,
    });
    expect(run.rulesVersion).toMatch(/@/);
    expect(run.assessedAt).not.toBeNull();
    expect(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']).toContain(run.riskLevel);

    const decided = await decide(match.id, 'ESCALATED', 'Needs the export-control officer');
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideFinding).toMatchObject({
      decisionVersion: 1,
      decision: { verdict: 'ESCALATED', reason: 'Needs the export-control officer', decidedBy: 'key-2' },
    });

    await call(`mutation Update($id: ID!, $input: UpdateCaseInput!) { updateCase(id: $id, input: $input) { id } }`, {
      id: created.id,
      input: { mitigations: [{ text: 'No transfer of sonar data', owner: 'PI', dueDate: '2027-01-31' }] },
    });
    await call(`mutation Assign($id: ID!) { assignCase(id: $id, userId: "key-3") { id } }`, { id: created.id });
    const closed = (
      await call(
        `mutation Close($id: ID!) { closeCase(id: $id, outcome: APPROVED_WITH_MITIGATIONS, summary: "Approved with a data-transfer restriction") { ${CASE_FIELDS} } }`,
        { id: created.id },
      )
    ).closeCase;

    expect(closed).toMatchObject({
      status: 'CLOSED',
      outcome: 'APPROVED_WITH_MITIGATIONS',
      summary: 'Approved with a data-transfer restriction',
      mitigations: [{ text: 'No transfer of sonar data', owner: 'PI', dueDate: '2027-01-31' }],
    });
    const afterClose = await sut.graphql(
      `mutation Run($id: ID!) { runCase(id: $id) { id } }`,
      { id: created.id },
      screener,
    );
    expect(afterClose.errors?.[0].extensions?.code).toBe('CONFLICT');

    const audit = await auditLog(created.id);
    expect(audit).toMatchObject({ verified: true, brokenAt: null });
    expect(audit.events.map((event: any) => event.action)).toEqual([
      'CASE_CREATED',
      'PARTY_RESOLVED',
      'PARTY_RESOLVED',
      'PARTY_RESOLVED',
      'SNAPSHOT_TAKEN',
      'DECISION',
      'CASE_UPDATED',
      'CASE_ASSIGNED',
      'CASE_CLOSED',
    ]);
    expect(audit.events.every((event: any) => event.user === 'key-2')).toBe(true);

    const view = await sut.app.get(CasesService).caseReportView(created.id);
    expect(view.case).toMatchObject({ id: created.id, status: 'CLOSED', outcome: 'APPROVED_WITH_MITIGATIONS' });
    expect(view.snapshot?.id).toBe(run.latestSnapshotId);
    expect(view.parties[0]).toMatchObject({ role: 'PARTNER', name: LISTED_NAME });
    expect(view.findings.find((finding) => finding.id === match.id)?.decision?.verdict).toBe('ESCALATED');
    expect(view.audit.map((event) => event.action)).toContain('CASE_CLOSED');
  });

  it('keeps a dismissed match suppressed, then brings it back marked changed when its list entry changes', async () => {
    const created = await createCase({ title: 'Suppression check', partner: { name: LISTED_NAME, country: 'NL' } });
    const first = await runCase(created.id);
    const match = listMatch(first);
    expect(match).toBeDefined();

    const dismissed = await decide(match.id, 'DISMISSED', 'Different body: other city and founding year');
    expect(dismissed.errors).toBeUndefined();

    const second = await runCase(created.id);
    expect(listMatch(second)).toBeUndefined();
    const snapshot = (
      await call(
        `query S($id: ID!) { caseSnapshot(id: $id) { findings { id kind suppressed matchedEntity { id } decision { verdict } } } }`,
        { id: second.latestSnapshotId },
        reader,
      )
    ).caseSnapshot;
    const hidden = snapshot.findings.find((finding: any) => finding.matchedEntity?.id === `${listId}:qhsb-1`);
    expect(hidden).toMatchObject({ suppressed: true, decision: { verdict: 'DISMISSED' } });

    await importList(['QHSB Maritime'], 'v2.ftm.json');
    const third = await runCase(created.id);

    expect(listMatch(third)).toMatchObject({ suppressed: false, changedSinceDismissed: true, decision: null });
    const actions = (await auditLog(created.id)).events.map((event: any) => event.action);
    expect(actions).toContain('SUPPRESSION_CREATED');
    expect(actions.filter((action: string) => action === 'SUPPRESSION_APPLIED')).toHaveLength(1);
  });

  it('lets one of two concurrent decisions on a finding win and gives the other CONFLICT', async () => {
    const created = await createCase({ title: 'Concurrency check', partner: { name: LISTED_NAME, country: 'NL' } });
    const match = listMatch(await runCase(created.id));

    const answers = await Promise.all([
      decide(match.id, 'CONFIRMED', 'Same registration number', screener),
      decide(match.id, 'DISMISSED', 'Different founding year', screenerTwo),
    ]);

    const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const decisions = (await auditLog(created.id)).events.filter((event: any) => event.action === 'DECISION');
    expect(decisions).toHaveLength(1);
  });

  it('detects an audit event edited directly in the database, and says where', async () => {
    const created = await createCase({ title: 'Tamper check', partner: { name: FUNDER_NAME } });
    await runCase(created.id);
    expect((await auditLog(created.id)).verified).toBe(true);

    await sut.app
      .get(Neo4jService)
      .runStatementText(`MATCH (e:AuditEvent {caseId: $caseId, seq: 2}) SET e.user = 'someone-else'`, {
        caseId: created.id,
      });

    const audit = await auditLog(created.id);
    expect(audit).toMatchObject({ verified: false, brokenAt: 2 });
  });

  it('does not auto-pick an ambiguous or unknown party, and lets an analyst say it is not in the graph', async () => {
    const created = await createCase({ title: 'Override check', partner: { name: PERSON_NAME + ' Holdings' } });
    const partner = created.parties[0];
    expect(partner.resolution.status).not.toBe('RESOLVED');
    expect(partner.resolution.entity).toBeNull();

    const run = await runCase(created.id);
    expect(run.riskLevel).toBe('UNKNOWN');

    const overridden = await call(
      `mutation O($partyId: ID!) { overrideResolution(partyId: $partyId, notInGraph: true, reason: "New start-up, registered last month") { id resolution { status notInGraph overriddenBy reason } } }`,
      { partyId: partner.id },
    );
    expect(overridden.overrideResolution.resolution).toMatchObject({
      status: 'NOT_FOUND',
      notInGraph: true,
      overriddenBy: 'key-2',
      reason: 'New start-up, registered last month',
    });
    const rerun = await runCase(created.id);
    expect(rerun.riskLevel).not.toBe('UNKNOWN');
    expect((await auditLog(created.id)).events.map((event: any) => event.action)).toContain('PARTY_OVERRIDDEN');
  });

  it('names the bad field, says NOT_FOUND for unknown ids and keeps readers from writing', async () => {
    const badTitle = await sut.graphql(
      `mutation { createCase(input: { title: " ", partner: { name: "x" } }) { id } }`,
      {},
      screener,
    );
    expect(badTitle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });

    // Since rules 1.212.0 a country's name or demonym is read as its code, as on every route; one no table knows is refused.
    const badCountry = await sut.graphql(
      `mutation { createCase(input: { title: "t", partner: { name: "x", country: "Atlantis" } }) { id } }`,
      {},
      screener,
    );
    expect(badCountry.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.partner.country' });

    const missing = await sut.graphql(`query { case(id: "case-does-not-exist") { id } }`, {}, reader);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const unknownFinding = await decide('finding-does-not-exist', 'DISMISSED', 'n/a');
    expect(unknownFinding.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const noReason = await decide('finding-does-not-exist', 'DISMISSED', '  ');
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const asReader = await sut.graphql(
      `mutation { createCase(input: { title: "t", partner: { name: "x" } }) { id } }`,
      {},
      reader,
    );
    expect(asReader.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const page = (
      await call(
        `query { cases(first: 2) { edges { cursor node { id } } pageInfo { endCursor hasNextPage } } }`,
        {},
        reader,
      )
    ).cases;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = (
      await call(
        `query N($after: String) { cases(first: 2, after: $after) { edges { node { id } } } }`,
        { after: page.pageInfo.endCursor },
        reader,
      )
    ).cases;
    const firstIds = page.edges.map((edge: any) => edge.node.id);
    expect(next.edges.every((edge: any) => !firstIds.includes(edge.node.id))).toBe(true);
  });

  it('raises exactly the new alerts after a list activation, once per generation', async () => {
    const newName = 'Zentharo Kelvane Precision Instruments';
    const unlisted = await createCase({
      title: 'Monitoring: not listed yet',
      partner: { name: newName, country: 'NL' },
    });
    await runCase(unlisted.id);
    const known = await createCase({
      title: 'Monitoring: already known',
      partner: { name: LISTED_NAME, country: 'NL' },
    });
    expect(listMatch(await runCase(known.id))).toBeDefined();

    // A party stored with a name the screening refuses (a tab) must not stop the run for the others.
    const broken = await createCase({ title: 'Monitoring: unscreenable name', partner: { name: 'Placeholder' } });
    await sut.app
      .get(Neo4jService)
      .runStatementText(`MATCH (p:CaseParty {id: $id}) SET p.name = 'Tabbed\tname'`, { id: broken.parties[0].id });

    // The listed entry stays as the last test left it; one new entry is added.
    await importList(['QHSB Maritime'], 'v3.ftm.json', [ftmLine('zkpi-1', newName, [])]);
    const generation = await sut.app.get(CasesRepository).findGraphGeneration();
    const monitor = sut.app.get(CaseMonitoringService);

    const result = await monitor.runForGeneration(generation);

    expect(result).toMatchObject({ generation, alerts: expect.any(Number) });
    expect(result!.parties).toBeGreaterThanOrEqual(3);
    expect(result!.refused).toBe(1);
    const open = (
      await call(
        `query { alerts(status: OPEN) { id caseId change generation party { id name role } finding { kind summary matchedEntity { id } lists { id } } acknowledgedBy } }`,
        {},
        reader,
      )
    ).alerts;
    const mine = open.filter((alert: any) => [unlisted.id, known.id].includes(alert.caseId));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      caseId: unlisted.id,
      change: 'NEW',
      generation,
      party: { id: unlisted.parties[0].id, name: newName, role: 'PARTNER' },
      finding: { kind: 'LIST_MATCH', matchedEntity: { id: `${listId}:zkpi-1` } },
      acknowledgedBy: null,
    });
    expect(await monitor.runForGeneration(generation)).toBeNull();

    const acknowledged = await call(`mutation A($id: ID!) { acknowledgeAlert(id: $id) { id status acknowledgedBy } }`, {
      id: mine[0].id,
    });
    expect(acknowledged.acknowledgeAlert).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedBy: 'key-2' });
    const audit = await auditLog(unlisted.id);
    expect(audit.verified).toBe(true);
    expect(audit.events.map((event: any) => event.action).slice(-2)).toEqual(['ALERT_RAISED', 'ALERT_ACKNOWLEDGED']);
    expect(audit.events.find((event: any) => event.action === 'ALERT_RAISED').user).toBe('system:monitoring');
  });

  it('raises exactly the new risk path when an activation makes a listed body own the partner, and brings a dismissed path back when it changes', async () => {
    const partnerName = 'Ostravel Tidewater Components Cooperative';
    const ownerName = 'Kerrowind Naval Ordnance Directorate';
    const pathList = async (file: string, lines: string[]): Promise<number> => {
      const path = join(directory, file);
      writeFileSync(path, lines.join('\n') + '\n');
      await activate(pathListId, path);
      return sut.app.get(CasesRepository).findGraphGeneration();
    };
    const owner = (aliases: string[]): string[] => [
      ftmLine('owner-1', ownerName, aliases),
      JSON.stringify({
        id: 'ownership-1',
        schema: 'Ownership',
        properties: { asset: ['partner-1'], owner: ['owner-1'], percentage: ['60'] },
      }),
    ];
    await pathList('paths-v1.ftm.json', [ftmLine('partner-1', partnerName, [])]);
    const created = await createCase({
      title: 'Monitoring: risk paths',
      partner: { id: `${pathListId}:partner-1` },
    });
    expect(created.parties[0].resolution.entity.id).toBe(`${pathListId}:partner-1`);
    const first = await runCase(created.id);
    // The partner is itself listed (a path of 0 hops); nothing owns it yet.
    const ownerPath = (found: any): any =>
      found.findings.find(
        (finding: any) => finding.kind === 'PATH_RISK' && finding.matchedEntity.id === `${pathListId}:owner-1`,
      );
    expect(ownerPath(first)).toBeUndefined();
    const monitor = sut.app.get(CaseMonitoringService);
    const alertsOfCase = async (): Promise<any[]> =>
      (
        await call(
          `query { alerts(first: 500) { id caseId change generation party { id } finding { kind matchedEntity { id } paths { nodes { id } edges { type from to } } } } }`,
          {},
          reader,
        )
      ).alerts.filter((alert: any) => alert.caseId === created.id);

    const owned = await pathList('paths-v2.ftm.json', [ftmLine('partner-1', partnerName, []), ...owner([])]);
    const result = await monitor.runForGeneration(owned);

    expect(result!.pathFindings).toBeGreaterThanOrEqual(1);
    const raised = await alertsOfCase();
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      change: 'NEW',
      generation: owned,
      party: { id: created.parties[0].id },
      finding: {
        kind: 'PATH_RISK',
        matchedEntity: { id: `${pathListId}:owner-1` },
        paths: [
          {
            nodes: [{ id: `${pathListId}:partner-1` }, { id: `${pathListId}:owner-1` }],
            edges: [{ type: 'OWNED_BY', from: `${pathListId}:partner-1`, to: `${pathListId}:owner-1` }],
          },
        ],
      },
    });

    // The analyst runs the case, sees the path and dismisses it: an activation that leaves it as it
    // is raises nothing; one that changes the owner's entry brings it back, marked so.
    const second = await runCase(created.id);
    const path = ownerPath(second);
    expect(path).toBeDefined();
    expect((await decide(path.id, 'DISMISSED', 'Ownership ended before the project starts')).errors).toBeUndefined();
    const unchanged = await pathList('paths-v3.ftm.json', [
      ftmLine('partner-1', partnerName, []),
      ...owner([]),
      ftmLine('bystander-1', 'Lunmere Quietwater Fisheries Board', []),
    ]);
    expect((await monitor.runForGeneration(unchanged))!.alerts).toBe(0);
    expect(await alertsOfCase()).toHaveLength(1);

    const changed = await pathList('paths-v4.ftm.json', [
      ftmLine('partner-1', partnerName, []),
      ...owner(['KNOD Directorate']),
    ]);
    await monitor.runForGeneration(changed);

    const after = await alertsOfCase();
    expect(after).toHaveLength(2);
    expect(after.find((alert: any) => alert.generation === changed)).toMatchObject({
      change: 'CHANGED_SINCE_DISMISSED',
      finding: { kind: 'PATH_RISK', matchedEntity: { id: `${pathListId}:owner-1` } },
    });
  });

  it('adds, corrects and removes parties of an open case with audit events, leaving snapshots as they were', async () => {
    const created = await createCase({ title: 'Editable parties', partner: { name: FUNDER_NAME } });
    const first = await runCase(created.id);
    const snapshotBefore = (
      await call(
        `query S($id: ID!) { caseSnapshot(id: $id) { parties { id role name country } } }`,
        { id: first.latestSnapshotId },
        reader,
      )
    ).caseSnapshot;

    const added = (
      await call(
        `mutation A($caseId: ID!, $input: AddCasePartyInput!) { addCaseParty(caseId: $caseId, input: $input) { parties { id role name country dateOfBirth resolution { status } } } }`,
        { caseId: created.id, input: { role: 'PERSON', name: PERSON_NAME, country: 'NL', dateOfBirth: ['1971'] } },
      )
    ).addCaseParty;
    expect(added.parties.map((party: any) => party.role)).toEqual(['PARTNER', 'PERSON']);
    const person = added.parties[1];
    expect(person).toMatchObject({ name: PERSON_NAME, country: 'nl', dateOfBirth: ['1971'] });

    const updated = (
      await call(
        `mutation U($partyId: ID!, $input: UpdateCasePartyInput!) { updateCaseParty(partyId: $partyId, input: $input) { id name country dateOfBirth } }`,
        { partyId: person.id, input: { name: 'Tamsin Orlequay', country: '' } },
      )
    ).updateCaseParty;
    expect(updated).toMatchObject({ id: person.id, name: 'Tamsin Orlequay', country: null, dateOfBirth: ['1971'] });

    const removed = (
      await call(
        `mutation R($partyId: ID!) { removeCaseParty(partyId: $partyId, reason: "Left the project team") { parties { id } } }`,
        { partyId: person.id },
      )
    ).removeCaseParty;
    expect(removed.parties.map((party: any) => party.id)).toEqual([created.parties[0].id]);

    const snapshotAfter = (
      await call(
        `query S($id: ID!) { caseSnapshot(id: $id) { parties { id role name country } } }`,
        { id: first.latestSnapshotId },
        reader,
      )
    ).caseSnapshot;
    expect(snapshotAfter).toEqual(snapshotBefore);
    const audit = await auditLog(created.id);
    expect(audit.verified).toBe(true);
    const events = audit.events.filter((event: any) => event.action.startsWith('PARTY_') && event.seq > 3);
    expect(events.map((event: any) => event.action)).toEqual([
      'PARTY_ADDED',
      'PARTY_RESOLVED',
      'PARTY_UPDATED',
      'PARTY_RESOLVED',
      'PARTY_REMOVED',
    ]);
    expect(JSON.parse(events[2].detail)).toMatchObject({
      partyId: person.id,
      from: { name: PERSON_NAME, country: 'nl' },
      to: { name: 'Tamsin Orlequay', country: null },
    });
    expect(JSON.parse(events[4].detail)).toMatchObject({ reason: 'Left the project team', party: { id: person.id } });
    expect(events.every((event: any) => event.user === 'key-2')).toBe(true);
  });

  it('refuses bad party edits naming the field, unknown ids with NOT_FOUND, and any edit of a closed case', async () => {
    const created = await createCase({ title: 'Party edit refusals', partner: { name: FUNDER_NAME } });
    const add = (caseId: string, input: Record<string, unknown>, headers = screener) =>
      sut.graphql(
        `mutation A($caseId: ID!, $input: AddCasePartyInput!) { addCaseParty(caseId: $caseId, input: $input) { id } }`,
        { caseId, input },
        headers,
      );
    const update = (partyId: string, input: Record<string, unknown>) =>
      sut.graphql(
        `mutation U($partyId: ID!, $input: UpdateCasePartyInput!) { updateCaseParty(partyId: $partyId, input: $input) { id } }`,
        { partyId, input },
        screener,
      );
    const remove = (partyId: string, reason: string) =>
      sut.graphql(
        `mutation R($partyId: ID!, $reason: String!) { removeCaseParty(partyId: $partyId, reason: $reason) { id } }`,
        { partyId, reason },
        screener,
      );
    const partnerId = created.parties[0].id;

    for (const [answer, field] of [
      [await add(created.id, { role: 'PARTNER', name: 'Second partner' }), 'input.role'],
      // Since rules 1.232.0 a name of spaces names the name's field, as every route does (`input` before).
      [await add(created.id, { role: 'FUNDER', name: '  ' }), 'input.name'],
      [await add(created.id, { role: 'FUNDER', name: 'Tabbed\tname' }), 'input.name'],
      [await add(created.id, { role: 'FUNDER', name: 'x', country: 'Atlantis' }), 'input.country'],
      // Since rules 1.200.0 a funder may be given dates of birth (read when its name is read as a person), checked as a
      // person's are: a month that no calendar has is refused, so that monitoring can screen every date stored.
      [await add(created.id, { role: 'FUNDER', name: 'x', dateOfBirth: ['1971-13'] }), 'input.dateOfBirth[0]'],
      [await add(created.id, { role: 'PERSON', name: 'x', dateOfBirth: ['71'] }), 'input.dateOfBirth[0]'],
      [await update(partnerId, {}), 'input'],
      [await update(partnerId, { name: ' ' }), 'input.name'],
      [await remove(partnerId, 'Wrong body'), 'partyId'],
      [await remove(partnerId, ' '), 'reason'],
    ] as const) {
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await add('case-does-not-exist', { role: 'FUNDER', name: 'x' })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await update('party-does-not-exist', { name: 'x' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await remove('party-does-not-exist', 'gone')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await add(created.id, { role: 'FUNDER', name: 'x' }, reader)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );

    await call(`mutation C($id: ID!) { closeCase(id: $id, outcome: REJECTED, summary: "Not pursued") { id } }`, {
      id: created.id,
    });
    const closedAdd = await add(created.id, { role: 'FUNDER', name: 'Late funder' });
    const closedUpdate = await update(partnerId, { country: 'NL' });
    for (const answer of [closedAdd, closedUpdate]) {
      expect(answer.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(answer.errors?.[0].message).toContain('is closed');
    }
  });

  it('writes SAME_AS only once a CONFIRMED decision is saved, naming who and which decision; a refused decision leaves none', async () => {
    // Two entries of one list with one name are never folded into one result: a party given as the
    // first matches the second, a list match whose confirmation links the two.
    const path = join(directory, 'identity-v1.ftm.json');
    writeFileSync(
      path,
      [
        ftmLine('kept-1', 'Virelcourt Abyssal Survey Office', []),
        ftmLine('kept-2', 'Virelcourt Abyssal Survey Office', []),
        ftmLine('refused-1', 'Tenmarrow Glacial Drilling Cooperative', []),
        ftmLine('refused-2', 'Tenmarrow Glacial Drilling Cooperative', []),
      ].join('\n') + '\n',
    );
    await activate(identityListId, path);
    const neo4j = sut.app.get(Neo4jService);
    const sameAs = async (from: string, to: string): Promise<any[]> =>
      (
        await neo4j.runStatementText(
          `MATCH (:Entity {id: $from})-[link:SAME_AS]->(:Entity {id: $to}) RETURN properties(link) AS link`,
          { from: `${identityListId}:${from}`, to: `${identityListId}:${to}` },
        )
      ).map((row) => row.link);
    const matchOn = async (partyEntity: string, matched: string): Promise<{ caseId: string; finding: any }> => {
      const created = await createCase({
        title: `Identity of ${partyEntity}`,
        partner: { id: `${identityListId}:${partyEntity}` },
      });
      const run = await runCase(created.id);
      const finding = run.findings.find(
        (one: any) => one.kind === 'LIST_MATCH' && one.matchedEntity.id === `${identityListId}:${matched}`,
      );
      expect(finding).toBeDefined();
      return { caseId: created.id, finding };
    };

    // The database refuses the decision (its key is taken, as by a writer that got there first).
    const refused = await matchOn('refused-1', 'refused-2');
    await neo4j.runStatementText(`CREATE (:FindingDecision {key: $key, findingId: $findingId})`, {
      key: `${refused.finding.id}#1`,
      findingId: refused.finding.id,
    });
    const answer = await decide(refused.finding.id, 'CONFIRMED', 'Same registry number');

    expect(answer.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await sameAs('refused-1', 'refused-2')).toEqual([]);
    expect((await auditLog(refused.caseId)).events.map((event: any) => event.action)).not.toContain('DECISION');
    await neo4j.runStatementText(`MATCH (d:FindingDecision {key: $key}) DELETE d`, { key: `${refused.finding.id}#1` });

    const kept = await matchOn('kept-1', 'kept-2');
    expect(await sameAs('kept-1', 'kept-2')).toEqual([]);
    const confirmed = await decide(kept.finding.id, 'CONFIRMED', 'Same registry number and address');

    expect(confirmed.errors).toBeUndefined();
    expect(await sameAs('kept-1', 'kept-2')).toEqual([
      expect.objectContaining({
        decision: 'confirmed',
        method: 'analyst',
        decidedBy: 'key-2',
        note: 'Same registry number and address',
        caseId: kept.caseId,
        findingId: kept.finding.id,
        decisionKey: `${kept.finding.id}#1`,
      }),
    ]);
    const decision = (await auditLog(kept.caseId)).events.find((event: any) => event.action === 'DECISION');
    expect(JSON.parse(decision.detail)).toMatchObject({
      findingId: kept.finding.id,
      verdict: 'CONFIRMED',
      sameAs: { entityId: `${identityListId}:kept-1`, listEntityId: `${identityListId}:kept-2` },
    });
  });

  it('finds, screening each name once a run, what screening and walking every party on its own finds', async () => {
    // Three cases share one party; the fourth has it with another country (another screening input).
    const shared = 'Quillmere Saltmarsh Instrument Collective';
    const cases: any[] = [];
    for (const country of ['NL', 'NL', 'NL', 'BE']) {
      cases.push(await createCase({ title: `Shared party (${country})`, partner: { name: shared, country } }));
    }
    const path = join(directory, 'shared-v1.ftm.json');
    writeFileSync(path, ftmLine('qsic-1', shared, []) + '\n');
    await activate(sharedListId, path);
    const generation = await sut.app.get(CasesRepository).findGraphGeneration();

    // The reference: every monitored party screened alone, and every resolved party walked alone.
    const screening = sut.app.get(ScreeningService);
    const pathRisk = sut.app.get(PathRiskService);
    const parties = await sut.app.get(CasesRepository).findMonitoredParties(null, 1000);
    let expectedMatches = 0;
    let expectedPaths = 0;
    for (const party of parties) {
      const input = {
        name: party.name,
        schema: party.role === 'PERSON' ? 'Person' : 'Organization',
        country: party.country ? [party.country] : null,
        dateOfBirth: party.dateOfBirth.length > 0 ? party.dateOfBirth : null,
        limit: 10,
        pathRisks: false,
      };
      const alone = await screening.screenBatch([input]).catch(() => null);
      expectedMatches += (alone?.[0].matches ?? []).filter((match) => match.match && match.lists.length > 0).length;
      expectedPaths += party.entityId ? (await pathRisk.assessEntity(party.entityId)).findings.length : 0;
    }

    const result = await sut.app.get(CaseMonitoringService).runForGeneration(generation);

    expect(parties.length).toBeLessThan(1000);
    expect(result).toMatchObject({ parties: parties.length, matches: expectedMatches, pathFindings: expectedPaths });
    const alerts = (
      await call(
        `query { alerts(first: 500) { caseId change generation finding { matchedEntity { id } } } }`,
        {},
        reader,
      )
    ).alerts.filter((alert: any) => cases.some((one) => one.id === alert.caseId));
    expect(alerts.map((alert: any) => alert.caseId).sort()).toEqual(cases.map((one) => one.id).sort());
    for (const alert of alerts) {
      expect(alert).toMatchObject({
        change: 'NEW',
        generation,
        finding: { matchedEntity: { id: `${sharedListId}:qsic-1` } },
      });
    }
  });

  it("gives a snapshot's report the same content hash after later events on the case", async () => {
    const created = await createCase({ title: 'Reproducible report', partner: { name: LISTED_NAME, country: 'NL' } });
    const first = await runCase(created.id);
    expect((await decide(listMatch(first).id, 'ESCALATED', 'Ask the export-control officer')).errors).toBeUndefined();
    const report = async (snapshot?: string): Promise<{ hash: string | null; html: string }> => {
      const query = snapshot ? `?snapshot=${encodeURIComponent(snapshot)}` : '';
      const response = await fetch(`${sut.url}/api/cases/${created.id}/report.html${query}`, { headers: reader });
      expect(response.status).toBe(200);
      return { hash: response.headers.get('x-report-content-hash'), html: await response.text() };
    };
    const before = await report(first.latestSnapshotId);

    const second = await runCase(created.id);
    const decided = await decide(listMatch(second).id, 'DISMISSED', 'Different body after all', screenerTwo);
    expect(decided.errors).toBeUndefined();
    await call(`mutation U($id: ID!) { updateCase(id: $id, input: { title: "Renamed later" }) { id } }`, {
      id: created.id,
    });
    const after = await report(first.latestSnapshotId);
    const latest = await report();

    expect(after.hash).toBe(before.hash);
    expect(after.html).toContain('Ask the export-control officer');
    expect(after.html).not.toContain('Different body after all');
    expect(latest.hash).not.toBe(before.hash);
    expect(latest.html).toContain('Different body after all');
    expect(latest.html).toContain('Renamed later');
  });
  it('hides a match dismissed for the party everywhere in another case of that party, not where the party differs', async () => {
    // Last in the file: the suppression it makes holds for this party in every later case.
    const dismissedIn = await createCase({ title: 'Everywhere: dismissed here', partner: { name: LISTED_NAME } });
    const match = listMatch(await runCase(dismissedIn.id));
    expect(match).toBeDefined();
    const dismissed = await decide(
      match.id,
      'DISMISSED',
      'A namesake: other founding year',
      screener,
      'PARTY_EVERYWHERE',
    );
    expect(dismissed.errors).toBeUndefined();
    expect(dismissed.data!.decideFinding.decision).toMatchObject({ verdict: 'DISMISSED', scope: 'PARTY_EVERYWHERE' });

    const samePartyElsewhere = await createCase({ title: 'Everywhere: same party', partner: { name: LISTED_NAME } });
    const otherParty = await createCase({
      title: 'Everywhere: the name with a country',
      partner: { name: LISTED_NAME, country: 'NL' },
    });
    const hidden = await runCase(samePartyElsewhere.id);
    const shown = await runCase(otherParty.id);

    expect(listMatch(hidden)).toBeUndefined();
    const snapshot = (
      await call(
        `query S($id: ID!) { caseSnapshot(id: $id) { findings { kind suppressed matchedEntity { id } } } }`,
        { id: hidden.latestSnapshotId },
        reader,
      )
    ).caseSnapshot;
    expect(snapshot.findings.find((finding: any) => finding.matchedEntity?.id === `${listId}:qhsb-1`)).toMatchObject({
      kind: 'LIST_MATCH',
      suppressed: true,
    });
    expect(listMatch(shown)).toMatchObject({ suppressed: false, decision: null });
    expect((await auditLog(samePartyElsewhere.id)).events.map((event: any) => event.action)).toContain(
      'SUPPRESSION_APPLIED',
    );
  });
});
