// The one step that makes a version visible: the list's active sequence moves to it, and the
// staged content changes are applied, in one transaction.
MATCH (list:Watchlist {id: $listId})-[:HAS_VERSION]->(version:ListVersion {seq: $seq})
OPTIONAL MATCH (list)-[:HAS_VERSION]->(previous:ListVersion {status: 'active'})
SET previous.status = 'superseded'
WITH DISTINCT list, version
SET list.activeSeq = $seq,
    list.lastDeltaVersion = coalesce($deltaVersion, list.lastDeltaVersion),
    version.status = 'active',
    version.activatedAt = datetime(),
    version.importedAt = datetime(),
    version += $counts
WITH list, version
OPTIONAL MATCH (change:PendingEntryChange {listId: $listId, seq: $seq})
OPTIONAL MATCH (entity:Entity {id: change.entityId})
SET entity += change {.name, .aliases, .kind, .schema, .country, .nationality, .birthDates, .identifierValues,
                      .gender, .listedFrom, .details, .contentHash}
DETACH DELETE change
RETURN DISTINCT version.id AS versionId
