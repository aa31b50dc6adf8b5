// A failed import: its version is marked failed and its staged changes (entity content, listing
// details) are dropped. Listings it touched carry its sequence number, above the active one, so
// readers never see them. Only a version still importing fails (an active one stays active); $counts
// records what the version would have changed when that is why it failed (the mass-delisting guard).
MATCH (version:ListVersion {listId: $listId, seq: $seq})
WHERE version.status = 'importing'
SET version.status = 'failed', version.failedAt = datetime(), version.error = $error, version += $counts
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
