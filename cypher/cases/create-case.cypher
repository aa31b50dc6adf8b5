// A new case and its parties, in one statement ($parties always holds the partner).
CREATE (c:Case)
SET c = $record
WITH c
UNWIND $parties AS party
CREATE (c)-[:HAS_PARTY]->(p:CaseParty)
SET p = party
RETURN count(p) AS parties
