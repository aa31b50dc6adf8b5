// Both directions; `outgoing` is true when the entity is the relationship's subject.
MATCH (entity:Entity {id: $id})-[relationship]-(other:Entity)
RETURN type(relationship) AS type,
       startNode(relationship) = entity AS outgoing,
       properties(relationship) AS relationship,
       other {.id, .name, .kind, .country, .riskCategories, .demo, labels: labels(other)} AS other
ORDER BY type, other.name
LIMIT $limit
