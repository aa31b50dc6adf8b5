MATCH (entity:Entity {id: $id})
RETURN entity {.*, labels: labels(entity)} AS entity
