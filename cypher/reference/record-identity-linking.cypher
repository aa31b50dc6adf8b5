// Records the rules version the registry name links were derived under and what the run changed; when it
// changed links, raises the graph generation in the same transaction so every API process reads the graph
// (and walks the links) afresh.
MERGE (run:IdentityLinking {id: 'registry-name'})
SET run.rulesVersion = $rulesVersion,
    run.linkedAt = datetime(),
    run.created = $created,
    run.removed = $removed,
    run.reason = $reason
WITH run
WHERE $created + $removed > 0
MERGE (state:GraphState {id: 'graph'})
ON CREATE SET state.generation = 0
SET state.generation = state.generation + 1,
    state.changedAt = datetime(),
    state.lastChange = 'identity links: ' + $reason
