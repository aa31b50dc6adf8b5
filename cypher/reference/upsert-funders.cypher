// One batch of Funder Registry funders, each grouped onto the entity it becomes: the ROR record the
// crosswalk maps it to (one entity, both ids) or an entity of its own. Funder fields go into funder*
// properties; a ROR record's name, kind, country and status win over the funder's where both exist.
UNWIND $rows AS row
MERGE (entity:Entity {id: row.id})
ON CREATE SET entity.recordedAt = datetime()
SET entity:Organisation:Funder,
    entity.funderRecord = true,
    entity.ror = coalesce(entity.ror, row.ror),
    entity.funderName = row.name,
    entity.funderAliases = row.aliases,
    entity.funderAcronyms = row.acronyms,
    entity.funderIds = row.funderIds,
    entity.funderCountry = row.country,
    entity.fundingBodyType = row.bodyType,
    entity.fundingBodySubType = row.bodySubType,
    entity.funderStatus = row.status,
    entity.funderIdentifierValues = row.identifierValues,
    entity.funderSourceId = $sourceId,
    entity.funderLastSeenVersion = $versionId,
    entity.unresolved = null
SET entity.name = coalesce(entity.rorName, entity.funderName),
    entity.kind = coalesce(entity.rorKind, 'Funder'),
    entity.acronyms = reduce(acc = [], alias IN coalesce(entity.acronyms, []) + entity.funderAcronyms |
                       CASE WHEN alias IN acc THEN acc ELSE acc + alias END),
    entity.country = CASE WHEN size(coalesce(entity.rorCountry, [])) > 0 THEN entity.rorCountry ELSE entity.funderCountry END,
    entity.registryStatus = coalesce(entity.rorStatus, entity.funderStatus),
    entity.aliases = reduce(acc = [], alias IN coalesce(entity.rorAliases, []) + entity.funderAliases |
                       CASE WHEN alias IN acc OR alias = coalesce(entity.rorName, entity.funderName) THEN acc ELSE acc + alias END),
    entity.identifierValues = reduce(acc = [], value IN coalesce(entity.rorIdentifierValues, []) + entity.funderIdentifierValues |
                       CASE WHEN value IN acc THEN acc ELSE acc + value END),
    entity.sourceIds = [id IN [entity.rorSourceId, entity.funderSourceId] WHERE id IS NOT NULL],
    entity.riskCategories = coalesce(entity.riskCategories, []),
    entity.riskCategorySourceIds = coalesce(entity.riskCategorySourceIds, [])
