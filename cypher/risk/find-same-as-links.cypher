// SAME_AS links among resolution candidates (either direction): linked candidates are one body, so
// one is never the other's runner-up. Only current links count.
MATCH (left:Entity)-[link:SAME_AS]->(right:Entity)
WHERE left.id IN $ids AND right.id IN $ids AND coalesce(link.status, 'current') = 'current'
RETURN left.id AS leftId, right.id AS rightId
ORDER BY leftId, rightId
