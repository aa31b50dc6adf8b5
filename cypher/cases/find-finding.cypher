MATCH (s:CaseSnapshot)-[:HAS_FINDING]->(f:CaseFinding {id: $id})
RETURN f {.*} AS finding, s.caseId AS caseId
