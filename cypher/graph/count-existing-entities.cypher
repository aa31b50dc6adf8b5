UNWIND $ids AS id
MATCH (entity:Entity {id: id})
RETURN collect(entity.id) AS found
