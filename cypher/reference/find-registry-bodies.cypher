// Registry bodies in force (not inactive, withdrawn, deprecated or unresolved) with the names
// identity linking compares.
MATCH (entity:Entity)
WHERE (entity.rorRecord = true OR entity.funderRecord = true)
  AND entity.registryStatus = 'active'
RETURN entity.id AS id,
       entity.name AS name,
       coalesce(entity.aliases, []) AS aliases,
       coalesce(entity.acronyms, []) AS acronyms,
       coalesce(entity.country, []) AS country
ORDER BY id
