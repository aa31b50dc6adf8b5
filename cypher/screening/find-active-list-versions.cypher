// The version each list currently serves: the one whose seq is the list's activeSeq.
MATCH (list:Watchlist)-[:HAS_VERSION]->(version:ListVersion)
WHERE version.seq = list.activeSeq
RETURN list.id AS listId, version.id AS versionId, version.seq AS seq, list.name AS listName,
       version.issuedAt AS issuedAt, version.issuedAtSource AS issuedAtSource, version.sourceUrl AS sourceUrl,
       version.licence AS licence, coalesce(version.sample, false) AS sample
ORDER BY list.id
