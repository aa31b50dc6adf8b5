MATCH (list:Watchlist {id: $listId})
OPTIONAL MATCH (list)-[:HAS_VERSION]->(version:ListVersion {seq: list.activeSeq})
RETURN list.activeSeq AS activeSeq, list.lastDeltaVersion AS lastDeltaVersion, version {.*} AS version
