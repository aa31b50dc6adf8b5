// Each list's freshness inputs for /health/ready: last successful sync, active import, failures, last outcome.
MATCH (list:Watchlist)
OPTIONAL MATCH (list)-[:HAS_VERSION]->(active:ListVersion)
  WHERE active.seq = list.activeSeq
RETURN list.id AS listId, list.lastSuccessAt AS lastSuccessAt, active.importedAt AS activeImportedAt,
       coalesce(list.consecutiveFailures, 0) AS consecutiveFailures, list.lastOutcome AS lastOutcome,
       list.lastAttemptAt AS lastAttemptAt
