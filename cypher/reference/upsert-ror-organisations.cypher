// One batch of ROR records. ROR's own fields go into ror* properties so that a Funder Registry
// import of the same body (funder* properties) and this one can run in either order; name, aliases,
// kind, country, status and identifiers are then derived from both, ROR first. A placeholder made
// earlier for this id (an unresolved relationship target) becomes the full record.
UNWIND $rows AS row
MERGE (entity:Entity {id: row.id})
ON CREATE SET entity.recordedAt = datetime()
SET entity:Organisation,
    entity.rorRecord = true,
    entity.ror = row.ror,
    entity.rorName = row.name,
    entity.rorAliases = row.aliases,
    entity.acronyms = row.acronyms,
    entity.rorKind = row.kind,
    entity.rorTypes = row.rorTypes,
    entity.rorStatus = row.status,
    entity.rorCountry = row.country,
    entity.city = row.city,
    entity.grid = row.grid,
    entity.isni = row.isni,
    entity.wikidata = row.wikidata,
    entity.fundref = row.fundref,
    entity.rorIdentifierValues = row.identifierValues,
    entity.established = row.established,
    entity.website = row.website,
    entity.rorLastModified = row.lastModified,
    entity.rorSourceId = $sourceId,
    entity.rorLastSeenVersion = $versionId,
    entity.unresolved = null,
    entity.referenceLabel = null
WITH entity, row
CALL (entity, row) {
  WITH entity WHERE row.funder
  SET entity:Funder
}
SET entity.name = entity.rorName,
    entity.kind = entity.rorKind,
    entity.country = CASE WHEN size(entity.rorCountry) > 0 THEN entity.rorCountry ELSE coalesce(entity.funderCountry, []) END,
    entity.registryStatus = entity.rorStatus,
    entity.aliases = reduce(acc = [], alias IN entity.rorAliases + coalesce(entity.funderAliases, []) |
                       CASE WHEN alias IN acc OR alias = entity.rorName THEN acc ELSE acc + alias END),
    entity.identifierValues = reduce(acc = [], value IN entity.rorIdentifierValues + coalesce(entity.funderIdentifierValues, []) |
                       CASE WHEN value IN acc THEN acc ELSE acc + value END),
    entity.sourceIds = [id IN [entity.rorSourceId, entity.funderSourceId] WHERE id IS NOT NULL],
    entity.riskCategories = coalesce(entity.riskCategories, []),
    entity.riskCategorySourceIds = coalesce(entity.riskCategorySourceIds, [])
