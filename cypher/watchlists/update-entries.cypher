// Entries whose entity exists already (from an earlier version, or a placeholder a relationship or
// Sanction record made). A placeholder (no contentHash) is filled at once; changed content of a listed
// entity is staged in a :PendingEntryChange until activation. Every listing is marked present in
// $seq; one that is delisted in the active version, or left over from a version never activated,
// (re)starts at $seq, so it stays invisible until $seq becomes active. Programmes of this version
// replace those of earlier versions and accumulate within it (entry and Sanction records may come in
// any order). The details (programmes, authority, reason, listedFrom) of a listing readers can see
// are not overwritten: when this version changes them they wait, complete, in pending* properties
// until activate-version applies them. A listing this version starts or restarts is not visible yet,
// so its details are written directly. $(row.label) is one of ENTITY_LABELS (checked in TypeScript).
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
    listing.lastSeq = $seq
WITH row, previousHash, listing, listing.firstSeq <= list.activeSeq AS staged,
     listing.pendingSeq = $seq AS pendingHere
// What this version has said so far (its staged values, else those it wrote), then this row on top.
WITH row, previousHash, listing, staged,
     CASE WHEN listing.programSeq = $seq
          THEN CASE WHEN pendingHere THEN listing.pendingProgram ELSE listing.program END END AS programSoFar,
     CASE WHEN pendingHere THEN listing.pendingAuthority ELSE listing.authority END AS authoritySoFar,
     CASE WHEN pendingHere THEN listing.pendingReason ELSE listing.reason END AS reasonSoFar,
     CASE WHEN pendingHere THEN listing.pendingListedFrom ELSE listing.listedFrom END AS listedFromSoFar
WITH row, previousHash, listing, staged,
     CASE WHEN programSoFar IS NULL THEN row.programmes
          ELSE programSoFar + [p IN row.programmes WHERE NOT p IN programSoFar] END AS program,
     coalesce(row.authority, authoritySoFar) AS authority,
     coalesce(row.reason, reasonSoFar) AS reason,
     coalesce(row.listedFrom, listedFromSoFar) AS listedFrom
WITH row, previousHash, listing, staged, program, authority, reason, listedFrom,
     staged AND (program <> coalesce(listing.program, []) OR coalesce(authority, '') <> coalesce(listing.authority, '')
                 OR coalesce(reason, '') <> coalesce(listing.reason, '')
                 OR coalesce(listedFrom, '') <> coalesce(listing.listedFrom, '')) AS pending
SET listing.programSeq = $seq,
    listing.program = CASE WHEN staged THEN listing.program ELSE program END,
    listing.authority = CASE WHEN staged THEN listing.authority ELSE authority END,
    listing.reason = CASE WHEN staged THEN listing.reason ELSE reason END,
    listing.listedFrom = CASE WHEN staged THEN listing.listedFrom ELSE listedFrom END,
    listing.pendingSeq = CASE WHEN pending THEN $seq END,
    listing.pendingProgram = CASE WHEN pending THEN program END,
    listing.pendingAuthority = CASE WHEN pending THEN authority END,
    listing.pendingReason = CASE WHEN pending THEN reason END,
    listing.pendingListedFrom = CASE WHEN pending THEN listedFrom END
RETURN sum(CASE WHEN previousHash IS NULL THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN previousHash IS NOT NULL AND previousHash <> row.contentHash THEN 1 ELSE 0 END) AS changed
