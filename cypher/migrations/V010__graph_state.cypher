// One :GraphState node carries the graph generation that every API process polls to learn that
// what its screening index reads has changed (a list version activated, whoever activated it).
// Unique, so concurrent activations MERGE the same node and their increments serialise on it.
CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (n:GraphState) REQUIRE n.id IS UNIQUE;
