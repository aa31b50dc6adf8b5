// Everything the seed writes, in a fixed order, so two runs can be compared exactly: only the seed's
// own entities ($entityIds), the relationships between them and its sources ($sourceIds), so the
// answer does not grow with whatever else the graph holds.
MATCH (entity:Entity)
WHERE entity.id IN $entityIds
WITH entity ORDER BY entity.id
WITH collect([entity.id, labels(entity), properties(entity)]) AS entities
OPTIONAL MATCH (from:Entity)-[relationship]->(to:Entity)
WHERE from.id IN $entityIds AND to.id IN $entityIds
WITH entities, from, relationship, to ORDER BY from.id, type(relationship), to.id
WITH entities, collect([from.id, type(relationship), to.id, properties(relationship)]) AS relationships
OPTIONAL MATCH (source:Source)
WHERE source.id IN $sourceIds
WITH entities, relationships, source ORDER BY source.id
RETURN entities, relationships, collect(properties(source)) AS sources
