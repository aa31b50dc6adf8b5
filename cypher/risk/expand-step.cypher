// One hop of the risk walk from every frontier entity. __FORWARD_TYPES__ and __BACKWARD_TYPES__ are
// replaced by |-joined members of RELATIONSHIP_TYPES chosen by the rules (never user text): typed
// patterns let Neo4j read only those relationship groups of a dense node (a hub's thousands of
// incoming SUPERVISED_BY are never touched when walking forwards). $perNodeLimit caps each node's
// expansion (the repository asks for one more than the cap to learn that a node was cut). A list-borne
// relationship (one with a listId) is walked only while its list's active version holds it:
// $activeSeqs maps every list id to its active sequence number (read once per walk).
UNWIND $ids AS id
MATCH (node:Entity {id: id})
CALL (node) {
  CALL (node) {
    MATCH (node)-[relationship:__FORWARD_TYPES__]->(other:Entity)
    WHERE (relationship.validFrom IS NULL OR relationship.validFrom <= $asOf)
      AND (relationship.validTo IS NULL OR relationship.validTo >= $asOf)
      AND ($includeFormer OR coalesce(relationship.status, 'current') <> 'former')
      AND __INCLUDE list-relationship-visible(relationship)__
    RETURN relationship, other, true AS forward
    UNION ALL
    MATCH (node)<-[relationship:__BACKWARD_TYPES__]-(other:Entity)
    WHERE $walkBackward
      AND (relationship.validFrom IS NULL OR relationship.validFrom <= $asOf)
      AND (relationship.validTo IS NULL OR relationship.validTo >= $asOf)
      AND ($includeFormer OR coalesce(relationship.status, 'current') <> 'former')
      AND __INCLUDE list-relationship-visible(relationship)__
    RETURN relationship, other, false AS forward
  }
  RETURN relationship, other, forward
  LIMIT $perNodeLimit
}
RETURN node.id AS viaId,
       type(relationship) AS type,
       forward,
       startNode(relationship).id AS fromId,
       endNode(relationship).id AS toId,
       properties(relationship) AS relationship,
       other {.id, .name, .aliases, .kind, .country, .riskCategories, .riskCategorySourceIds, .demo,
              labels: labels(other)} AS other,
       [(other)-[listing:LISTED_ON]->(list:Watchlist)
          WHERE __INCLUDE held-by-version(listing, list.activeSeq)__
        | {listId: list.id, listName: coalesce(list.name, list.id), programmes: coalesce(listing.program, []),
           sourceIds: coalesce(listing.sourceIds, [])}] AS listings
