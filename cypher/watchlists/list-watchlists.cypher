MATCH (list:Watchlist)
OPTIONAL MATCH (list)-[:HAS_VERSION]->(version:ListVersion)
WITH list, version
ORDER BY version.seq DESC
WITH list, collect(version {.*}) AS versions
RETURN list {.id, .name, .activeSeq} AS list, versions
ORDER BY list.id
