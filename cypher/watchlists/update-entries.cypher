// Entries whose entity exists already (from an earlier version, or a placeholder a relationship or
// Sanction record made). A placeholder (no contentHash) is filled at once; changed content of a listed
// entity is staged in a :PendingEntryChange until activation. Every listing is marked present in
// $seq; one that is delisted in the active version, or left over from a version never activated,
// (re)starts at $seq, so it stays invisible until $seq becomes active. Programmes of this version
// replace those of earlier versions and accumulate within it (entry and Sanction records may come in
// any order). $(row.label) is one of ENTITY_LABELS (checked in TypeScript).
MATCH (list:Watchlist {id: $listId})
UNWIND $rows AS row
MATCH (entity:Entity {id: row.id})
WITH list, row, entity, entity.contentHash AS previousHash
FOREACH (ignored IN CASE WHEN previousHash IS NULL THEN [1] ELSE [] END |
  SET entity:$(row.label),
      entity += row.content,
      entity.contentHash = row.contentHash,
      entity.riskCategories = coalesce(entity.riskCategories, []),
      entity.sourceIds = [$sourceId],
      entity.listId = $listId
)
FOREACH (ignored IN CASE WHEN previousHash IS NOT NULL AND previousHash <> row.contentHash THEN [1] ELSE [] END |
  MERGE (change:PendingEntryChange {entityId: row.id, seq: $seq})
  SET change += row.content, change.contentHash = row.contentHash, change.listId = $listId
)
MERGE (entity)-[listing:LISTED_ON]->(list)
ON CREATE SET listing.firstSeq = $seq, listing.recordedAt = datetime(), listing.entryId = row.entryId,
              listing.sourceIds = [$sourceId], listing.method = 'list', listing.confidence = 1.0,
              listing.status = 'pending'
WITH list, row, previousHash, listing,
     (listing.removedSeq IS NOT NULL AND listing.removedSeq <= list.activeSeq) OR listing.firstSeq > list.activeSeq
       AS restarts
SET listing.firstSeq = CASE WHEN restarts THEN $seq ELSE listing.firstSeq END,
    listing.removedSeq = null,
    listing.lastSeq = $seq,
    listing.program = CASE WHEN listing.programSeq = $seq
                           THEN listing.program + [p IN row.programmes WHERE NOT p IN listing.program]
                           ELSE row.programmes END,
    listing.programSeq = $seq,
    listing.authority = coalesce(row.authority, listing.authority),
    listing.reason = coalesce(row.reason, listing.reason),
    listing.listedFrom = coalesce(row.listedFrom, listing.listedFrom)
RETURN sum(CASE WHEN previousHash IS NULL THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN previousHash IS NOT NULL AND previousHash <> row.contentHash THEN 1 ELSE 0 END) AS changed
