// __RELATIONSHIP_TYPE__ is replaced by one member of RELATIONSHIP_TYPES (Neo4jService.writeForRelationshipType);
// every row of a batch has that type.
// recordedAt is set once, when the fact is first recorded, so a repeated seed changes nothing.
UNWIND $rows AS row
MATCH (from:Entity {id: row.fromId})
MATCH (to:Entity {id: row.toId})
MERGE (from)-[relationship:__RELATIONSHIP_TYPE__]->(to)
ON CREATE SET relationship.recordedAt = datetime()
SET relationship += row.properties,
    relationship.sourceIds = row.sourceIds,
    relationship.confidence = row.confidence,
    relationship.method = row.method,
    relationship.validFrom = row.validFrom,
    relationship.validTo = row.validTo,
    relationship.status = row.status
