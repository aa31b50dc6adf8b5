// Graph entities (not list entries) that carry a strong identifier.
MATCH (entity:Entity)
WHERE (entity.lei IS NOT NULL OR entity.ror IS NOT NULL OR entity.wikidata IS NOT NULL
       OR entity.registrationNumber IS NOT NULL)
  AND NOT EXISTS { (entity)-[:LISTED_ON]->(:Watchlist) }
RETURN entity.id AS id,
       [value IN [entity.lei, entity.ror, entity.wikidata, entity.registrationNumber] WHERE value IS NOT NULL
        | toString(value)] AS identifiers
ORDER BY id
