// The graph generation every process polls (a unique-constraint seek on one node): it goes up by
// one in the same transaction as each list version activation. 0 before the first activation.
OPTIONAL MATCH (state:GraphState {id: 'graph'})
RETURN coalesce(state.generation, 0) AS generation,
       state.changedAt AS changedAt,
       state.lastChange AS lastChange
