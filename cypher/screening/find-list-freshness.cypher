// What each list's freshness rests on: its last successful sync, its active version's import, its failures.
MATCH (list:Watchlist)
OPTIONAL MATCH (list)-[:HAS_VERSION]->(active:ListVersion)
  WHERE active.seq = list.activeSeq
RETURN list.id AS listId, list.lastSuccessAt AS lastSuccessAt, active.importedAt AS activeImportedAt,
       coalesce(list.consecutiveFailures, 0) AS consecutiveFailures
