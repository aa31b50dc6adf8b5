// Identity links found by equal strong identifiers. An existing link (an analyst's decision above
// all) is left as it is.
UNWIND $rows AS row
MATCH (entity:Entity {id: row.entityId})
MATCH (entry:Entity {id: row.listEntityId})
MERGE (entity)-[link:SAME_AS]->(entry)
ON CREATE SET link.recordedAt = datetime(),
              link.score = 1.0,
              link.decision = 'automatic',
              link.decidedBy = 'auto-link:identifiers',
              link.decidedAt = $decidedAt,
              link.note = row.note,
              link.sourceIds = row.sourceIds,
              link.method = 'inferred',
              link.status = 'current',
              link.confidence = 0.95,
              link.identifier = row.identifier
RETURN count(*) AS linked
