// One step of a breadth-first walk in both directions, for drawing a neighbourhood.
UNWIND $ids AS id
MATCH (node:Entity {id: id})-[relationship]-(other:Entity)
WHERE $types IS NULL OR type(relationship) IN $types
WITH node, relationship, other
LIMIT $limit
RETURN type(relationship) AS type,
       startNode(relationship).id AS fromId,
       endNode(relationship).id AS toId,
       properties(relationship) AS relationship,
       other {.id, .name, .kind, .country, .riskCategories, .demo, labels: labels(other)} AS other
