// Before version $seq writes: undoes what versions that never became active (failed or crashed, so
// numbered between $activeSeq and $seq) left on listings, so activating a later version cannot reveal
// them. A listing such a version started was never visible and goes; one it re-listed stays delisted;
// a removal it marked is withdrawn; listing details and entity content it staged are dropped.
MATCH (list:Watchlist {id: $listId})
CALL (list) {
  MATCH ()-[listing:LISTED_ON]->(list)
  USING INDEX listing:LISTED_ON(firstSeq, status)
  WHERE listing.firstSeq > $activeSeq AND listing.firstSeq < $seq AND listing.status IS NOT NULL
  WITH listing, listing.status = 'former' AS relisted
  FOREACH (ignored IN CASE WHEN relisted THEN [1] ELSE [] END | SET listing.removedSeq = listing.firstSeq)
  FOREACH (ignored IN CASE WHEN relisted THEN [] ELSE [1] END | DELETE listing)
  RETURN count(*) AS discarded
}
CALL (list) {
  MATCH ()-[listing:LISTED_ON]->(list)
  USING INDEX listing:LISTED_ON(removedSeq, status)
  WHERE listing.removedSeq > $activeSeq AND listing.removedSeq < $seq AND listing.status IS NOT NULL
    AND listing.firstSeq <= $activeSeq
  SET listing.removedSeq = null
  RETURN count(*) AS withdrawn
}
CALL (list) {
  MATCH ()-[listing:LISTED_ON]->(list)
  USING INDEX listing:LISTED_ON(pendingSeq)
  WHERE listing.pendingSeq > $activeSeq AND listing.pendingSeq < $seq
  REMOVE listing.pendingSeq, listing.pendingProgram, listing.pendingAuthority, listing.pendingReason,
         listing.pendingListedFrom
  RETURN count(*) AS detailsDropped
}
CALL () {
  MATCH (change:PendingEntryChange)
  WHERE change.listId = $listId AND change.seq > $activeSeq AND change.seq < $seq
  DETACH DELETE change
  RETURN count(*) AS changesDropped
}
RETURN discarded, withdrawn, detailsDropped, changesDropped
