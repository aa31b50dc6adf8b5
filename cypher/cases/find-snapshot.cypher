// A snapshot with its findings in order, each with its latest decision (null when none).
MATCH (s:CaseSnapshot {id: $id})
OPTIONAL MATCH (s)-[:HAS_FINDING]->(f:CaseFinding)
OPTIONAL MATCH (d:FindingDecision {findingId: f.id})
WITH s, f, d
ORDER BY d.version DESC
WITH s, f, collect(d {.*})[0] AS decision
ORDER BY f.position
RETURN s {.*} AS snapshot, collect(CASE WHEN f IS NULL THEN null ELSE f {.*, decision: decision} END) AS findings
