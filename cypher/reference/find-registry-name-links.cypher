// The automatic identity links a registry import made by name (auto-link:registry-name), as the pairs
// findNameLinks returns them (registry body first).
MATCH (entity:Entity)-[link:SAME_AS {decidedBy: 'auto-link:registry-name'}]->(other:Entity)
WHERE link.decision = 'automatic'
RETURN entity.id AS entityId, other.id AS otherId
ORDER BY entityId, otherId
