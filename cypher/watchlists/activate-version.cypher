// The one step that makes a version visible: the list's active sequence moves to it, the staged
// content changes and listing details are applied, and the graph generation goes up, in one
// transaction. Only a version still importing is activated (answering nothing otherwise): one that
// another import found abandoned and marked failed stays failed.
MATCH (list:Watchlist {id: $listId})-[:HAS_VERSION]->(version:ListVersion {seq: $seq, status: 'importing'})
OPTIONAL MATCH (list)-[:HAS_VERSION]->(previous:ListVersion {status: 'active'})
SET previous.status = 'superseded'
WITH DISTINCT list, version
SET list.activeSeq = $seq,
    list.lastDeltaVersion = coalesce($deltaVersion, list.lastDeltaVersion),
    version.status = 'active',
    version.activatedAt = datetime(),
    version.activatedBy = $activatedBy,
    version.importedAt = datetime(),
    version += $counts
WITH list, version
CALL (list) {
  MATCH ()-[listing:LISTED_ON]->(list)
  USING INDEX listing:LISTED_ON(pendingSeq)
  WHERE listing.pendingSeq = $seq
  SET listing.program = listing.pendingProgram,
      listing.authority = listing.pendingAuthority,
      listing.reason = listing.pendingReason,
      listing.listedFrom = listing.pendingListedFrom
  REMOVE listing.pendingSeq, listing.pendingProgram, listing.pendingAuthority, listing.pendingReason,
         listing.pendingListedFrom
  RETURN count(*) AS listingsChanged
}
OPTIONAL MATCH (change:PendingEntryChange {listId: $listId, seq: $seq})
OPTIONAL MATCH (entity:Entity {id: change.entityId})
SET entity += change {.name, .aliases, .kind, .schema, .country, .nationality, .city, .birthDates, .identifierValues,
                      .gender, .listedFrom, .details, .contentHash}
DETACH DELETE change
WITH DISTINCT version
// The graph generation every process polls (screening/find-graph-generation), bumped in this same
// transaction so no process sees the new generation without the version it announces. Last, so
// concurrent activations of other lists wait for its lock only at the end.
MERGE (state:GraphState {id: 'graph'})
ON CREATE SET state.generation = 0
SET state.generation = state.generation + 1,
    state.changedAt = datetime(),
    state.lastChange = 'watchlist ' + $listId + ' version ' + version.id
RETURN version.id AS versionId
