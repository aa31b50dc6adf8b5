// The walk's start entities, with what makes them a risk target themselves and their research topics.
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
RETURN entity {.id, .name, .aliases, .kind, .country, .riskCategories, .riskCategorySourceIds, .demo, .topics,
               labels: labels(entity)} AS entity,
       [(entity)-[listing:LISTED_ON]->(list:Watchlist)
          WHERE __INCLUDE held-by-version(listing, list.activeSeq)__
        | {listId: list.id, listName: coalesce(list.name, list.id), programmes: coalesce(listing.program, []),
           sourceIds: coalesce(listing.sourceIds, [])}] AS listings
