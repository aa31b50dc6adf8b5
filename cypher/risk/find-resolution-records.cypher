// What the resolver compares when two list records may be one listed party: their names,
// countries, dates of birth, identifiers and the lists they are actively on.
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
RETURN entity.id AS id,
       entity.name AS name,
       coalesce(entity.aliases, []) AS aliases,
       entity.schema AS schema,
       labels(entity) AS labels,
       coalesce(entity.country, []) + coalesce(entity.nationality, []) AS countries,
       coalesce(entity.birthDates, []) AS birthDates,
       coalesce(entity.identifierValues, []) AS identifierValues,
       [(entity)-[listing:LISTED_ON]->(list:Watchlist)
          WHERE __INCLUDE held-by-version(listing, list.activeSeq)__
        | list.id] AS listIds
ORDER BY id
