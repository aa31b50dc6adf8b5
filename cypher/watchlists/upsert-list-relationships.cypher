// List-borne links (FtM Ownership, Directorship…) of version $seq, versioned like listings: a row
// holds one content of a relationship from the version that first wrote it (firstSeq) to the one
// that ended or replaced it (removedSeq), and readers see it only while its list's active version lies
// in between. A relationship given again unchanged is marked present in $seq (lastSeq); a changed one
// (properties or endpoints) has its open row ended by $seq and a new row started at $seq, so readers
// keep the old content until $seq is activated; a row this version wrote itself is replaced outright.
// An endpoint not yet seen is created as a placeholder that its entry fills later. Rows come at most
// one per record id. __RELATIONSHIP_TYPE__ is replaced by one member of RELATIONSHIP_TYPES
// (Neo4jService.writeForRelationshipType), the same for every row of a batch.
UNWIND $rows AS row
MERGE (from:Entity {id: row.fromId})
ON CREATE SET from.name = row.fromId, from.aliases = [], from.riskCategories = [], from.recordedAt = datetime()
MERGE (to:Entity {id: row.toId})
ON CREATE SET to.name = row.toId, to.aliases = [], to.riskCategories = [], to.recordedAt = datetime()
WITH row, from, to
OPTIONAL MATCH ()-[open:__RELATIONSHIP_TYPE__ {relationshipId: row.properties.relationshipId}]->()
WHERE open.listId = $listId AND open.removedSeq IS NULL
WITH row, from, to, open,
     open IS NOT NULL AND startNode(open) = from AND endNode(open) = to
       AND all(key IN keys(row.properties)
               WHERE coalesce(open[key] = row.properties[key], open[key] IS NULL AND row.properties[key] IS NULL))
       AS unchanged
FOREACH (ignored IN CASE WHEN unchanged THEN [1] ELSE [] END | SET open.lastSeq = $seq)
FOREACH (ignored IN CASE WHEN open IS NOT NULL AND NOT unchanged AND open.firstSeq < $seq THEN [1] ELSE [] END |
  SET open.removedSeq = $seq
)
FOREACH (ignored IN CASE WHEN open IS NOT NULL AND NOT unchanged AND open.firstSeq >= $seq THEN [1] ELSE [] END |
  DELETE open
)
FOREACH (ignored IN CASE WHEN unchanged THEN [] ELSE [1] END |
  CREATE (from)-[relationship:__RELATIONSHIP_TYPE__]->(to)
  SET relationship = row.properties,
      relationship.listId = $listId,
      relationship.firstSeq = $seq,
      relationship.lastSeq = $seq,
      relationship.recordedAt = datetime()
)
