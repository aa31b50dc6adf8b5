// FtM Sanction records: the programme, authority and dates of an entry's listing.
MATCH (list:Watchlist {id: $listId})
UNWIND $rows AS row
MERGE (entity:Entity {id: row.entityId})
ON CREATE SET entity.name = row.entityId, entity.aliases = [], entity.riskCategories = [], entity.recordedAt = datetime()
MERGE (entity)-[listing:LISTED_ON]->(list)
ON CREATE SET listing.firstSeq = $seq, listing.lastSeq = $seq, listing.recordedAt = datetime(),
              listing.status = 'pending', listing.method = 'list', listing.confidence = 1.0,
              listing.sourceIds = [$sourceId], listing.entryId = row.entryId
SET listing.program = CASE WHEN row.programme IS NULL THEN listing.program
                          ELSE [p IN coalesce(listing.program, []) WHERE p <> row.programme] + row.programme END,
    listing.authority = coalesce(row.authority, listing.authority),
    listing.listedFrom = coalesce(row.listingDate, row.startDate, listing.listedFrom),
    listing.reason = coalesce(row.reason, listing.reason)
