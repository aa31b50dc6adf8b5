// Since rules 1.144.0: the names of the entities `ids` (a resolved body and the candidates of its body) and of the
// bodies they are PART_OF, one hop: whether a name of the body or of its parent writes an acronym of the query's own
// (src/risk/entity-resolver.ts, `ownAcronym` in src/matching/query-own-words.ts).
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
RETURN entity.name AS name,
       coalesce(entity.aliases, []) AS aliases,
       [(entity)-[:PART_OF]->(parent:Entity) | parent.name] AS parentNames,
       reduce(all = [], aliases IN [(entity)-[:PART_OF]->(parent:Entity) | coalesce(parent.aliases, [])] | all + aliases)
         AS parentAliases
