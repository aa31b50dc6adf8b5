// One list entity with each of its listings and the versions of that list.
MATCH (entity:Entity {id: $id})-[listing:LISTED_ON]->(list:Watchlist)
RETURN entity {.*, labels: labels(entity)} AS entity,
       collect({
         listId: list.id,
         listName: list.name,
         activeSeq: list.activeSeq,
         listing: properties(listing)
       }) AS listings
