// FtM delta DEL: list-borne relationships of type __RELATIONSHIP_TYPE__ whose record was deleted, or
// one of whose endpoints was, end with version $seq (nothing is deleted). __RELATIONSHIP_TYPE__ is
// one of the list relationship types (WatchlistsRepository), never user text.
CALL () {
  UNWIND $recordIds AS recordId
  MATCH ()-[relationship:__RELATIONSHIP_TYPE__ {relationshipId: recordId}]->()
  WHERE relationship.listId = $listId AND relationship.removedSeq IS NULL
  SET relationship.removedSeq = $seq
  RETURN count(*) AS byRecord
}
CALL () {
  UNWIND $entityIds AS entityId
  MATCH (:Entity {id: entityId})-[relationship:__RELATIONSHIP_TYPE__]-(:Entity)
  WHERE relationship.listId = $listId AND relationship.removedSeq IS NULL
  SET relationship.removedSeq = $seq
  RETURN count(*) AS byEndpoint
}
RETURN byRecord + byEndpoint AS ended
