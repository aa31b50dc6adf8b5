// Takes the case's write lock first, then reads it: concurrent writers to one case (and to its audit
// chain) queue here, and each reads what the one before committed (no lost update).
MATCH (c:Case {id: $id})
SET c._lock = true
WITH c
REMOVE c._lock
RETURN c {.*} AS record
