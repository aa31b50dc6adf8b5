// FtM Sanction records whose entry was not in the same batch: the programme, authority and dates of
// an entry's listing. An entry not yet seen gets a placeholder (filled when its record arrives); its
// listing starts at $seq like any new one. Programmes accumulate within version $seq.
MATCH (list:Watchlist {id: $listId})
UNWIND $rows AS row
MERGE (entity:Entity {id: row.entityId})
ON CREATE SET entity.name = row.entityId, entity.aliases = [], entity.riskCategories = [], entity.recordedAt = datetime()
MERGE (entity)-[listing:LISTED_ON]->(list)
ON CREATE SET listing.firstSeq = $seq, listing.recordedAt = datetime(), listing.status = 'pending',
              listing.method = 'list', listing.confidence = 1.0, listing.sourceIds = [$sourceId],
              listing.entryId = row.entryId, listing.lastSeq = $seq
SET listing.program = CASE WHEN row.programme IS NULL THEN listing.program
                           WHEN listing.programSeq = $seq
                           THEN [p IN coalesce(listing.program, []) WHERE p <> row.programme] + row.programme
                           ELSE [row.programme] END,
    listing.programSeq = CASE WHEN row.programme IS NULL THEN listing.programSeq ELSE $seq END,
    listing.authority = coalesce(row.authority, listing.authority),
    listing.listedFrom = coalesce(row.listingDate, row.startDate, listing.listedFrom),
    listing.reason = coalesce(row.reason, listing.reason)
