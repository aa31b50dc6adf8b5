// Adds a party to a case (run after lock-case): placed after the others, and only while the case has
// fewer than $limit parties of its role (no row comes back when it is full).
MATCH (c:Case {id: $caseId})
OPTIONAL MATCH (c)-[:HAS_PARTY]->(other:CaseParty)
WITH c,
     coalesce(max(other.position), -1) + 1 AS position,
     count(CASE WHEN other.role = $party.role THEN 1 END) AS sameRole
WHERE sameRole < $limit
CREATE (c)-[:HAS_PARTY]->(p:CaseParty)
SET p = $party,
    p.position = position
RETURN p.position AS position
