// $query is a Lucene query built from escaped terms (graph.service.ts), passed as a parameter.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
YIELD node, score
RETURN node {.id, .name, .aliases, .kind, .country, .riskCategories, .demo, labels: labels(node)} AS entity, score
