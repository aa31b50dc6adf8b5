// FtM delta DEL: the listing ends with version $seq (nothing is deleted). $entityIds are the
// entity ids of the deleted records; a list-borne relationship with one of $recordIds ends too.
MATCH (list:Watchlist {id: $listId})
UNWIND $entityIds AS entityId
OPTIONAL MATCH (:Entity {id: entityId})-[listing:LISTED_ON]->(list)
SET listing.removedSeq = $seq
WITH count(*) AS ignored
UNWIND $recordIds AS recordId
OPTIONAL MATCH (:Entity)-[relationship {relationshipId: recordId}]->(:Entity)
SET relationship.status = 'former', relationship.validTo = coalesce(relationship.validTo, toString(date()))
RETURN count(relationship) AS endedRelationships
