// After a full version: entries it no longer holds end with it. Runs in slices until none is left.
MATCH (:Watchlist {id: $listId})<-[listing:LISTED_ON]-()
WHERE listing.lastSeq < $seq AND listing.removedSeq IS NULL
WITH listing LIMIT $limit
SET listing.removedSeq = $seq
RETURN count(*) AS marked
