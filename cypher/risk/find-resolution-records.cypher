// What the resolver compares when two list records may be one listed party: their names,
// countries, dates of birth, identifiers and the lists they are actively on (and, since rules 1.108.0, whether a
// list entry and a body of the graph are one body).
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
        | list.id] AS listIds,
       // Since rules 1.108.0: the other records asked about that a relationship of the graph joins it to (a
       // parent, a unit, a supervisor): a list entry and a body of the graph so joined are two bodies.
       [(entity)-[link]-(other:Entity) WHERE other.id IN $ids AND type(link) <> 'SAME_AS' | other.id] AS related
ORDER BY id
