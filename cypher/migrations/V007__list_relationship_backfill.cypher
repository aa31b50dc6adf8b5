// Data, apart from the schema change before it: list-borne relationships written before they were
// versioned get their list and its active sequence number, so readers see them as before and the
// list's next versions can change or end them. The list is the one named by their `list:<id>` source.
MATCH (:Entity)-[relationship]->(:Entity)
WHERE relationship.method = 'list' AND relationship.relationshipId IS NOT NULL AND relationship.listId IS NULL
CALL (relationship) {
  WITH relationship, [sourceId IN relationship.sourceIds WHERE sourceId STARTS WITH 'list:'][0] AS sourceId
  MATCH (list:Watchlist {id: substring(sourceId, 5)})
  SET relationship.listId = list.id,
      relationship.firstSeq = coalesce(list.activeSeq, 0),
      relationship.lastSeq = coalesce(list.activeSeq, 0)
} IN TRANSACTIONS OF 10000 ROWS;
