// The bulk path of list-borne links in the first version of a list: both ends are entries this import
// has written and the record id is new to it, so there is nothing to look up, replace or end — the
// relationship is created at $seq (invisible until $seq is active, like every list row).
// __RELATIONSHIP_TYPE__ is replaced by one member of RELATIONSHIP_TYPES, the same for the batch.
UNWIND $rows AS row
MATCH (from:Entity {id: row.fromId})
MATCH (to:Entity {id: row.toId})
CREATE (from)-[relationship:__RELATIONSHIP_TYPE__]->(to)
SET relationship = row.properties,
    relationship.listId = $listId,
    relationship.firstSeq = $seq,
    relationship.lastSeq = $seq,
    relationship.recordedAt = datetime()
