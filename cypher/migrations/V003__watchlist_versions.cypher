// Lookups the importer makes for every batch and at activation.
CREATE INDEX list_version_list_seq IF NOT EXISTS FOR (n:ListVersion) ON (n.listId, n.seq);
CREATE INDEX pending_entry_change IF NOT EXISTS FOR (n:PendingEntryChange) ON (n.listId, n.seq);
CREATE INDEX listed_on_entry IF NOT EXISTS FOR ()-[r:LISTED_ON]-() ON (r.entryId);
