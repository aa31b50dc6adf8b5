// After activating version $seq: writes the derived status onto the listings it started or ended,
// in slices, for readers that look at status rather than sequence numbers. Index seeks on
// (firstSeq, status) and (removedSeq, status) find only listings still to do, so each slice costs
// what it changes. Idempotent; safe to run again after a crash.
CALL () {
  MATCH ()-[listing:LISTED_ON]->(list:Watchlist {id: $listId})
  USING INDEX listing:LISTED_ON(firstSeq, status)
  WHERE listing.firstSeq = $seq AND listing.status IN ['pending', 'former'] AND listing.removedSeq IS NULL
  RETURN listing, 'current' AS status
  LIMIT $limit
  UNION
  MATCH ()-[listing:LISTED_ON]->(list:Watchlist {id: $listId})
  USING INDEX listing:LISTED_ON(removedSeq, status)
  WHERE listing.removedSeq = $seq AND listing.status IN ['pending', 'current']
  RETURN listing, 'former' AS status
  LIMIT $limit
}
WITH listing, status
LIMIT $limit
SET listing.status = status,
    listing.listedTo = CASE WHEN status = 'former' THEN coalesce(listing.listedTo, $listedTo) ELSE null END
RETURN count(*) AS updated
