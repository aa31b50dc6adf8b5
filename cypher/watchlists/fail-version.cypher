// A failed import: its version is marked failed and its staged changes (entity content, listing
// details) are dropped. Listings it touched carry its sequence number, above the active one, so
// readers never see them.
MATCH (version:ListVersion {listId: $listId, seq: $seq})
SET version.status = 'failed', version.failedAt = datetime(), version.error = $error
WITH version
CALL () {
  MATCH ()-[listing:LISTED_ON]->(:Watchlist {id: $listId})
  USING INDEX listing:LISTED_ON(pendingSeq)
  WHERE listing.pendingSeq = $seq
  REMOVE listing.pendingSeq, listing.pendingProgram, listing.pendingAuthority, listing.pendingReason,
         listing.pendingListedFrom
  RETURN count(*) AS listingsDropped
}
OPTIONAL MATCH (change:PendingEntryChange {listId: $listId, seq: $seq})
DETACH DELETE change
RETURN DISTINCT version.id AS versionId
