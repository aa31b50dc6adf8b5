// Records of an earlier release that this one does not carry (ROR withdraws rather than deletes, so
// these are mostly the gaps of a partial file). Counted, kept as they were.
CALL () {
  MATCH (entity:Entity) WHERE $registry = 'ror' AND entity.rorRecord = true AND entity.rorLastSeenVersion <> $versionId
  RETURN entity
  UNION
  MATCH (entity:Entity) WHERE $registry = 'fundref' AND entity.funderRecord = true AND entity.funderLastSeenVersion <> $versionId
  RETURN entity
}
RETURN count(entity) AS absent
