// An operator's abort of a list's running import: its 'importing' version is marked failed when its
// heartbeat is older than $staleSeconds (its process is dead), or whatever its heartbeat with $force;
// the version records who aborted it ($abortedBy).
// The list's write lock makes this one step against begin-version. What the version wrote stays
// invisible and is undone when the next version begins (discard-unactivated-changes).
MATCH (list:Watchlist {id: $listId})
SET list.beginLock = true
REMOVE list.beginLock
WITH list
MATCH (list)-[:HAS_VERSION]->(version:ListVersion {status: 'importing'})
WITH version, coalesce(version.heartbeatAt, version.startedAt) AS lastSign
WITH version, lastSign, lastSign >= datetime() - duration({seconds: $staleSeconds}) AS alive
FOREACH (ignored IN CASE WHEN $force OR NOT alive THEN [1] ELSE [] END |
  SET version.status = 'failed', version.failedAt = datetime(), version.error = $error,
      version.abortedBy = $abortedBy
)
RETURN version.id AS versionId, toString(lastSign) AS heartbeatAt, alive, version.status = 'failed' AS aborted
