// $(row.label) is one of ENTITY_LABELS, checked in TypeScript before the batch is sent.
UNWIND $rows AS row
MERGE (entity:Entity {id: row.id})
ON CREATE SET entity.recordedAt = datetime()
SET entity:$(row.label),
    entity += row.properties,
    entity.name = row.name,
    entity.aliases = row.aliases,
    entity.kind = row.kind,
    entity.country = row.country,
    entity.riskCategories = row.riskCategories,
    entity.riskCategorySourceIds = row.riskCategorySourceIds,
    entity.sourceIds = row.sourceIds
