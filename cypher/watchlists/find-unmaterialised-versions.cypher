// Versions activated whose derived listing and relationship statuses were not all written (the
// process stopped after activation), oldest first; all lists when $listId is null. Versions from
// before the marker existed have no `materialised` property and count as done.
MATCH (version:ListVersion)
WHERE version.materialised = false AND version.status IN ['active', 'superseded']
  AND ($listId IS NULL OR version.listId = $listId)
RETURN version.listId AS listId, version.seq AS seq, version.issuedAt AS issuedAt,
       version.issuedAtSource AS issuedAtSource, toString(version.activatedAt) AS activatedAt
ORDER BY listId, seq
