// One step of a breadth-first walk in both directions, for drawing a neighbourhood. A list-borne
// relationship (one with a listId) is shown only while its list's active version holds it ($activeSeqs:
// list id -> active sequence number).
UNWIND $ids AS id
MATCH (node:Entity {id: id})-[relationship]-(other:Entity)
WHERE ($types IS NULL OR type(relationship) IN $types)
  AND __INCLUDE list-relationship-visible(relationship)__
WITH node, relationship, other
LIMIT $limit
RETURN type(relationship) AS type,
       startNode(relationship).id AS fromId,
       endNode(relationship).id AS toId,
       properties(relationship) AS relationship,
       other {.id, .name, .kind, .country, .riskCategories, .demo, labels: labels(other)} AS other
