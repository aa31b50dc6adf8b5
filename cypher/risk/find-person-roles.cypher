// The roles people hold (EMPLOYED_BY, DIRECTOR_OF… as the rules list them), valid at $asOf; a
// list-borne one only while its list's active version ($activeSeqs: list id -> active sequence) holds it.
UNWIND $ids AS id
MATCH (person:Entity {id: id})-[role]->(body:Entity)
WHERE type(role) IN $types
  AND (role.validFrom IS NULL OR role.validFrom <= $asOf)
  AND (role.validTo IS NULL OR role.validTo >= $asOf)
  AND ($includeFormer OR coalesce(role.status, 'current') <> 'former')
  AND __INCLUDE list-relationship-visible(role)__
RETURN person.id AS personId,
       type(role) AS type,
       properties(role) AS relationship,
       body {.id, .name, .aliases, .kind, .country, .riskCategories, .riskCategorySourceIds, .demo,
             labels: labels(body)} AS body
ORDER BY personId, body.id, type
