MATCH (a:CaseAlert)
WHERE $status IS NULL OR a.status = $status
RETURN a {.*} AS alert
ORDER BY a.createdAt DESC, a.id
LIMIT $limit
