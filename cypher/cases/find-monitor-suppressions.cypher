// Of these (party, finding) pairs, the active suppressions that apply, with the content they hold.
UNWIND $targets AS target
MATCH (s:Suppression {targetKey: target.targetKey})
WHERE s.active
  AND ((s.scope = 'CASE' AND s.caseId = target.caseId AND s.partyId = target.partyId)
       OR (s.scope = 'PARTY_EVERYWHERE' AND s.partyKey = target.partyKey))
RETURN target.partyId AS partyId, s.targetKey AS targetKey, s.contentHash AS contentHash
