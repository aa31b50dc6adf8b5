// One immutable assessment snapshot with its findings; the case points at it as the latest.
MATCH (c:Case {id: $caseId})
CREATE (c)-[:HAS_SNAPSHOT]->(s:CaseSnapshot)
SET s = $snapshot
SET c.latestSnapshotId = s.id,
    c.snapshotCount = $snapshot.seq
WITH s
UNWIND $findings AS finding
CREATE (s)-[:HAS_FINDING]->(f:CaseFinding)
SET f = finding
RETURN count(f) AS findings
