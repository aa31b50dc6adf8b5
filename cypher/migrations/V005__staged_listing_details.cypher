// Listings whose details (programmes, authority, reason, listedFrom) a version has staged, found by
// that version's sequence number when it is activated, fails or is discarded.
CREATE INDEX listed_on_pending_seq IF NOT EXISTS FOR ()-[r:LISTED_ON]-() ON (r.pendingSeq);
