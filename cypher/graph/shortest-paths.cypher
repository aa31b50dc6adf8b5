// All shortest paths in either direction through entities only. Cypher needs a literal bound on
// the path length, so the search allows 6 (the API's maximum) and $maxHops cuts the result.
MATCH (from:Entity {id: $fromId}), (to:Entity {id: $toId})
MATCH path = allShortestPaths((from)-[*..6]-(to))
WHERE length(path) <= $maxHops
  AND all(node IN nodes(path) WHERE node:Entity)
  AND all(relationship IN relationships(path) WHERE
        ($types IS NULL OR type(relationship) IN $types)
        AND (relationship.validFrom IS NULL OR relationship.validFrom <= $asOf)
        AND (relationship.validTo IS NULL OR relationship.validTo >= $asOf))
WITH path
LIMIT $limit
RETURN [node IN nodes(path) | node {.id, .name, .kind, .country, .riskCategories, .demo, labels: labels(node)}] AS nodes,
       [relationship IN relationships(path) | {
          type: type(relationship),
          fromId: startNode(relationship).id,
          toId: endNode(relationship).id,
          properties: properties(relationship)
       }] AS relationships
