// Everything the seed writes, in a fixed order, so two runs can be compared exactly.
MATCH (entity:Entity)
WITH entity ORDER BY entity.id
WITH collect([entity.id, labels(entity), properties(entity)]) AS entities
OPTIONAL MATCH (from:Entity)-[relationship]->(to:Entity)
WITH entities, from, relationship, to ORDER BY from.id, type(relationship), to.id
WITH entities, collect([from.id, type(relationship), to.id, properties(relationship)]) AS relationships
OPTIONAL MATCH (source:Source)
WITH entities, relationships, source ORDER BY source.id
RETURN entities, relationships, collect(properties(source)) AS sources
