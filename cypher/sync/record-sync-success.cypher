// A sync that reached the publisher and left the list current: a new version imported, or the file
// unchanged. The validators are those of the files now active (a failed parse never stores them, so
// the next sync downloads the file again rather than being told it has not changed).
MERGE (list:Watchlist {id: $listId})
ON CREATE SET list.name = $listName, list.activeSeq = 0, list.lastSeq = 0, list.createdAt = datetime()
SET list.lastAttemptAt = datetime($attemptAt),
    list.lastSuccessAt = datetime($attemptAt),
    list.lastAttemptBy = $attemptedBy,
    list.lastOutcome = $outcome,
    list.lastError = null,
    list.consecutiveFailures = 0,
    list.alertRaisedAt = null,
    list.etag = coalesce($etag, list.etag),
    list.lastModified = coalesce($lastModified, list.lastModified),
    list.sha256 = coalesce($sha256, list.sha256),
    list.syncValidators = coalesce($syncValidators, list.syncValidators)
RETURN list.consecutiveFailures AS consecutiveFailures
