// $type is one of RELATIONSHIP_TYPES, checked in TypeScript; every row of a batch has that type
// (a dynamic type taken per row from an UNWIND is not reliable in MERGE on Neo4j 5.26.0).
// recordedAt is set once, when the fact is first recorded, so a repeated seed changes nothing.
UNWIND $rows AS row
MATCH (from:Entity {id: row.fromId})
MATCH (to:Entity {id: row.toId})
MERGE (from)-[relationship:$($type)]->(to)
ON CREATE SET relationship.recordedAt = datetime()
SET relationship += row.properties,
    relationship.sourceIds = row.sourceIds,
    relationship.confidence = row.confidence,
    relationship.method = row.method,
    relationship.validFrom = row.validFrom,
    relationship.validTo = row.validTo,
    relationship.status = row.status
