// append-audit-event for many events (of several cases, each case's in seq order): rows run in
// order, so each case's head ends at its last event. Run after lock-cases in the same transaction.
UNWIND $events AS event
MATCH (c:Case {id: event.caseId})
CREATE (e:AuditEvent)
SET e = event
SET c.auditSeq = event.seq,
    c.auditHead = event.hash
RETURN count(e) AS appended
