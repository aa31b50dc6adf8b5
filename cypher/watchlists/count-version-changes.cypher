// What activating version $seq changes: listings it adds and listings it ends.
MATCH (:Watchlist {id: $listId})<-[listing:LISTED_ON]-()
RETURN sum(CASE WHEN listing.firstSeq = $seq THEN 1 ELSE 0 END) AS added,
       sum(CASE WHEN listing.removedSeq = $seq THEN 1 ELSE 0 END) AS delisted,
       sum(CASE WHEN listing.firstSeq <= $seq AND (listing.removedSeq IS NULL OR listing.removedSeq > $seq)
                THEN 1 ELSE 0 END) AS entries
