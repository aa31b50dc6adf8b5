// Every derived status of version $seq is written (see materialise-listing-status).
MATCH (version:ListVersion {listId: $listId, seq: $seq})
SET version.materialised = true
RETURN version.id AS versionId
