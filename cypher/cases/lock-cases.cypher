// lock-case for many cases at once (ids sorted by the caller, so two batches never wait on each
// other in a cycle): each case's write lock, then the case as the last committed writer left it.
UNWIND $ids AS id
MATCH (c:Case {id: id})
SET c._lock = true
WITH c
REMOVE c._lock
RETURN c {.*} AS record
