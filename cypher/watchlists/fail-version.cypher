// A failed import: its version is marked failed and its staged changes are dropped. Listings it
// touched carry its sequence number, above the active one, so readers never see them.
MATCH (version:ListVersion {listId: $listId, seq: $seq})
SET version.status = 'failed', version.failedAt = datetime(), version.error = $error
WITH version
OPTIONAL MATCH (change:PendingEntryChange {listId: $listId, seq: $seq})
DETACH DELETE change
RETURN version.id AS versionId
