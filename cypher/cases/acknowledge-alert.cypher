MATCH (a:CaseAlert {id: $id})
SET a.status = 'ACKNOWLEDGED', a.acknowledgedBy = $user, a.acknowledgedAt = $at
RETURN a {.*} AS alert
