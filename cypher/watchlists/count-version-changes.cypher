// What activating version $seq changes: listings it adds and listings it ends, found by index seeks
// on the sequence numbers (cost follows the change, not the size of the list), and the entry count
// that follows from the active version's.
MATCH (list:Watchlist {id: $listId})
OPTIONAL MATCH (list)-[:HAS_VERSION]->(active:ListVersion {seq: list.activeSeq})
CALL (list) {
  MATCH ()-[listing:LISTED_ON]->(list)
  USING INDEX listing:LISTED_ON(firstSeq, status)
  WHERE listing.firstSeq = $seq AND listing.status IS NOT NULL
  RETURN count(listing) AS added,
         sum(CASE WHEN listing.removedSeq IS NULL OR listing.removedSeq > $seq THEN 1 ELSE 0 END) AS staying
}
CALL (list) {
  MATCH ()-[listing:LISTED_ON]->(list)
  USING INDEX listing:LISTED_ON(removedSeq, status)
  WHERE listing.removedSeq = $seq AND listing.status IS NOT NULL AND listing.firstSeq <= list.activeSeq
  RETURN count(listing) AS delisted
}
RETURN added, delisted, coalesce(active.entryCount, 0) + staying - delisted AS entries
