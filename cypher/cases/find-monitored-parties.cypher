// The parties monitoring re-screens (those of open cases and of cases approved), a page at a time,
// each with its stored resolution (the entity whose paths are walked) and the list matches and risk
// paths already known for it: the latest snapshot's and earlier alerts', as targetKey#contentHash.
MATCH (c:Case)-[:HAS_PARTY]->(p:CaseParty)
WHERE (c.status = 'OPEN' OR c.outcome IN ['APPROVED', 'APPROVED_WITH_MITIGATIONS'])
  AND ($afterId IS NULL OR p.id > $afterId)
WITH c, p
ORDER BY p.id
LIMIT $limit
OPTIONAL MATCH (f:CaseFinding {partyId: p.id})
WHERE f.snapshotId = c.latestSnapshotId
WITH c, p, collect(f.targetKey + '#' + f.contentHash) AS known
OPTIONAL MATCH (a:CaseAlert {partyId: p.id})
WITH c, p, known, collect(a.targetKey + '#' + a.contentHash) AS alerted
RETURN c.id AS caseId, p.id AS partyId, p.name AS name, p.role AS role, p.country AS country,
       p.dateOfBirth AS dateOfBirth, p.identifiers AS identifiers, p.aliases AS aliases, p.partyKey AS partyKey, p.resolution AS resolution, known + alerted AS known
