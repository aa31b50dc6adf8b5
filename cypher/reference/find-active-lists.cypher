// Lists with an active version: each is linked to registry bodies by shared identifiers.
MATCH (list:Watchlist)
WHERE list.activeSeq IS NOT NULL
RETURN list.id AS listId
ORDER BY listId
