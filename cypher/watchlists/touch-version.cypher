// A running import's sign of life, so begin-version never takes it for abandoned. Answers nothing
// when the version is no longer importing: another import found it abandoned and marked it failed.
MATCH (version:ListVersion {listId: $listId, seq: $seq})
WHERE version.status = 'importing'
SET version.heartbeatAt = datetime()
RETURN version.id AS versionId
