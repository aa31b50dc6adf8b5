// Lookups that keep the per-version sweeps proportional to what a version changed rather than to the
// size of its list: listings by the version that started or ended them and their materialised status,
// and staged changes by entity.
CREATE INDEX listed_on_first_seq_status IF NOT EXISTS FOR ()-[r:LISTED_ON]-() ON (r.firstSeq, r.status);
CREATE INDEX listed_on_removed_seq_status IF NOT EXISTS FOR ()-[r:LISTED_ON]-() ON (r.removedSeq, r.status);
CREATE INDEX pending_entry_change_entity IF NOT EXISTS FOR (n:PendingEntryChange) ON (n.entityId, n.seq);
