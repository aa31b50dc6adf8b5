// Entities by id with each of their listings, for the yente-compatible API's FollowTheMoney view.
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
OPTIONAL MATCH (entity)-[listing:LISTED_ON]->(list:Watchlist)
WITH entity, collect(CASE WHEN list IS NULL THEN NULL ELSE {
  listId: list.id,
  active: coalesce(__INCLUDE held-by-version(listing, list.activeSeq)__, false),
  listing: properties(listing)
} END) AS listings
RETURN entity {.*, labels: labels(entity)} AS entity, listings
