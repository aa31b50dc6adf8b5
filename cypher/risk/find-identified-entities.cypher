// Graph entities (not list entries) that carry a strong identifier. One index scan per identifier
// property (cypher/migrations/V005) rather than a scan of every entity.
CALL () {
  MATCH (entity:Entity) WHERE entity.lei IS NOT NULL RETURN entity
  UNION
  MATCH (entity:Entity) WHERE entity.ror IS NOT NULL RETURN entity
  UNION
  MATCH (entity:Entity) WHERE entity.wikidata IS NOT NULL RETURN entity
  UNION
  MATCH (entity:Entity) WHERE entity.registrationNumber IS NOT NULL RETURN entity
}
WITH entity
WHERE NOT EXISTS { (entity)-[:LISTED_ON]->(:Watchlist) }
RETURN entity.id AS id,
       [value IN [entity.lei, entity.ror, entity.wikidata, entity.registrationNumber] WHERE value IS NOT NULL
        | toString(value)] AS identifiers
ORDER BY id
