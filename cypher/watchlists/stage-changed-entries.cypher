// Changed content waits in a staged node until its version becomes active, so readers of the
// active version never see an entry half way between two versions.
UNWIND $rows AS row
MERGE (change:PendingEntryChange {entityId: row.id, seq: $seq})
SET change += row.content, change.contentHash = row.contentHash, change.listId = $listId
