// New entities. $(row.label) is one of ENTITY_LABELS (checked in TypeScript). A placeholder made
// earlier by a relationship (no contentHash yet) is filled in the same way.
UNWIND $rows AS row
MERGE (entity:Entity {id: row.id})
ON CREATE SET entity.recordedAt = datetime()
SET entity:$(row.label),
    entity += row.content,
    entity.contentHash = row.contentHash,
    entity.riskCategories = coalesce(entity.riskCategories, []),
    entity.sourceIds = [$sourceId],
    entity.listIds = CASE WHEN $listId IN coalesce(entity.listIds, []) THEN entity.listIds
                          ELSE coalesce(entity.listIds, []) + $listId END
