// List-borne relationships (FtM Ownership, Directorship…) are versioned like listings: each carries
// its list (listId), the version that first wrote it (firstSeq) and the one that ended it
// (removedSeq). Relationship indexes are per type, so each type a list can write has three: by record
// id (a delta's MOD and DEL name only the record), and by list with the version that started or
// ended it, so the per-version sweeps read one list's relationships, never the whole graph's.
CREATE INDEX owned_by_relationship_id IF NOT EXISTS FOR ()-[r:OWNED_BY]-() ON (r.relationshipId);
CREATE INDEX owned_by_list_first_seq IF NOT EXISTS FOR ()-[r:OWNED_BY]-() ON (r.listId, r.firstSeq);
CREATE INDEX owned_by_list_removed_seq IF NOT EXISTS FOR ()-[r:OWNED_BY]-() ON (r.listId, r.removedSeq);
CREATE INDEX director_of_relationship_id IF NOT EXISTS FOR ()-[r:DIRECTOR_OF]-() ON (r.relationshipId);
CREATE INDEX director_of_list_first_seq IF NOT EXISTS FOR ()-[r:DIRECTOR_OF]-() ON (r.listId, r.firstSeq);
CREATE INDEX director_of_list_removed_seq IF NOT EXISTS FOR ()-[r:DIRECTOR_OF]-() ON (r.listId, r.removedSeq);
CREATE INDEX member_of_relationship_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.relationshipId);
CREATE INDEX member_of_list_first_seq IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.listId, r.firstSeq);
CREATE INDEX member_of_list_removed_seq IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.listId, r.removedSeq);
CREATE INDEX employed_by_relationship_id IF NOT EXISTS FOR ()-[r:EMPLOYED_BY]-() ON (r.relationshipId);
CREATE INDEX employed_by_list_first_seq IF NOT EXISTS FOR ()-[r:EMPLOYED_BY]-() ON (r.listId, r.firstSeq);
CREATE INDEX employed_by_list_removed_seq IF NOT EXISTS FOR ()-[r:EMPLOYED_BY]-() ON (r.listId, r.removedSeq);
CREATE INDEX family_of_relationship_id IF NOT EXISTS FOR ()-[r:FAMILY_OF]-() ON (r.relationshipId);
CREATE INDEX family_of_list_first_seq IF NOT EXISTS FOR ()-[r:FAMILY_OF]-() ON (r.listId, r.firstSeq);
CREATE INDEX family_of_list_removed_seq IF NOT EXISTS FOR ()-[r:FAMILY_OF]-() ON (r.listId, r.removedSeq);
CREATE INDEX associate_of_relationship_id IF NOT EXISTS FOR ()-[r:ASSOCIATE_OF]-() ON (r.relationshipId);
CREATE INDEX associate_of_list_first_seq IF NOT EXISTS FOR ()-[r:ASSOCIATE_OF]-() ON (r.listId, r.firstSeq);
CREATE INDEX associate_of_list_removed_seq IF NOT EXISTS FOR ()-[r:ASSOCIATE_OF]-() ON (r.listId, r.removedSeq);
CREATE INDEX affiliated_with_relationship_id IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.relationshipId);
CREATE INDEX affiliated_with_list_first_seq IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.listId, r.firstSeq);
CREATE INDEX affiliated_with_list_removed_seq IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.listId, r.removedSeq);
CREATE INDEX funded_by_relationship_id IF NOT EXISTS FOR ()-[r:FUNDED_BY]-() ON (r.relationshipId);
CREATE INDEX funded_by_list_first_seq IF NOT EXISTS FOR ()-[r:FUNDED_BY]-() ON (r.listId, r.firstSeq);
CREATE INDEX funded_by_list_removed_seq IF NOT EXISTS FOR ()-[r:FUNDED_BY]-() ON (r.listId, r.removedSeq);
CREATE INDEX successor_of_relationship_id IF NOT EXISTS FOR ()-[r:SUCCESSOR_OF]-() ON (r.relationshipId);
CREATE INDEX successor_of_list_first_seq IF NOT EXISTS FOR ()-[r:SUCCESSOR_OF]-() ON (r.listId, r.firstSeq);
CREATE INDEX successor_of_list_removed_seq IF NOT EXISTS FOR ()-[r:SUCCESSOR_OF]-() ON (r.listId, r.removedSeq);
