// After activating version $seq: the list-borne relationships of type __RELATIONSHIP_TYPE__ it ended
// get status 'former' and, unless their source dated the end, validTo, for readers that look at
// status rather than sequence numbers. In slices; each slice takes only rows still to do, so the loop
// ends and a rerun after a crash is safe. __RELATIONSHIP_TYPE__ is one of the list relationship
// types (WatchlistsRepository), never user text.
MATCH ()-[relationship:__RELATIONSHIP_TYPE__]->()
USING INDEX relationship:__RELATIONSHIP_TYPE__(listId, removedSeq)
WHERE relationship.listId = $listId AND relationship.removedSeq = $seq
  AND coalesce(relationship.status, 'current') <> 'former'
WITH relationship
LIMIT $limit
SET relationship.status = 'former',
    relationship.validTo = coalesce(relationship.validTo, $validTo)
RETURN count(*) AS updated
