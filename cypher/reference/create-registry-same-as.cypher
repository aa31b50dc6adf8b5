// Identity links a registry import is certain of: a registry body and a graph body or list entry
// with the same name after normalisation and an agreeing country (auto-link:registry-name), or a
// funder that ROR or the crosswalk puts on the same ROR record as the funder that became that record's
// entity (auto-link:registry-crosswalk). An existing link (an analyst's decision above all) is left
// as it is.
UNWIND $rows AS row
MATCH (entity:Entity {id: row.entityId})
MATCH (other:Entity {id: row.otherId})
MERGE (entity)-[link:SAME_AS]->(other)
ON CREATE SET link.recordedAt = datetime(),
              link.score = row.score,
              link.decision = 'automatic',
              link.decidedBy = row.decidedBy,
              link.decidedAt = $decidedAt,
              link.note = row.note,
              link.sourceIds = row.sourceIds,
              link.method = 'inferred',
              link.status = 'current',
              link.confidence = row.score,
              link.matchedName = row.matchedName
RETURN count(*) AS linked
