MATCH (entity:Entity)
WITH count(entity) AS entities
OPTIONAL MATCH (:Entity)-[relationship]->(:Entity)
RETURN entities, count(relationship) AS relationships
