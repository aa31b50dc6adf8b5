// One monitoring run per graph generation in the whole deployment: the unique id makes concurrent
// MERGEs from several replicas meet on one node, and only the creator runs.
MERGE (claim:MonitorClaim {id: $id})
ON CREATE SET claim.claimedBy = $owner, claim.claimedAt = $at, claim.generation = $generation
RETURN claim.claimedBy = $owner AS won
