// Relationship targets a registry names that are not in the file (a partial dump): a placeholder
// entity with the id and the label the relationship gives, but no name, so the screening index and
// identity links skip it (unresolved = true). Only created, never changed: an entity already there
// (a record, or a funder the crosswalk put on this id) is left as it is.
UNWIND $rows AS row
MERGE (entity:Entity {id: row.id})
ON CREATE SET entity:Organisation,
              entity.recordedAt = datetime(),
              entity.unresolved = true,
              entity.registryStatus = 'unresolved',
              entity.ror = row.ror,
              entity.referenceLabel = row.label,
              entity.sourceIds = [$sourceId],
              entity.aliases = [],
              entity.country = [],
              entity.riskCategories = [],
              entity.riskCategorySourceIds = []
