// Reference registries (ROR, the Crossref Open Funder Registry) are versioned like lists: one
// :ReferenceVersion per import of a release, found by registry and file hash.
CREATE CONSTRAINT reference_version_id IF NOT EXISTS FOR (n:ReferenceVersion) REQUIRE n.id IS UNIQUE;
CREATE INDEX reference_version_registry IF NOT EXISTS FOR (n:ReferenceVersion) ON (n.registry, n.status);
// Funders are found by their Funder Registry ids when a crosswalk or a ROR record names them.
CREATE INDEX entity_rorrecord IF NOT EXISTS FOR (n:Entity) ON (n.rorRecord);
CREATE INDEX entity_funder_record IF NOT EXISTS FOR (n:Entity) ON (n.funderRecord);
// Relationships a registry states, found by registry when a new release ends those it dropped.
CREATE INDEX part_of_registry IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.registry, r.status);
CREATE INDEX affiliated_with_registry IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.registry, r.status);
CREATE INDEX successor_of_registry IF NOT EXISTS FOR ()-[r:SUCCESSOR_OF]-() ON (r.registry, r.status);
