// The graph generation (bumped by every list activation, see screening/find-graph-generation).
OPTIONAL MATCH (state:GraphState {id: 'graph'})
RETURN coalesce(state.generation, 0) AS generation
