// FtM delta DEL: the listing ends with version $seq (nothing is deleted). $entityIds are the
// entity ids of the deleted records (end-deleted-list-relationships ends their relationships).
MATCH (list:Watchlist {id: $listId})
UNWIND $entityIds AS entityId
MATCH (:Entity {id: entityId})-[listing:LISTED_ON]->(list)
SET listing.removedSeq = $seq
RETURN count(listing) AS ended
