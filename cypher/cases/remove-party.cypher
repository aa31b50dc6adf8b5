// Takes a party off its case (run after lock-case). Snapshots keep the party as it was assessed (as
// JSON), so history is untouched; the audit event records what was removed.
MATCH (:Case {id: $caseId})-[:HAS_PARTY]->(p:CaseParty {id: $id})
WITH p, p {.*} AS removed
DETACH DELETE p
RETURN removed
