// Removes automatic name links (auto-link:registry-name) the linking rules no longer find. An analyst's
// decision or a link of another kind is never touched.
UNWIND $rows AS row
MATCH (entity:Entity {id: row.entityId})-[link:SAME_AS]->(other:Entity {id: row.otherId})
WHERE link.decidedBy = 'auto-link:registry-name' AND link.decision = 'automatic'
DELETE link
RETURN count(link) AS removed
