MATCH (list:Watchlist)
OPTIONAL MATCH (list)-[:HAS_VERSION]->(version:ListVersion)
WITH list, version
ORDER BY version.seq DESC
WITH list, collect(version {.*}) AS versions
RETURN list {.id, .name, .activeSeq, .lastAttemptAt, .lastOutcome, .lastError, .lastSuccessAt,
             .consecutiveFailures, .etag, .lastModified, .sha256, .alertRaisedAt} AS list, versions
ORDER BY list.id
