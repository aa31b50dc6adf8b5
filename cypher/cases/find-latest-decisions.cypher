// The latest decision made in this case on each finding key (to carry it to a new snapshot).
UNWIND $targetKeys AS targetKey
MATCH (d:FindingDecision {caseId: $caseId, targetKey: targetKey})
WITH targetKey, d
ORDER BY d.decidedAt DESC, d.version DESC
WITH targetKey, collect(d {.*})[0] AS decision
RETURN decision
