// Opens a new version of a list, unless another import of the list is running. The list's write
// lock, taken first and held to the end of the transaction, makes concurrent begins of one list
// run one after another, so looking for a running import and opening the version are one step. An
// 'importing' version with no sign of life (heartbeatAt, else startedAt) for $staleSeconds belongs to
// a process that died: it is marked failed and does not block. With a live one, nothing is written
// and versionId is null. Sequence numbers grow with every attempt, failed ones included, so a crashed
// import's leftovers always carry a number above the active one.
MERGE (list:Watchlist {id: $listId})
ON CREATE SET list.name = $listName, list.activeSeq = 0, list.lastSeq = 0, list.createdAt = datetime()
SET list.beginLock = true
REMOVE list.beginLock
WITH list
OPTIONAL MATCH (list)-[:HAS_VERSION]->(importing:ListVersion {status: 'importing'})
WITH list, collect(importing) AS importing, datetime() - duration({seconds: $staleSeconds}) AS staleBefore
WITH list,
     [version IN importing WHERE coalesce(version.heartbeatAt, version.startedAt) >= staleBefore] AS running,
     [version IN importing WHERE coalesce(version.heartbeatAt, version.startedAt) < staleBefore] AS abandoned
FOREACH (version IN abandoned |
  SET version.status = 'failed', version.failedAt = datetime(),
      version.error = 'Abandoned: no heartbeat for ' + toString($staleSeconds) + ' seconds; the process importing it had stopped'
)
WITH list, running
OPTIONAL CALL (list, running) {
  WITH list WHERE size(running) = 0
  SET list.lastSeq = coalesce(list.lastSeq, 0) + 1
  CREATE (version:ListVersion {
    id: $listId + '@' + toString(list.lastSeq),
    listId: $listId,
    seq: list.lastSeq,
    status: 'importing',
    format: $format,
    files: $files,
    sourceHash: $sourceHash,
    readVersion: $readVersion,
    issuedAt: $issuedAt,
    issuedAtSource: $issuedAtSource,
    sourceUrl: $sourceUrl,
    licence: $licence,
    sample: $sample,
    deltaVersion: $deltaVersion,
    startedAt: datetime(),
    importedBy: $importedBy,
    heartbeatAt: datetime(),
    materialised: false
  })
  CREATE (list)-[:HAS_VERSION]->(version)
  MERGE (source:Source {id: $sourceId})
  ON CREATE SET source.title = $listName, source.publisher = $publisher, source.url = $sourceUrl,
                source.licence = $licence
  SET source.retrievedAt = toString(date())
  RETURN version
}
RETURN version.id AS versionId,
       version.seq AS seq,
       list.activeSeq AS activeSeq,
       [running IN running | running {.id, startedAt: toString(running.startedAt),
                                      heartbeatAt: toString(running.heartbeatAt)}] AS running
