// __RELATIONSHIP_TYPE__ is replaced by one member of RELATIONSHIP_TYPES; every row of a batch has it.
// One relationship per registry between two bodies (ROR and the Funder Registry may both state a
// parent), each with the evidence envelope; seen in this version, so current again if it had ended.
UNWIND $rows AS row
MATCH (from:Entity {id: row.fromId})
MATCH (to:Entity {id: row.toId})
MERGE (from)-[relationship:__RELATIONSHIP_TYPE__ {registry: $registry}]->(to)
ON CREATE SET relationship.recordedAt = datetime(),
              relationship.validFrom = $issuedAt
SET relationship += row.properties,
    relationship.sourceIds = [$sourceId],
    relationship.confidence = $confidence,
    relationship.method = 'registry',
    relationship.status = 'current',
    relationship.validTo = null,
    relationship.lastSeenVersion = $versionId
