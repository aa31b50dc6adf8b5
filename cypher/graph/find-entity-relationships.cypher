// Both directions; `outgoing` is true when the entity is the relationship's subject. A list-borne
// relationship (one with a listId) is shown only while its list's active version holds it ($activeSeqs:
// list id -> active sequence number).
MATCH (entity:Entity {id: $id})-[relationship]-(other:Entity)
WHERE __INCLUDE list-relationship-visible(relationship)__
RETURN type(relationship) AS type,
       startNode(relationship) = entity AS outgoing,
       properties(relationship) AS relationship,
       other {.id, .name, .kind, .country, .riskCategories, .demo, labels: labels(other)} AS other
ORDER BY type, other.name
LIMIT $limit
