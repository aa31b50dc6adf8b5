// Every list with its active sequence number: which list-borne relationships readers may see.
MATCH (list:Watchlist)
RETURN list.id AS listId, list.activeSeq AS activeSeq
