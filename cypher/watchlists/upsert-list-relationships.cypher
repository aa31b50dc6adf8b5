// List-borne links (FtM Ownership, Directorship…). An endpoint not yet seen is created as a
// placeholder that its entry fills later. __RELATIONSHIP_TYPE__ is replaced by one member of
// RELATIONSHIP_TYPES (Neo4jService.writeForRelationshipType), the same for every row of a batch.
UNWIND $rows AS row
MERGE (from:Entity {id: row.fromId})
ON CREATE SET from.name = row.fromId, from.aliases = [], from.riskCategories = [], from.recordedAt = datetime()
MERGE (to:Entity {id: row.toId})
ON CREATE SET to.name = row.toId, to.aliases = [], to.riskCategories = [], to.recordedAt = datetime()
MERGE (from)-[relationship:__RELATIONSHIP_TYPE__ {relationshipId: row.properties.relationshipId}]->(to)
ON CREATE SET relationship.recordedAt = datetime()
SET relationship += row.properties
