// Bodies that registry bodies may be the same as: curated graph bodies (the ASPI tracker's and the
// curated seed's) and list entries, organisations only, with a name and a country.
MATCH (entity:Entity)
WHERE entity.rorRecord IS NULL AND entity.funderRecord IS NULL AND entity.unresolved IS NULL
  AND NOT entity:Person
  AND entity.name IS NOT NULL
  AND size(coalesce(entity.country, [])) > 0
RETURN entity.id AS id,
       entity.name AS name,
       coalesce(entity.aliases, []) AS aliases,
       entity.country AS country,
       entity.listId IS NOT NULL AS fromList
ORDER BY id
