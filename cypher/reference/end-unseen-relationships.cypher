// __RELATIONSHIP_TYPE__ is replaced by one member of RELATIONSHIP_TYPES. A relationship the
// registry stated before but not in this release ends: status former, validTo the release date.
// Nothing is deleted.
MATCH ()-[relationship:__RELATIONSHIP_TYPE__]->()
WHERE relationship.registry = $registry
  AND relationship.status = 'current'
  AND relationship.lastSeenVersion <> $versionId
SET relationship.status = 'former',
    relationship.validTo = $issuedAt,
    relationship.endedInVersion = $versionId
RETURN count(relationship) AS ended
