// Due-diligence cases (src/cases): a case, its parties, immutable assessment snapshots and their
// findings, decisions, suppressions, the hash-chained audit trail and monitoring alerts.
CREATE CONSTRAINT case_id IF NOT EXISTS FOR (n:Case) REQUIRE n.id IS UNIQUE;
CREATE INDEX case_listing IF NOT EXISTS FOR (n:Case) ON (n.createdAt, n.id);
CREATE INDEX case_status IF NOT EXISTS FOR (n:Case) ON (n.status);
CREATE INDEX case_assigned_to IF NOT EXISTS FOR (n:Case) ON (n.assignedTo);
CREATE CONSTRAINT case_party_id IF NOT EXISTS FOR (n:CaseParty) REQUIRE n.id IS UNIQUE;
CREATE INDEX case_party_key IF NOT EXISTS FOR (n:CaseParty) ON (n.partyKey);
CREATE CONSTRAINT case_snapshot_id IF NOT EXISTS FOR (n:CaseSnapshot) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT case_finding_id IF NOT EXISTS FOR (n:CaseFinding) REQUIRE n.id IS UNIQUE;
// One decision per finding and version: the backstop of the optimistic concurrency of decideFinding.
CREATE CONSTRAINT finding_decision_key IF NOT EXISTS FOR (n:FindingDecision) REQUIRE n.key IS UNIQUE;
CREATE INDEX finding_decision_finding IF NOT EXISTS FOR (n:FindingDecision) ON (n.findingId);
CREATE INDEX finding_decision_target IF NOT EXISTS FOR (n:FindingDecision) ON (n.caseId, n.targetKey);
CREATE CONSTRAINT suppression_id IF NOT EXISTS FOR (n:Suppression) REQUIRE n.id IS UNIQUE;
CREATE INDEX suppression_target IF NOT EXISTS FOR (n:Suppression) ON (n.targetKey);
// One event per case and position in the chain: a second writer at the same position fails.
CREATE CONSTRAINT audit_event_key IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.key IS UNIQUE;
CREATE INDEX audit_event_case IF NOT EXISTS FOR (n:AuditEvent) ON (n.caseId, n.seq);
CREATE CONSTRAINT case_alert_id IF NOT EXISTS FOR (n:CaseAlert) REQUIRE n.id IS UNIQUE;
CREATE INDEX case_alert_status IF NOT EXISTS FOR (n:CaseAlert) ON (n.status, n.createdAt);
CREATE CONSTRAINT monitor_claim_id IF NOT EXISTS FOR (n:MonitorClaim) REQUIRE n.id IS UNIQUE;
CREATE INDEX case_alert_party IF NOT EXISTS FOR (n:CaseAlert) ON (n.partyId);
CREATE INDEX case_finding_party IF NOT EXISTS FOR (n:CaseFinding) ON (n.partyId);
