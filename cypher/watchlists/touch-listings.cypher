// Marks every entry of the batch as present in version $seq. A new listing, or one that had been
// removed (re-listed), starts at $seq, so it stays invisible until $seq becomes active.
MATCH (list:Watchlist {id: $listId})
UNWIND $rows AS row
MATCH (entity:Entity {id: row.id})
MERGE (entity)-[listing:LISTED_ON]->(list)
ON CREATE SET listing.firstSeq = $seq, listing.recordedAt = datetime(), listing.entryId = row.entryId,
              listing.sourceIds = [$sourceId], listing.method = 'list', listing.confidence = 1.0,
              listing.status = 'pending'
SET listing.firstSeq = CASE WHEN listing.removedSeq IS NOT NULL AND listing.removedSeq <= list.activeSeq
                            THEN $seq ELSE listing.firstSeq END,
    listing.removedSeq = CASE WHEN listing.removedSeq IS NOT NULL AND listing.removedSeq <= list.activeSeq
                              THEN null ELSE listing.removedSeq END,
    listing.lastSeq = $seq,
    listing.program = row.programmes,
    listing.listedFrom = coalesce(row.listedFrom, listing.listedFrom)
