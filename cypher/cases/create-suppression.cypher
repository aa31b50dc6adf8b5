// A dismissal's suppression: later snapshots leave the finding out while its content hash is unchanged.
CREATE (s:Suppression)
SET s = $suppression
RETURN s.id AS id
