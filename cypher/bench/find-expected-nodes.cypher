// bench/quality-resolution.ts only (res26): the nodes of the ids the resolution queries expect, each with its own name
// (null for a placeholder), the reference import's placeholder mark and the ids linked to it by a current SAME_AS
// (either direction), so the bench can tell a query a resolver can answer by name from one it cannot. An id with no
// node returns no row.
UNWIND $ids AS wanted
MATCH (entity:Entity {id: wanted})
OPTIONAL MATCH (entity)-[link:SAME_AS]-(other:Entity)
WHERE coalesce(link.status, 'current') = 'current'
RETURN entity.id AS id,
       entity.name AS name,
       coalesce(entity.unresolved, false) AS unresolved,
       [otherId IN collect(DISTINCT other.id) WHERE otherId IS NOT NULL] AS sameAs
