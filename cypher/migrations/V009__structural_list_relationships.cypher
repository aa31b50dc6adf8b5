// Lists other than FtM state structural links too: the UK Sanctions List's parent companies and
// subsidiaries (SUBSIDIARY_OF), the subordinate units Canada's Named Research Organizations names
// (PART_OF). They are versioned like every list-borne relationship (V006), so each type gets the
// same three indexes.
CREATE INDEX subsidiary_of_relationship_id IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() ON (r.relationshipId);
CREATE INDEX subsidiary_of_list_first_seq IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() ON (r.listId, r.firstSeq);
CREATE INDEX subsidiary_of_list_removed_seq IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() ON (r.listId, r.removedSeq);
CREATE INDEX part_of_relationship_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.relationshipId);
CREATE INDEX part_of_list_first_seq IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.listId, r.firstSeq);
CREATE INDEX part_of_list_removed_seq IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.listId, r.removedSeq);
