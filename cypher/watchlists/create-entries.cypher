// Entries whose entity does not exist yet: created with their listing in version $seq, which stays
// invisible until $seq becomes active (readers compare sequence numbers, not status, so the listing
// is written 'current' at once and activation has nothing to rewrite for it). CREATE rather than
// MERGE: this is the bulk path of an import. $(row.label) is one of ENTITY_LABELS (checked in
// TypeScript).
MATCH (list:Watchlist {id: $listId})
UNWIND $rows AS row
CREATE (entity:Entity {id: row.id})
SET entity:$(row.label),
    entity += row.content,
    entity.contentHash = row.contentHash,
    entity.recordedAt = datetime(),
    entity.sourceIds = [$sourceId],
    entity.listId = $listId
CREATE (entity)-[listing:LISTED_ON {
  firstSeq: $seq, lastSeq: $seq, programSeq: $seq, status: 'current', entryId: row.entryId,
  program: row.programmes, authority: row.authority, reason: row.reason, listedFrom: row.listedFrom,
  sourceIds: [$sourceId], method: 'list', confidence: 1.0, recordedAt: datetime()
}]->(list)
RETURN count(*) AS created
