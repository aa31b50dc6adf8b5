// What a list entry's finding rests on: the entity's content hash (set by each list version that
// changes it) and its listings' programmes.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[listing:LISTED_ON]->(list:Watchlist)
WITH e, list, listing
ORDER BY list.id
RETURN e.id AS id, e.contentHash AS contentHash,
       collect(CASE WHEN list IS NULL THEN null
                    ELSE {list: list.id, program: coalesce(listing.program, []), removedSeq: listing.removedSeq} END) AS listings
