// Active suppressions that apply to these findings: dismissed in this case, or for the same party
// data everywhere.
UNWIND $targets AS target
MATCH (s:Suppression {targetKey: target.targetKey})
WHERE s.active
  AND ((s.scope = 'CASE' AND s.caseId = $caseId) OR (s.scope = 'PARTY_EVERYWHERE' AND s.partyKey = target.partyKey))
RETURN s {.*} AS suppression
ORDER BY s.decidedAt DESC
