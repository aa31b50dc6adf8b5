// After a full version: list-borne relationships of type __RELATIONSHIP_TYPE__ it no longer holds end
// with it. Runs in slices until none is left. __RELATIONSHIP_TYPE__ is one of the list relationship
// types (WatchlistsRepository), never user text.
MATCH ()-[relationship:__RELATIONSHIP_TYPE__]->()
USING INDEX relationship:__RELATIONSHIP_TYPE__(listId, firstSeq)
WHERE relationship.listId = $listId AND relationship.firstSeq < $seq
  AND relationship.removedSeq IS NULL AND relationship.lastSeq < $seq
WITH relationship
LIMIT $limit
SET relationship.removedSeq = $seq
RETURN count(*) AS marked
