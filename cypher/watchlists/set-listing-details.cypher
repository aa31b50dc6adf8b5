// FtM Sanction records whose entry was not in the same batch: the programme, authority and dates of
// an entry's listing. An entry not yet seen gets a placeholder (filled when its record arrives); its
// listing starts at $seq like any new one. Programmes accumulate within version $seq. As in
// update-entries, the details of a listing an active version holds are staged in pending*
// properties (applied by activate-version) rather than overwritten.
MATCH (list:Watchlist {id: $listId})
UNWIND $rows AS row
MERGE (entity:Entity {id: row.entityId})
ON CREATE SET entity.name = row.entityId, entity.aliases = [], entity.riskCategories = [], entity.recordedAt = datetime()
MERGE (entity)-[listing:LISTED_ON]->(list)
ON CREATE SET listing.firstSeq = $seq, listing.recordedAt = datetime(), listing.status = 'pending',
              listing.method = 'list', listing.confidence = 1.0, listing.sourceIds = [$sourceId],
              listing.entryId = row.entryId, listing.lastSeq = $seq
WITH row, listing, listing.firstSeq <= list.activeSeq AS staged, listing.pendingSeq = $seq AS pendingHere
// What this version has said so far (its staged values, else those it wrote), then this row on top.
WITH row, listing, staged,
     CASE WHEN pendingHere THEN listing.pendingProgram ELSE listing.program END AS programBefore,
     CASE WHEN pendingHere THEN listing.pendingAuthority ELSE listing.authority END AS authoritySoFar,
     CASE WHEN pendingHere THEN listing.pendingReason ELSE listing.reason END AS reasonSoFar,
     CASE WHEN pendingHere THEN listing.pendingListedFrom ELSE listing.listedFrom END AS listedFromSoFar
WITH row, listing, staged,
     CASE WHEN row.programme IS NULL THEN programBefore
          WHEN listing.programSeq = $seq THEN [p IN coalesce(programBefore, []) WHERE p <> row.programme] + row.programme
          ELSE [row.programme] END AS program,
     coalesce(row.authority, authoritySoFar) AS authority,
     coalesce(row.reason, reasonSoFar) AS reason,
     coalesce(row.listingDate, row.startDate, listedFromSoFar) AS listedFrom
WITH row, listing, staged, program, authority, reason, listedFrom,
     staged AND (coalesce(program, []) <> coalesce(listing.program, [])
                 OR coalesce(authority, '') <> coalesce(listing.authority, '')
                 OR coalesce(reason, '') <> coalesce(listing.reason, '')
                 OR coalesce(listedFrom, '') <> coalesce(listing.listedFrom, '')) AS pending
SET listing.programSeq = CASE WHEN row.programme IS NULL THEN listing.programSeq ELSE $seq END,
    listing.program = CASE WHEN staged THEN listing.program ELSE program END,
    listing.authority = CASE WHEN staged THEN listing.authority ELSE authority END,
    listing.reason = CASE WHEN staged THEN listing.reason ELSE reason END,
    listing.listedFrom = CASE WHEN staged THEN listing.listedFrom ELSE listedFrom END,
    listing.pendingSeq = CASE WHEN pending THEN $seq END,
    listing.pendingProgram = CASE WHEN pending THEN program END,
    listing.pendingAuthority = CASE WHEN pending THEN authority END,
    listing.pendingReason = CASE WHEN pending THEN reason END,
    listing.pendingListedFrom = CASE WHEN pending THEN listedFrom END
