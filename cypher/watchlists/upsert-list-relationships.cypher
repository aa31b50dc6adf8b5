// List-borne links (FtM Ownership, Directorship…). An endpoint not yet seen is created as a
// placeholder that its entry fills later. $type is one of RELATIONSHIP_TYPES, the same for every
// row of a batch (a dynamic type taken per row from an UNWIND is not reliable in MERGE on 5.26.0).
UNWIND $rows AS row
MERGE (from:Entity {id: row.fromId})
ON CREATE SET from.name = row.fromId, from.aliases = [], from.riskCategories = [], from.recordedAt = datetime()
MERGE (to:Entity {id: row.toId})
ON CREATE SET to.name = row.toId, to.aliases = [], to.riskCategories = [], to.recordedAt = datetime()
MERGE (from)-[relationship:$($type) {relationshipId: row.properties.relationshipId}]->(to)
ON CREATE SET relationship.recordedAt = datetime()
SET relationship += row.properties
