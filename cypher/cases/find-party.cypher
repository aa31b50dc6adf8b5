MATCH (c:Case)-[:HAS_PARTY]->(p:CaseParty {id: $id})
RETURN p {.*} AS party, c.id AS caseId
