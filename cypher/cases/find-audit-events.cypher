// A case's audit events in order, with the head the case records (to notice events cut from the end).
MATCH (c:Case {id: $caseId})
OPTIONAL MATCH (e:AuditEvent {caseId: c.id})
WITH c, e
ORDER BY e.seq
RETURN c.auditSeq AS headSeq, c.auditHead AS headHash, collect(e {.*}) AS events
