// Records the seed as loaded and raises the graph generation in the same transaction, so every API
// process polling it (screening/find-graph-generation) rebuilds its index over the seeded graph.
MERGE (run:SeedRun {id: $id})
SET run.checksum = $checksum, run.loadedAt = datetime(), run.entities = $entities, run.relationships = $relationships,
    run.seededBy = $seededBy
MERGE (state:GraphState {id: 'graph'})
ON CREATE SET state.generation = 0
SET state.generation = state.generation + 1,
    state.changedAt = datetime(),
    state.lastChange = 'seed ' + $id
