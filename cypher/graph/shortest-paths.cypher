// All shortest paths in either direction through entities only. Cypher needs a literal bound on
// the path length: __MAX_HOPS__ is replaced by the caller's checked hop limit (1 to 6). A
// list-borne relationship (one with a listId) counts only while its list's active version holds it
// ($activeSeqs: list id -> active sequence number); the predicate reads only the relationship and
// parameters, so the search applies it while it expands.
MATCH (from:Entity {id: $fromId}), (to:Entity {id: $toId})
MATCH path = allShortestPaths((from)-[*..__MAX_HOPS__]-(to))
WHERE all(node IN nodes(path) WHERE node:Entity)
  AND all(relationship IN relationships(path) WHERE
        ($types IS NULL OR type(relationship) IN $types)
        AND (relationship.validFrom IS NULL OR relationship.validFrom <= $asOf)
        AND (relationship.validTo IS NULL OR relationship.validTo >= $asOf)
        AND __INCLUDE list-relationship-visible(relationship)__)
WITH path
LIMIT $limit
RETURN [node IN nodes(path) | node {.id, .name, .kind, .country, .riskCategories, .demo, labels: labels(node)}] AS nodes,
       [relationship IN relationships(path) | {
          type: type(relationship),
          fromId: startNode(relationship).id,
          toId: endNode(relationship).id,
          properties: properties(relationship)
       }] AS relationships
