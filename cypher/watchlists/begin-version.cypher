// Opens a new version of a list. Sequence numbers grow with every attempt, failed ones included,
// so a crashed import's leftovers always carry a number above the active one.
MERGE (list:Watchlist {id: $listId})
ON CREATE SET list.name = $listName, list.activeSeq = 0, list.lastSeq = 0, list.createdAt = datetime()
SET list.lastSeq = coalesce(list.lastSeq, 0) + 1
CREATE (version:ListVersion {
  id: $listId + '@' + toString(list.lastSeq),
  listId: $listId,
  seq: list.lastSeq,
  status: 'importing',
  format: $format,
  files: $files,
  sourceHash: $sourceHash,
  issuedAt: $issuedAt,
  deltaVersion: $deltaVersion,
  startedAt: datetime()
})
CREATE (list)-[:HAS_VERSION]->(version)
MERGE (source:Source {id: $sourceId})
ON CREATE SET source.title = $listName, source.publisher = $publisher, source.url = $sourceUrl,
              source.licence = $licence
SET source.retrievedAt = toString(date())
RETURN version.id AS versionId, version.seq AS seq, list.activeSeq AS activeSeq
