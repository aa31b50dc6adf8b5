// A sync that failed (download, content or import): the active version keeps serving; the failure
// is counted, and from $alertAfter failures in a row the list carries an alert.
MERGE (list:Watchlist {id: $listId})
ON CREATE SET list.name = $listName, list.activeSeq = 0, list.lastSeq = 0, list.createdAt = datetime()
SET list.lastAttemptAt = datetime($attemptAt),
    list.lastAttemptBy = $attemptedBy,
    list.lastOutcome = 'failed',
    list.lastError = $error,
    list.consecutiveFailures = coalesce(list.consecutiveFailures, 0) + 1
SET list.alertRaisedAt = CASE
      WHEN list.consecutiveFailures >= $alertAfter THEN coalesce(list.alertRaisedAt, datetime($attemptAt))
      ELSE null
    END
RETURN list.consecutiveFailures AS consecutiveFailures
