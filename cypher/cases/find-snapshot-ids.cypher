// A case's snapshots, newest first.
MATCH (:Case {id: $caseId})-[:HAS_SNAPSHOT]->(s:CaseSnapshot)
RETURN s.id AS id
ORDER BY s.seq DESC
