// After activation: writes the derived status onto listings, in slices, for readers that look
// at status rather than sequence numbers. Idempotent; safe to run again after a crash.
MATCH (list:Watchlist {id: $listId})<-[listing:LISTED_ON]-()
WHERE (listing.firstSeq <= list.activeSeq AND (listing.removedSeq IS NULL OR listing.removedSeq > list.activeSeq)
        AND listing.status <> 'current')
   OR (listing.removedSeq IS NOT NULL AND listing.removedSeq <= list.activeSeq AND listing.status <> 'former')
WITH list, listing LIMIT $limit
SET listing.status = CASE WHEN listing.removedSeq IS NOT NULL AND listing.removedSeq <= list.activeSeq
                          THEN 'former' ELSE 'current' END,
    listing.listedTo = CASE WHEN listing.removedSeq IS NOT NULL AND listing.removedSeq <= list.activeSeq
                            THEN coalesce(listing.listedTo, $listedTo) ELSE null END
RETURN count(*) AS updated
