// The rules version under which the registry name links were last derived (null: never recorded, a graph
// linked before rules 1.123.0).
OPTIONAL MATCH (run:IdentityLinking {id: 'registry-name'})
RETURN run.rulesVersion AS rulesVersion
