// No query looks listings up by entry id (entries are found by entity id), and keeping the index
// cost every listing write an index update.
DROP INDEX listed_on_entry IF EXISTS;
// Strong identifiers of curated graph entities, so that linking them to list entries after each
// activation reads only the entities that have one rather than every entity.
CREATE INDEX entity_lei IF NOT EXISTS FOR (n:Entity) ON (n.lei);
CREATE INDEX entity_ror IF NOT EXISTS FOR (n:Entity) ON (n.ror);
CREATE INDEX entity_wikidata IF NOT EXISTS FOR (n:Entity) ON (n.wikidata);
CREATE INDEX entity_registration_number IF NOT EXISTS FOR (n:Entity) ON (n.registrationNumber);
// No query looks entities up by exact name or by kind (names are found through the full-text index,
// kinds are read from entities already found); each of these cost every entity write an index update.
DROP INDEX entity_name IF EXISTS;
DROP INDEX entity_kind IF EXISTS;
