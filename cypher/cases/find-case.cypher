// A case with its parties in the order they were given.
MATCH (c:Case {id: $id})
OPTIONAL MATCH (c)-[:HAS_PARTY]->(p:CaseParty)
WITH c, p
ORDER BY p.position
RETURN c {.*} AS record, collect(p {.*}) AS parties
