// What each list's syncs left on its :Watchlist node, with the import time of its active version;
// $listIds null reads every list.
MATCH (list:Watchlist)
WHERE $listIds IS NULL OR list.id IN $listIds
OPTIONAL MATCH (list)-[:HAS_VERSION]->(active:ListVersion)
  WHERE active.seq = list.activeSeq
RETURN list.id AS listId, list.lastAttemptAt AS lastAttemptAt, list.lastOutcome AS lastOutcome,
       list.lastError AS lastError, list.lastSuccessAt AS lastSuccessAt,
       coalesce(list.consecutiveFailures, 0) AS consecutiveFailures, list.etag AS etag,
       list.lastModified AS lastModified, list.sha256 AS sha256, list.syncValidators AS syncValidators,
       active.importedAt AS activeImportedAt
ORDER BY listId
