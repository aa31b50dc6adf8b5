// A later verdict other than DISMISSED on the same finding of the case ends its suppressions there.
MATCH (s:Suppression {targetKey: $targetKey})
WHERE s.active AND s.caseId = $caseId AND s.partyKey = $partyKey
SET s.active = false,
    s.endedBy = $user,
    s.endedAt = $at
RETURN count(s) AS ended
