// The display name and aliases of the given entities (registry records the funder import compares its
// filed funders' names with: reference-linking splitFiledFunders).
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
RETURN entity.id AS id, entity.name AS name, coalesce(entity.aliases, []) AS aliases
ORDER BY id
