MATCH (claim:MonitorClaim {id: $id})
SET claim += $result
RETURN claim.id AS id
