// bench/town-queries.ts only (rules 1.153.0): the seeded bodies' towns removed, to measure the resolver as it was
// before the seed read towns from addresses. The next seed of the bench database writes them again.
MATCH (entity)
WHERE entity.id STARTS WITH $prefix
REMOVE entity.city
RETURN count(entity) AS changed
