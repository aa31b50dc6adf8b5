// Before version $seq writes, as discard-unactivated-changes does for listings: undoes what versions
// that never became active (numbered between $activeSeq and $seq) did to list-borne relationships of
// type __RELATIONSHIP_TYPE__. A row such a version started was never visible and goes; an end or a
// replacement it marked is withdrawn. __RELATIONSHIP_TYPE__ is one of the list relationship types
// (WatchlistsRepository), never user text.
CALL () {
  MATCH ()-[relationship:__RELATIONSHIP_TYPE__]->()
  USING INDEX relationship:__RELATIONSHIP_TYPE__(listId, firstSeq)
  WHERE relationship.listId = $listId AND relationship.firstSeq > $activeSeq AND relationship.firstSeq < $seq
  DELETE relationship
  RETURN count(*) AS discarded
}
CALL () {
  MATCH ()-[relationship:__RELATIONSHIP_TYPE__]->()
  USING INDEX relationship:__RELATIONSHIP_TYPE__(listId, removedSeq)
  WHERE relationship.listId = $listId AND relationship.removedSeq > $activeSeq AND relationship.removedSeq < $seq
  SET relationship.removedSeq = null
  RETURN count(*) AS withdrawn
}
RETURN discarded, withdrawn
