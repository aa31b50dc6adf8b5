// Records a completed import as the registry's version in force (the previous one superseded) and
// raises the graph generation in the same transaction, so every API process rebuilds its screening
// index with the new bodies.
OPTIONAL MATCH (previous:ReferenceVersion {registry: $version.registry, status: 'active'})
SET previous.status = 'superseded'
WITH count(previous) AS superseded
MERGE (version:ReferenceVersion {id: $version.id})
SET version += $version,
    version.status = 'active',
    version.importedAt = datetime()
MERGE (state:GraphState {id: 'graph'})
ON CREATE SET state.generation = 0
SET state.generation = state.generation + 1,
    state.changedAt = datetime(),
    state.lastChange = 'reference ' + $version.registry + ' version ' + $version.id
RETURN version.id AS versionId
