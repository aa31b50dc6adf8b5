// Appends one event to the case's chain and records the chain's head on the case. Run after
// lock-case in the same transaction; the unique key (caseId#seq) refuses a second event at one seq.
MATCH (c:Case {id: $event.caseId})
CREATE (e:AuditEvent)
SET e = $event
SET c.auditSeq = $event.seq,
    c.auditHead = $event.hash
RETURN e.seq AS seq
