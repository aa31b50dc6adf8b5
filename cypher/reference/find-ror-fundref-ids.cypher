// The Funder Registry ids ROR records carry (external_ids fundref): newer than the crosswalk, so
// they decide which entity a funder joins where both speak.
MATCH (entity:Entity)
WHERE entity.rorRecord = true AND size(coalesce(entity.fundref, [])) > 0
RETURN entity.id AS id, entity.fundref AS fundref
ORDER BY id
