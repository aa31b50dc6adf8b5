// A page of case ids, newest first, after the (createdAt, id) cursor when one is given.
MATCH (c:Case)
WHERE ($status IS NULL OR c.status = $status)
  AND ($assignedTo IS NULL OR c.assignedTo = $assignedTo)
  AND ($afterAt IS NULL OR c.createdAt < $afterAt OR (c.createdAt = $afterAt AND c.id < $afterId))
RETURN c.id AS id, c.createdAt AS createdAt
ORDER BY c.createdAt DESC, c.id DESC
LIMIT $limit
