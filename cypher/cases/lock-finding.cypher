// Takes the finding's write lock, then reads how many decisions it has: two concurrent decisions
// queue here and the second reads the first one's version (see decideFinding).
MATCH (f:CaseFinding {id: $id})
SET f._lock = true
WITH f
REMOVE f._lock
RETURN coalesce(f.decisionVersion, 0) AS version
